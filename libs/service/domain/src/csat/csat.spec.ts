import { csatSettingsProblems, csatShares, DEFAULT_CSAT_SETTINGS, parseCsatAnswer, surveyDecision, surveyLanguage, questionText, type CsatQuestion } from './csat-rules';
import { newSurveyNonce, signSurveyToken, verifySurveyToken } from './csat-token';
import { signVisitToken } from '../work-orders/visit-token';

const ID = '0190a3c4-1111-7222-8333-444455556666';
const SECRET = 'a-secret-of-some-length-0123456789';

describe('survey link', () => {
  const nonce = newSurveyNonce();
  const token = signSurveyToken(ID, nonce, SECRET);

  it('verifies its own token and gives back the survey and nonce', () => {
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(verifySurveyToken(token, SECRET)).toEqual({ surveyId: ID, nonce });
    expect(verifySurveyToken(` ${token}\n`, SECRET)).toEqual({ surveyId: ID, nonce });
  });

  it('refuses tampering, other secrets, other uses and bad shapes', () => {
    const [id, n, sig] = token.split('.') as [string, string, string];
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    expect(verifySurveyToken(`${id}.${n}.${flip(sig)}`, SECRET)).toBeNull();
    expect(verifySurveyToken(`${id}.${flip(n)}.${sig}`, SECRET)).toBeNull();
    expect(verifySurveyToken(`${ID.replace('6666', '6667')}.${n}.${sig}`, SECRET)).toBeNull();
    expect(verifySurveyToken(token, `${SECRET}x`)).toBeNull();
    // A visit's confirmation link for the same id and nonce is not a survey link (keys derived per use).
    expect(verifySurveyToken(signVisitToken(ID, nonce, SECRET), SECRET)).toBeNull();
    for (const bad of [undefined, null, 5, {}, [], '', '...', `${token}.x`, `${id}.${n}`, 'x'.repeat(201), `${id.toUpperCase()}.${n}.${sig}`, `${id}.${n}.${sig.slice(0, -1)}`]) {
      expect(verifySurveyToken(bad, SECRET)).toBeNull();
    }
  });
});

describe('when a resolution invites', () => {
  const facts = (o: Partial<Parameters<typeof surveyDecision>[1]> = {}) => ({ survey: null, earlierResolutions: 0, hasContact: true, ...o });

  it('never when off or without a contact or once answered', () => {
    expect(surveyDecision({ mode: 'off' }, facts())).toBe('none');
    expect(surveyDecision({ mode: 'every' }, facts({ hasContact: false }))).toBe('none');
    expect(surveyDecision({ mode: 'every' }, facts({ survey: { answered: true }, earlierResolutions: 1 }))).toBe('none');
  });

  it('mode first: the first resolution only', () => {
    expect(surveyDecision({ mode: 'first' }, facts())).toBe('invite');
    expect(surveyDecision({ mode: 'first' }, facts({ earlierResolutions: 1 }))).toBe('none');
    expect(surveyDecision({ mode: 'first' }, facts({ survey: { answered: false }, earlierResolutions: 1 }))).toBe('none');
  });

  it('mode every: each resolution, renewing an unanswered invitation', () => {
    expect(surveyDecision({ mode: 'every' }, facts())).toBe('invite');
    expect(surveyDecision({ mode: 'every' }, facts({ earlierResolutions: 2 }))).toBe('invite');
    expect(surveyDecision({ mode: 'every' }, facts({ survey: { answered: false }, earlierResolutions: 1 }))).toBe('reinvite');
  });
});

describe('language', () => {
  it('is the contact’s, by script, else the default', () => {
    expect(surveyLanguage('zh-TW', 'en')).toBe('zh-TW');
    expect(surveyLanguage('zh-Hant-HK', 'en')).toBe('zh-TW');
    expect(surveyLanguage('zh-HK', 'en')).toBe('zh-TW');
    expect(surveyLanguage('zh-CN', 'en')).toBe('zh-CN');
    expect(surveyLanguage('zh', 'en')).toBe('zh-CN');
    expect(surveyLanguage('en-GB', 'zh-CN')).toBe('en');
    expect(surveyLanguage(null, 'zh-CN')).toBe('zh-CN');
    expect(surveyLanguage('fr', 'zh-TW')).toBe('zh-TW');
  });

  it('falls back to English for a question without a Chinese text', () => {
    const q: CsatQuestion = { key: 'speed', kind: 'rating', text: { en: 'Fast?', 'zh-TW': '快嗎？' }, required: false };
    expect(questionText(q, 'zh-TW')).toBe('快嗎？');
    expect(questionText(q, 'zh-CN')).toBe('Fast?');
  });
});

