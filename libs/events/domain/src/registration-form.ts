import { checkNameTranslations, type NameProblem, type NameTranslations } from '@rapport/shared-domain';

/**
 * An event's own registration form beyond the standard fields (name, email, company, phone):
 * questions of its own and consent checkboxes, each bound to a subscription type (issue 16 item 1).
 * Stored as the event's `form` (JSON); these pure functions check what staff save and what a
 * registrant answers, with one problem per field path, so both land on the right input.
 */
export type QuestionType = 'text' | 'longText' | 'choice' | 'checkbox';
export const QUESTION_TYPES: readonly QuestionType[] = ['text', 'longText', 'choice', 'checkbox'];

export interface QuestionOption {
  value: string;
  label: string;
  labels?: NameTranslations;
}

export interface FormQuestion {
  /** Stable key the answers are stored under (a-z, 0-9, _). */
  key: string;
  label: string;
  labels?: NameTranslations;
  type: QuestionType;
  required: boolean;
  options?: QuestionOption[];
}

export interface FormConsent {
  subscriptionTypeId: string;
  /** The wording the registrant sees beside the box (kept as the consent's evidence). */
  text: string;
  texts?: NameTranslations;
  required: boolean;
}

export interface RegistrationForm {
  questions: FormQuestion[];
  consents: FormConsent[];
}

export const EMPTY_FORM: RegistrationForm = { questions: [], consents: [] };

const MAX_QUESTIONS = 20;
const MAX_OPTIONS = 20;
const MAX_CONSENTS = 5;
const KEY = /^[a-z][a-z0-9_]{0,39}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const ANSWER_MAX_LENGTH = { text: 500, longText: 5000 } as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(value: unknown, path: string, max: number, problems: NameProblem[], required = true): string {
  if (typeof value !== 'string' || !value.trim()) {
    if (required) problems.push({ path, message: 'must not be empty' });
    return '';
  }
  const t = value.trim();
  if ([...t].length > max) problems.push({ path, message: `must be at most ${max} characters` });
  return t;
}

function translations(value: unknown, path: string, max: number, problems: NameProblem[]): NameTranslations | undefined {
  if (value == null) return undefined;
  const r = checkNameTranslations(value, path, max);
  problems.push(...r.problems);
  return Object.keys(r.names).length ? r.names : undefined;
}

/** Checks and normalises the form staff save (`path`: where its problems point, e.g. `input.form`). */
export function checkRegistrationForm(value: unknown, path: string): { form: RegistrationForm; problems: NameProblem[] } {
  const problems: NameProblem[] = [];
  if (!isObject(value)) return { form: EMPTY_FORM, problems: [{ path, message: 'must be an object with questions and consents' }] };
  const unknown = Object.keys(value).filter((k) => k !== 'questions' && k !== 'consents');
  for (const k of unknown) problems.push({ path: `${path}.${k}`, message: 'is not part of a registration form' });
  const rawQuestions = value['questions'] ?? [];
  const rawConsents = value['consents'] ?? [];
  if (!Array.isArray(rawQuestions) || rawQuestions.length > MAX_QUESTIONS) problems.push({ path: `${path}.questions`, message: `must be a list of at most ${MAX_QUESTIONS} questions` });
  if (!Array.isArray(rawConsents) || rawConsents.length > MAX_CONSENTS) problems.push({ path: `${path}.consents`, message: `must be a list of at most ${MAX_CONSENTS} consent checkboxes` });
  const questions = Array.isArray(rawQuestions) ? rawQuestions.slice(0, MAX_QUESTIONS).map((q, i) => checkQuestion(q, `${path}.questions.${i}`, problems)) : [];
  const keys = new Set<string>();
  questions.forEach((q, i) => {
    if (q.key && keys.has(q.key)) problems.push({ path: `${path}.questions.${i}.key`, message: `another question has the key "${q.key}"` });
    keys.add(q.key);
  });
  const consents = Array.isArray(rawConsents) ? rawConsents.slice(0, MAX_CONSENTS).map((c, i) => checkConsent(c, `${path}.consents.${i}`, problems)) : [];
  const types = new Set<string>();
  consents.forEach((c, i) => {
    if (types.has(c.subscriptionTypeId)) problems.push({ path: `${path}.consents.${i}.subscriptionTypeId`, message: 'another checkbox asks for this subscription type' });
    types.add(c.subscriptionTypeId);
  });
  return { form: { questions, consents }, problems };
}

