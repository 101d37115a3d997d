import { AppError, ErrorCode } from './app-error';
import { lookupMessage, msg, objectKeyOf, renderMessage } from './message-lookup';
import { NUMERIC_PARAMS, SERVER_MESSAGES, TRANSLATED_PARAMS } from './messages';

describe('message catalogue', () => {
  it('has one English text per key, so a text names exactly one key', () => {
    const texts = Object.values(SERVER_MESSAGES).map((t) => t.replace(/\.$/, ''));
    expect(texts.length - new Set(texts).size).toBe(0);
  });

  it('finds every message by its own text: exact ones as they are, templates with their params read back', () => {
    for (const [key, text] of Object.entries(SERVER_MESSAGES)) {
      const params = Object.fromEntries([...text.matchAll(/\{\{(\w+)\}\}/g)].map(([, name]) => [name, (TRANSLATED_PARAMS as Record<string, readonly string[]>)[name]?.[0] ?? (NUMERIC_PARAMS.includes(name) ? 7 : `v-${name}`)]));
      const rendered = renderMessage(key as keyof typeof SERVER_MESSAGES, params);
      expect({ key, found: lookupMessage(rendered) }).toEqual({ key, found: { message: rendered, messageKey: key, ...(Object.keys(params).length ? { params } : {}) } });
    }
  });

  it('reads numbers back as numbers and ignores a missing final stop', () => {
    expect(lookupMessage('must be between 0 and 100')).toEqual({ message: 'must be between 0 and 100', messageKey: 'validation.pageSize', params: { max: 100 } });
    expect(lookupMessage('Enter a valid email address')?.messageKey).toBe('validation.enterEmail');
    expect(lookupMessage('The password needs at least 10 characters.')).toMatchObject({ messageKey: 'users.passwordLength', params: { min: 10 } });
    // Where a template has a number, words do not match it.
    expect(lookupMessage('The password needs at least ten characters.')).toBeNull();
    // Only word-for-word matches when asked (class-validator's messages take their params from the constraint).
    expect(lookupMessage('must be between 0 and 100', true)).toBeNull();
    expect(lookupMessage('Choose a team.', true)?.messageKey).toBe('users.chooseTeam');
  });

  it('prefers the more specific template, and keeps a translated param to the values clients know', () => {
    expect(lookupMessage('No such account, or you may not see it')).toMatchObject({ messageKey: 'validation.noSuchVisible', params: { object: 'account' } });
    expect(lookupMessage('No such team')).toMatchObject({ messageKey: 'validation.noSuch', params: { object: 'team' } });
    expect(lookupMessage('This spaceship does not exist.')).toBeNull();
    expect(lookupMessage("A quote that is pending approval can't be submitted again.")).toMatchObject({ params: { status: 'pending approval' } });
    // A param used twice must read the same both times.
    expect(lookupMessage('must be between -5 and 6')).toBeNull();
    expect(lookupMessage('must be between -5 and 5')).toMatchObject({ messageKey: 'validation.floatRange', params: { max: 5 } });
  });

  it('knows nothing of text it has never seen', () => {
    expect(lookupMessage('Something entirely new happened.')).toBeNull();
  });

  it('names the objects of not-found messages as translatable values', () => {
    expect(objectKeyOf('The API key')).toBe('apiKey');
    expect(objectKeyOf('The SLA policy')).toBe('slaPolicy');
    expect(objectKeyOf('One of the records')).toBe('record');
    expect(objectKeyOf('This endpoint')).toBe('endpoint');
  });
});

describe('AppError keys', () => {
  it('derives the key from the factory: not found with its object, forbidden, sign in, validation', () => {
    expect(AppError.notFound('The account')).toMatchObject({ message: 'The account was not found.', messageKey: 'errors.notFound', params: { object: 'account' } });
    expect(AppError.notFound('Export "x"', 'export')).toMatchObject({ message: 'Export "x" was not found.', params: { object: 'export' } });
    expect(AppError.forbidden()).toMatchObject({ message: 'You are not allowed to do this.', messageKey: 'errors.forbidden', params: {} });
    expect(AppError.unauthenticated()).toMatchObject({ messageKey: 'errors.unauthenticated' });
    expect(AppError.validation([])).toMatchObject({ message: 'The input is not valid.', messageKey: 'errors.validationFailed' });
  });

  it('finds the key of a thrower’s English, for the error and each field', () => {
    const e = AppError.validation([
      { path: 'input.active', message: "Hand over this person's records first (2 account, 1 lead)." },
      { path: 'input.x', message: 'A message nobody catalogued' },
      { path: 'input.y', message: 'whatever', messageKey: 'validation.isUuid' },
    ]);
    expect(e.fields).toEqual([
      { path: 'input.active', message: "Hand over this person's records first (2 account, 1 lead).", messageKey: 'users.handOverFirst', params: { list: '2 account, 1 lead' } },
      { path: 'input.x', message: 'A message nobody catalogued' },
      { path: 'input.y', message: 'whatever', messageKey: 'validation.isUuid' },
    ]);
    expect(new AppError(ErrorCode.Unauthenticated, 'The email or password is not correct.').messageKey).toBe('auth.badCredentials');
    expect(AppError.forbidden('You are not allowed to create opportunity records.')).toMatchObject({ messageKey: 'errors.forbiddenCreate', params: { object: 'opportunity' } });
  });

  it('falls back to the key of its code for English the catalogue does not know', () => {
    expect(new AppError(ErrorCode.Conflict, 'Some brand-new conflict.')).toMatchObject({ message: 'Some brand-new conflict.', messageKey: 'errors.conflict' });
    expect(new AppError(ErrorCode.NotFound, 'Cannot GET /nowhere')).toMatchObject({ messageKey: 'errors.notFoundAny' });
  });

  it('takes an explicit key with params, rendering the English from the catalogue unless given', () => {
    expect(AppError.forbidden(msg('errors.forbiddenCreate', { object: 'lead' }))).toMatchObject({ message: 'You are not allowed to create lead records.', params: { object: 'lead' } });
    expect(msg('validation.maxLength', { max: 200 }, 'name is too long')).toEqual({ message: 'name is too long', messageKey: 'validation.maxLength', params: { max: 200 } });
  });
});