describe('settings', () => {
  it('accepts the defaults and a sound question list', () => {
    expect(csatSettingsProblems(DEFAULT_CSAT_SETTINGS)).toEqual([]);
    expect(csatSettingsProblems({ ...DEFAULT_CSAT_SETTINGS, mode: 'every', questions: [{ key: 'speed', kind: 'rating', text: { en: 'Fast?' }, required: true }] })).toEqual([]);
  });

  it('names each bad field', () => {
    const problems = csatSettingsProblems({
      mode: 'sometimes' as never,
      lowRatingThreshold: 5,
      defaultLanguage: 'fr' as never,
      questions: [
        { key: 'Speed', kind: 'rating', text: { en: 'x' }, required: false },
        { key: 'ok', kind: 'stars' as never, text: { en: ' ' }, required: false },
        { key: 'ok', kind: 'text', text: { en: 'x', 'zh-CN': 'y'.repeat(301) }, required: false },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual([
      'input.mode',
      'input.lowRatingThreshold',
      'input.defaultLanguage',
      'input.questions.0.key',
      'input.questions.1.kind',
      'input.questions.1.text.en',
      'input.questions.2.key',
      'input.questions.2.text.zh-CN',
    ]);
    expect(csatSettingsProblems({ ...DEFAULT_CSAT_SETTINGS, questions: Array.from({ length: 11 }, (_, i) => ({ key: `q${i}`, kind: 'text' as const, text: { en: 'x' }, required: false })) })[0]).toEqual({
      path: 'input.questions',
      message: 'A survey holds at most 10 extra questions.',
    });
  });
});

describe('an answer', () => {
  const questions: CsatQuestion[] = [
    { key: 'speed', kind: 'rating', text: { en: 'Fast?' }, required: true },
    { key: 'again', kind: 'yes_no', text: { en: 'Again?' }, required: false },
    { key: 'why', kind: 'text', text: { en: 'Why?' }, required: false },
  ];
  const paths = (body: unknown) => {
    const r = parseCsatAnswer(questions, body);
    return 'problems' in r ? r.problems.map((p) => p.path) : [];
  };

  it('is read with its answers and trimmed texts', () => {
    expect(parseCsatAnswer(questions, { rating: 5, answers: { speed: 4, again: false, why: ' fine ' }, comment: ' Thanks ' })).toEqual({ answer: { rating: 5, answers: { speed: 4, again: false, why: 'fine' }, comment: 'Thanks' } });
    expect(parseCsatAnswer(questions, { rating: 1, answers: { speed: 1, why: '  ' }, comment: null })).toEqual({ answer: { rating: 1, answers: { speed: 1 }, comment: null } });
  });

  it('refuses wrong types, out-of-range ratings, unknown fields and questions, huge texts', () => {
    for (const rating of [0, 6, '5', null, 4.5, true, undefined]) expect(paths({ rating, answers: { speed: 3 } })).toEqual(['rating']);
    expect(paths({ rating: 5 })).toEqual(['answers.speed']);
    expect(paths({ rating: 5, answers: { speed: '3', again: 'yes', why: 7 } })).toEqual(['answers.speed', 'answers.again', 'answers.why']);
    expect(paths({ rating: 5, answers: { speed: 3, nope: 1, ['x'.repeat(5000)]: 1 } })).toEqual(['answers.nope', `answers.${'x'.repeat(20)}…`]);
    expect(paths({ rating: 5, answers: { speed: 3 }, admin: true })).toEqual(['admin']);
    expect(paths({ rating: 5, answers: { speed: 3, why: 'w'.repeat(1001) }, comment: 'c'.repeat(2001) })).toEqual(['answers.why', 'comment']);
    expect(paths({ rating: 5, answers: [3] })).toEqual(['answers']);
    for (const body of [null, [], 'rating=5', 5]) expect(paths(body)).toEqual(['body']);
  });

  it('caps the problems a hostile body gets', () => {
    const answers = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
    expect(paths({ rating: 5, answers: { ...answers, speed: 3 } })).toHaveLength(20);
  });
});

describe('report shares', () => {
  it('are null where nothing was counted', () => {
    expect(csatShares({ surveys: 4, responses: 2, ratingSum: 9, satisfied: 1 })).toEqual({ responseRate: 0.5, average: 4.5, satisfiedShare: 0.5 });
    expect(csatShares({ surveys: 0, responses: 0, ratingSum: 0, satisfied: 0 })).toEqual({ responseRate: null, average: null, satisfiedShare: null });
  });
});