function checkQuestion(q: unknown, path: string, problems: NameProblem[]): FormQuestion {
  if (!isObject(q)) {
    problems.push({ path, message: 'must be an object' });
    return { key: '', label: '', type: 'text', required: false };
  }
  const key = typeof q['key'] === 'string' ? q['key'].trim() : '';
  if (!KEY.test(key)) problems.push({ path: `${path}.key`, message: 'must start with a letter and use only a-z, 0-9 and _ (at most 40)' });
  const type = q['type'] as QuestionType;
  if (!QUESTION_TYPES.includes(type)) problems.push({ path: `${path}.type`, message: `must be one of: ${QUESTION_TYPES.join(', ')}` });
  const question: FormQuestion = { key, label: text(q['label'], `${path}.label`, 200, problems), type: QUESTION_TYPES.includes(type) ? type : 'text', required: q['required'] === true };
  const labels = translations(q['labels'], `${path}.labels`, 200, problems);
  if (labels) question.labels = labels;
  if (type === 'choice') {
    const raw = q['options'];
    if (!Array.isArray(raw) || raw.length < 2 || raw.length > MAX_OPTIONS) problems.push({ path: `${path}.options`, message: `a choice needs 2 to ${MAX_OPTIONS} options` });
    question.options = (Array.isArray(raw) ? raw.slice(0, MAX_OPTIONS) : []).map((o, j) => {
      const p = `${path}.options.${j}`;
      if (!isObject(o)) {
        problems.push({ path: p, message: 'must be an object' });
        return { value: '', label: '' };
      }
      const option: QuestionOption = { value: text(o['value'], `${p}.value`, 100, problems), label: text(o['label'], `${p}.label`, 200, problems) };
      const optionLabels = translations(o['labels'], `${p}.labels`, 200, problems);
      if (optionLabels) option.labels = optionLabels;
      return option;
    });
    const values = question.options.map((o) => o.value);
    if (new Set(values).size !== values.length) problems.push({ path: `${path}.options`, message: 'each option needs a value of its own' });
  }
  return question;
}

function checkConsent(c: unknown, path: string, problems: NameProblem[]): FormConsent {
  if (!isObject(c)) {
    problems.push({ path, message: 'must be an object' });
    return { subscriptionTypeId: '', text: '', required: false };
  }
  const id = typeof c['subscriptionTypeId'] === 'string' ? c['subscriptionTypeId'] : '';
  if (!UUID.test(id)) problems.push({ path: `${path}.subscriptionTypeId`, message: 'choose a subscription type' });
  const consent: FormConsent = { subscriptionTypeId: id.toLowerCase(), text: text(c['text'], `${path}.text`, 500, problems), required: c['required'] === true };
  const texts = translations(c['texts'], `${path}.texts`, 500, problems);
  if (texts) consent.texts = texts;
  return consent;
}

/** A registrant's answers, checked against the event's form: normalised answers and the consents ticked. */
export function checkAnswers(
  form: RegistrationForm,
  answers: Record<string, unknown> | undefined,
  ticked: readonly string[] | undefined,
): { answers: Record<string, string | boolean>; consents: string[]; problems: NameProblem[] } {
  const problems: NameProblem[] = [];
  const out: Record<string, string | boolean> = {};
  const given = answers ?? {};
  for (const key of Object.keys(given)) {
    if (!form.questions.some((q) => q.key === key)) problems.push({ path: `answers.${key}`, message: 'is not a question of this event' });
  }
  for (const q of form.questions) {
    const path = `answers.${q.key}`;
    const raw = given[q.key];
    if (q.type === 'checkbox') {
      const yes = raw === true || raw === 'true' || raw === 'on';
      if (raw != null && raw !== '' && !yes && raw !== false && raw !== 'false') problems.push({ path, message: 'must be true or false' });
      else if (q.required && !yes) problems.push({ path, message: 'must be ticked to register' });
      out[q.key] = yes;
      continue;
    }
    const value = typeof raw === 'string' ? raw.trim() : raw == null ? '' : null;
    if (value === null) {
      problems.push({ path, message: 'must be text' });
      continue;
    }
    if (!value) {
      if (q.required) problems.push({ path, message: 'must not be empty' });
      continue;
    }
    if (q.type === 'choice' && !q.options?.some((o) => o.value === value)) problems.push({ path, message: 'must be one of the options' });
    else if (q.type !== 'choice' && [...value].length > ANSWER_MAX_LENGTH[q.type]) problems.push({ path, message: `must be at most ${ANSWER_MAX_LENGTH[q.type]} characters` });
    else out[q.key] = value;
  }
  const consents = [...new Set((ticked ?? []).map((id) => id.toLowerCase()))];
  for (const id of consents) {
    if (!form.consents.some((c) => c.subscriptionTypeId === id)) problems.push({ path: 'consents', message: 'is not a consent this event asks for' });
  }
  form.consents.forEach((c, i) => {
    if (c.required && !consents.includes(c.subscriptionTypeId)) problems.push({ path: `consents.${i}`, message: 'must be ticked to register' });
  });
  return { answers: out, consents, problems };
}

/** The form stored on an event, read defensively (older rows and JSON from elsewhere). */
export function storedForm(value: unknown): RegistrationForm {
  if (!isObject(value)) return EMPTY_FORM;
  return { questions: Array.isArray(value['questions']) ? (value['questions'] as FormQuestion[]) : [], consents: Array.isArray(value['consents']) ? (value['consents'] as FormConsent[]) : [] };
}
