import fc from 'fast-check';
import { checkAgenda } from './agenda';
import { checkAnswers, checkRegistrationForm, type RegistrationForm } from './registration-form';

const TYPE = '0190a0b1-0000-7000-8000-000000000001';
const FORM: RegistrationForm = {
  questions: [
    { key: 'size', label: 'Size', type: 'choice', required: true, options: [{ value: 's', label: 'S' }, { value: 'l', label: 'L' }] },
    { key: 'terms', label: 'I read the terms', type: 'checkbox', required: true },
    { key: 'note', label: 'Note', type: 'text', required: false },
  ],
  consents: [{ subscriptionTypeId: TYPE, text: 'Newsletter', required: false }],
};

describe('checkAnswers', () => {
  it('keeps valid answers, normalises checkboxes and the consents ticked', () => {
    const r = checkAnswers(FORM, { size: 's', terms: 'on', note: '  hi ' }, [TYPE.toUpperCase()]);
    expect(r).toEqual({ answers: { size: 's', terms: true, note: 'hi' }, consents: [TYPE], problems: [] });
  });

  it('names each problem by its answer: missing, not an option, not a question, not a consent asked for', () => {
    const r = checkAnswers(FORM, { size: 'xl', extra: '1' }, ['0190a0b1-0000-7000-8000-000000000002']);
    expect(r.problems.map((p) => p.path).sort()).toEqual(['answers.extra', 'answers.size', 'answers.terms', 'consents']);
  });

  it('refuses an answer that is not text, and a text beyond its length', () => {
    const r = checkAnswers(FORM, { size: ['s'], terms: true, note: 'x'.repeat(501) }, []);
    expect(r.problems).toEqual([
      { path: 'answers.size', message: 'must be text' },
      { path: 'answers.note', message: 'must be at most 500 characters' },
    ]);
  });

  it('never throws, whatever the answers', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.string()), (answers, ticked) => void checkAnswers(FORM, answers, ticked)));
  });
});

describe('checkRegistrationForm', () => {
  it('accepts a well-formed form and points at each problem of a bad one', () => {
    expect(checkRegistrationForm(FORM, 'input.form')).toEqual({ form: FORM, problems: [] });
    const bad = checkRegistrationForm({ questions: [{ key: 'a', label: 'A', type: 'text' }, { key: 'a', label: 'B', type: 'choice', options: [{ value: 'x', label: 'X' }, { value: 'x', label: 'Y' }] }], colour: 1 }, 'f');
    expect(bad.problems.map((p) => p.path).sort()).toEqual(['f.colour', 'f.questions.1.key', 'f.questions.1.options']);
  });

  it('never throws on any JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => void checkRegistrationForm(v, 'f')));
  });
});

describe('checkAgenda', () => {
  const event = { startsAt: new Date('2027-01-01T09:00:00Z'), endsAt: new Date('2027-01-01T17:00:00Z') };
  it('orders sessions by time and keeps them within the event', () => {
    const r = checkAgenda({ sessions: [{ title: 'B', startsAt: '2027-01-01T13:00:00Z', endsAt: '2027-01-01T14:00:00Z' }, { title: 'A', startsAt: '2027-01-01T09:30:00Z', endsAt: '2027-01-01T10:00:00Z', speaker: 'Lin' }] }, 'a', event);
    expect(r.problems).toEqual([]);
    expect(r.agenda.sessions.map((s) => s.title)).toEqual(['A', 'B']);
    const outside = checkAgenda({ sessions: [{ title: 'Late', startsAt: '2027-01-01T16:30:00Z', endsAt: '2027-01-01T18:00:00Z' }] }, 'a', event);
    expect(outside.problems).toEqual([{ path: 'a.sessions.0.startsAt', message: 'A session must lie within the event’s own times.' }]);
  });

  it('takes no agenda as an empty one and never throws on any JSON', () => {
    expect(checkAgenda({}, 'a', event)).toEqual({ agenda: { sessions: [] }, problems: [] });
    fc.assert(fc.property(fc.jsonValue(), (v) => void checkAgenda(v, 'a', event)));
  });
});
