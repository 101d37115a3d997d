/**
 * Customer satisfaction surveys (issue 19 item 5): the settings, when a resolution invites the
 * customer, and the rules an answer must meet. Pure: the service loads the facts and stores.
 */
export const CSAT_MODES = ['off', 'every', 'first'] as const;
export type CsatMode = (typeof CSAT_MODES)[number];
export const CSAT_QUESTION_KINDS = ['rating', 'yes_no', 'text'] as const;
export type CsatQuestionKind = (typeof CSAT_QUESTION_KINDS)[number];
export const CSAT_LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export type CsatLanguage = (typeof CSAT_LANGUAGES)[number];

export const CSAT_MAX_QUESTIONS = 10;
export const CSAT_MAX_QUESTION_TEXT = 300;
export const CSAT_MAX_TEXT_ANSWER = 1000;
export const CSAT_MAX_COMMENT = 2000;
/** A hostile body with thousands of bad keys gets this many field errors, not thousands. */
const MAX_PROBLEMS = 20;

export interface CsatQuestion {
  key: string;
  kind: CsatQuestionKind;
  /** English is required; a missing Chinese text falls back to it. */
  text: { en: string; 'zh-CN'?: string | null; 'zh-TW'?: string | null };
  required: boolean;
}

/**
 * What the service's set-up says. `mode` is a closed list the routing queues will extend with
 * `queues` (a survey only for cases of the listed queues): the decision below then takes the case's
 * queue as one more fact, and the settings a `queueIds` list.
 */
export interface CsatSettings {
  mode: CsatMode;
  questions: CsatQuestion[];
  /** A rating at or below it is low: the case owner's manager is told. */
  lowRatingThreshold: number;
  /** The survey's language when the contact has none (there is no company-wide language setting). */
  defaultLanguage: CsatLanguage;
}

export const DEFAULT_CSAT_SETTINGS: CsatSettings = { mode: 'off', questions: [], lowRatingThreshold: 2, defaultLanguage: 'en' };

export interface CsatProblem {
  path: string;
  message: string;
}

export interface ResolutionFacts {
  /** The case's survey, if one was ever offered. */
  survey: { answered: boolean } | null;
  /** Resolutions of the case before this one (from its event log). */
  earlierResolutions: number;
  /** A survey needs someone to ask: the case's contact. */
  hasContact: boolean;
}

/**
 * What a resolution does: `invite` offers a new survey; `reinvite` offers the case's unanswered
 * survey again (mode `every`: the case was reopened and resolved again, so the invitation is renewed
 * for this resolution, its agent and time; links already sent keep working, one answer per case
 * still); `none` otherwise. An answered survey is never offered again: one answer per case.
 */
export function surveyDecision(settings: Pick<CsatSettings, 'mode'>, f: ResolutionFacts): 'invite' | 'reinvite' | 'none' {
  if (settings.mode === 'off' || !f.hasContact || f.survey?.answered) return 'none';
  if (settings.mode === 'first') return f.survey || f.earlierResolutions > 0 ? 'none' : 'invite';
  return f.survey ? 'reinvite' : 'invite';
}

/**
 * The mode a resolution follows: its queue's own mode when the queue sets one (a queue may switch
 * surveys off, or on, against the company's setting), else the company's.
 */
export function effectiveCsatMode(companyMode: CsatMode, queueMode: CsatMode | null | undefined): CsatMode {
  return queueMode ?? companyMode;
}

/** A queue's own survey mode as set-up saves it; `mode` null means it follows the company's. */
export interface CsatQueueModeSetting {
  queueId: string;
  mode: CsatMode | null;
}

/** Problems of the per-queue modes: a queue listed twice or an unknown mode (known queues are checked by the service). */
export function csatQueueModeProblems(modes: readonly CsatQueueModeSetting[], path = 'input.queueModes'): CsatProblem[] {
  const problems: CsatProblem[] = [];
  const seen = new Set<string>();
  modes.forEach((q, i) => {
    if (seen.has(q.queueId)) problems.push({ path: `${path}.${i}.queueId`, message: 'is listed twice' });
    seen.add(q.queueId);
    if (q.mode !== null && !CSAT_MODES.includes(q.mode)) problems.push({ path: `${path}.${i}.mode`, message: `must be one of: ${CSAT_MODES.join(', ')}` });
  });
  return problems.slice(0, MAX_PROBLEMS);
}

export const isLowRating = (rating: number, threshold: number) => rating <= threshold;

/** The survey's language: the contact's (its Chinese variants mapped by script), else the default. */
export function surveyLanguage(contactLocale: string | null | undefined, fallback: CsatLanguage): CsatLanguage {
  const l = (contactLocale ?? '').trim().toLowerCase();
  if (!l) return fallback;
  if (l === 'zh-tw' || l === 'zh-hk' || l === 'zh-mo' || l.startsWith('zh-hant')) return 'zh-TW';
  if (l === 'zh' || l === 'zh-cn' || l === 'zh-sg' || l.startsWith('zh-hans')) return 'zh-CN';
  if (l === 'en' || l.startsWith('en-')) return 'en';
  return fallback;
}

export const questionText = (q: CsatQuestion, language: CsatLanguage) => (language === 'en' ? q.text.en : q.text[language]?.trim() || q.text.en);

const KEY = /^[a-z][a-z0-9_]{0,39}$/;
const isInt = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A key as it may be echoed in an error path: short, and only when it is a sane key. */
const shown = (k: string) => (/^\w{1,40}$/.test(k) ? k : `${k.slice(0, 20).replace(/[^\w-]/g, '?')}…`);

