import { describe, expect, it } from 'vitest';
import { canBeAnswered, formValues, toSaveInput, unusedKeys } from './web-form-model';

const label = (k: string) => `L:${k}`;

describe('web form values', () => {
  it('starts a new form with a name, company, email, phone and message, email required', () => {
    const v = formValues(undefined, label);
    expect(v.fields.map((f) => f.key)).toEqual(['lastName', 'company', 'email', 'phone', 'message']);
    expect(v.fields.find((f) => f.key === 'email')).toEqual({ key: 'email', label: 'L:email', required: true });
    expect(v.source).toBe('web');
  });

  it('turns blanks into null and keeps consent required only with a consent text', () => {
    const v = { ...formValues(undefined, label), name: '  Trade fair  ', campaign: ' ', redirectUrl: '', consentText: '   ', consentRequired: true };
    expect(toSaveInput(v)).toMatchObject({ name: 'Trade fair', campaign: null, redirectUrl: null, consentText: null, consentRequired: false });
    expect(toSaveInput({ ...v, consentText: 'You may call me' }, 'f1')).toMatchObject({ id: 'f1', consentText: 'You may call me', consentRequired: true });
    expect(toSaveInput(v)).not.toHaveProperty('id');
  });

  it('round-trips a saved form', () => {
    const saved = {
      __typename: 'WebForm' as const,
      id: 'f1',
      name: 'Contact',
      source: 'event',
      campaign: 'Expo',
      redirectUrl: 'https://example.com/thanks',
      consentText: null,
      consentRequired: false,
      active: false,
      createdAt: '2026-01-01T00:00:00Z',
      embedHtml: '',
      hostedUrl: '',
      fields: [{ __typename: 'WebFormFieldModel' as const, key: 'email', label: 'E-mail', required: true }],
    };
    // Unchanged: every field the form edits, without what the server adds (type names, dates, the embed code and link).
    const { __typename: _type, createdAt: _created, embedHtml: _embed, hostedUrl: _hosted, fields: _fields, ...edited } = saved;
    expect(toSaveInput(formValues(saved, label), saved.id)).toEqual({ ...edited, fields: [{ key: 'email', label: 'E-mail', required: true }] });
  });

  it('offers only keys not on the form, and knows whether anyone could answer it', () => {
    expect(unusedKeys([{ key: 'email' }, { key: 'lastName' }])).not.toContain('email');
    expect(unusedKeys([{ key: 'email' }])).toHaveLength(11);
    expect(canBeAnswered([{ key: 'company' }])).toBe(false);
    expect(canBeAnswered([{ key: 'phone' }])).toBe(true);
  });
});