/** The problems of settings as a person saves them; `path` prefixes each field's path. */
export function csatSettingsProblems(s: CsatSettings, path = 'input'): CsatProblem[] {
  const problems: CsatProblem[] = [];
  if (!CSAT_MODES.includes(s.mode)) problems.push({ path: `${path}.mode`, message: `must be one of: ${CSAT_MODES.join(', ')}` });
  if (!isInt(s.lowRatingThreshold, 1, 4)) problems.push({ path: `${path}.lowRatingThreshold`, message: 'must be a whole number between 1 and 4' });
  if (!CSAT_LANGUAGES.includes(s.defaultLanguage)) problems.push({ path: `${path}.defaultLanguage`, message: `must be one of: ${CSAT_LANGUAGES.join(', ')}` });
  if (s.questions.length > CSAT_MAX_QUESTIONS) problems.push({ path: `${path}.questions`, message: `A survey holds at most ${CSAT_MAX_QUESTIONS} extra questions.` });
  const keys = new Set<string>();
  s.questions.slice(0, CSAT_MAX_QUESTIONS).forEach((q, i) => {
    const at = `${path}.questions.${i}`;
    if (!KEY.test(q.key)) problems.push({ path: `${at}.key`, message: 'must be lower-case letters, digits and underscores, starting with a letter' });
    else if (keys.has(q.key)) problems.push({ path: `${at}.key`, message: 'is listed twice' });
    keys.add(q.key);
    if (!CSAT_QUESTION_KINDS.includes(q.kind)) problems.push({ path: `${at}.kind`, message: `must be one of: ${CSAT_QUESTION_KINDS.join(', ')}` });
    if (!q.text.en?.trim()) problems.push({ path: `${at}.text.en`, message: 'A question needs its English text.' });
    for (const l of CSAT_LANGUAGES) {
      const t = q.text[l];
      if (t && t.length > CSAT_MAX_QUESTION_TEXT) problems.push({ path: `${at}.text.${l}`, message: `must be at most ${CSAT_MAX_QUESTION_TEXT} characters` });
    }
  });
  return problems;
}

export type CsatAnswerValue = number | boolean | string;

export interface CsatAnswer {
  rating: number;
  answers: Record<string, CsatAnswerValue>;
  comment: string | null;
}

/**
 * Reads a customer's answer from a body as it came off the internet: `{ rating, answers, comment }`
 * with exact types (a rating is the number 1–5, not "5"; a yes/no question takes true or false),
 * no unknown fields or questions, texts capped. Either the answer or the problems by field.
 */
export function parseCsatAnswer(questions: readonly CsatQuestion[], body: unknown, path = ''): { answer: CsatAnswer } | { problems: CsatProblem[] } {
  const at = (k: string) => (path ? `${path}.${k}` : k);
  if (!isPlainObject(body)) return { problems: [{ path: path || 'body', message: 'Send the answer as a JSON object with rating, answers and comment.' }] };
  const problems: CsatProblem[] = [];
  for (const k of Object.keys(body)) if (k !== 'rating' && k !== 'answers' && k !== 'comment') problems.push({ path: at(shown(k)), message: 'is not a field of a survey answer' });
  const rating = body['rating'];
  if (!isInt(rating, 1, 5)) problems.push({ path: at('rating'), message: 'must be a whole number between 1 and 5' });
  const given = body['answers'] ?? {};
  const answers: Record<string, CsatAnswerValue> = {};
  if (!isPlainObject(given)) problems.push({ path: at('answers'), message: 'must be an object of answers by question key' });
  else {
    const byKey = new Map(questions.map((q) => [q.key, q]));
    for (const k of Object.keys(given)) if (!byKey.has(k)) problems.push({ path: at(`answers.${shown(k)}`), message: 'is not a question of this survey' });
    for (const q of questions) {
      const v = given[q.key];
      const p = at(`answers.${q.key}`);
      if (v === undefined || v === null || (typeof v === 'string' && !v.trim() && q.kind === 'text')) {
        if (q.required) problems.push({ path: p, message: 'is required' });
      } else if (q.kind === 'rating') {
        if (isInt(v, 1, 5)) answers[q.key] = v;
        else problems.push({ path: p, message: 'must be a whole number between 1 and 5' });
      } else if (q.kind === 'yes_no') {
        if (typeof v === 'boolean') answers[q.key] = v;
        else problems.push({ path: p, message: 'must be true or false' });
      } else if (typeof v === 'string' && v.length <= CSAT_MAX_TEXT_ANSWER) answers[q.key] = v.trim();
      else problems.push({ path: p, message: `must be text of at most ${CSAT_MAX_TEXT_ANSWER} characters` });
    }
  }
  const comment = body['comment'];
  if (comment !== undefined && comment !== null && (typeof comment !== 'string' || comment.length > CSAT_MAX_COMMENT)) {
    problems.push({ path: at('comment'), message: `must be text of at most ${CSAT_MAX_COMMENT} characters` });
  }
  if (problems.length) return { problems: problems.slice(0, MAX_PROBLEMS) };
  return { answer: { rating: rating as number, answers, comment: typeof comment === 'string' && comment.trim() ? comment.trim() : null } };
}

/** A report row's shares from its counts (null where nothing was counted). */
export function csatShares(c: { surveys: number; responses: number; ratingSum: number; satisfied: number }) {
  return {
    responseRate: c.surveys ? c.responses / c.surveys : null,
    average: c.responses ? c.ratingSum / c.responses : null,
    satisfiedShare: c.responses ? c.satisfied / c.responses : null,
  };
}
