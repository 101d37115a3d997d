import { duplicateReasons, duplicateScore } from './duplicates';
import { ForecastCategory, LeadStatus } from './enums';
import { displayPersonName, normalizeCompanyName, normalizeEmailAddress, normalizePersonName, normalizePhone } from './normalize';
import { checkLeadStatusChange, checkPipelineStages, checkStageMove, isOpenLead, weightedAmount } from './pipeline';

describe('normalizePhone', () => {
  it.each([
    ['138 0013 8000', '+8613800138000'],
    ['+86 138-0013-8000', '+8613800138000'],
    ['0086 13800138000', '+8613800138000'],
    ['(021) 6234 5678', '+862162345678'],
    ['+1 (415) 555-0100', '+14155550100'],
    ['12', null],
    ['', null],
  ])('%s → %s', (raw, expected) => expect(normalizePhone(raw)).toBe(expected));
});

describe('normalizeCompanyName', () => {
  it('drops punctuation, case and legal suffixes in English and Chinese', () => {
    expect(normalizeCompanyName('Acme, Inc.')).toBe('acme');
    expect(normalizeCompanyName('ACME Co. Ltd')).toBe('acme');
    expect(normalizeCompanyName('华为技术有限公司')).toBe('华为技术');
    expect(normalizeCompanyName('鴻海精密工業股份有限公司')).toBe('鴻海精密工業');
    expect(normalizeCompanyName('Ｔｅｎｃｅｎｔ Group')).toBe('tencent');
    expect(normalizeCompanyName(null)).toBe('');
  });
  it('keeps a name that is only a suffix-like word', () => {
    expect(normalizeCompanyName('Group')).toBe('group');
  });
});

describe('person and email', () => {
  it('folds case, width and spacing', () => {
    expect(normalizePersonName(' Li ', 'NA')).toBe('li na');
    expect(normalizePersonName('王', '敏')).toBe('王 敏');
    expect(normalizeEmailAddress('  A@B.Cn ')).toBe('a@b.cn');
    expect(normalizeEmailAddress('  ')).toBeNull();
  });
});

describe('duplicates', () => {
  it('needs the company to match for a name-only duplicate', () => {
    expect(duplicateReasons({ sameEmail: false, samePhone: false, nameSimilarity: 0.9, companySimilarity: 0.1 })).toEqual([]);
    expect(duplicateReasons({ sameEmail: false, samePhone: false, nameSimilarity: 0.9, companySimilarity: 0.8 })).toEqual(['name']);
    expect(duplicateReasons({ sameEmail: true, samePhone: true, nameSimilarity: 0.2, companySimilarity: null })).toEqual(['email', 'phone']);
  });
  it('ranks exact identifiers above fuzzy names', () => {
    const email = duplicateScore({ sameEmail: true, samePhone: false, nameSimilarity: 0, companySimilarity: null });
    const name = duplicateScore({ sameEmail: false, samePhone: false, nameSimilarity: 1, companySimilarity: 1 });
    expect(email).toBeGreaterThan(name);
    expect(duplicateScore({ sameEmail: true, samePhone: true, nameSimilarity: 1, companySimilarity: 1 })).toBe(100);
  });
});

describe('pipeline rules', () => {
  const stage = { id: 's', name: 'Lost', position: 5, probability: 0, forecastCategory: ForecastCategory.Omitted, isWon: false, isLost: true, pipelineId: 'p' };
  it('asks for a reason when a deal is lost and an amount when won', () => {
    expect(checkStageMove(stage, { pipelineId: 'p', amount: 10 }, {})).toEqual([{ path: 'input.lostReason', message: 'Say why the deal was lost.' }]);
    expect(checkStageMove({ ...stage, isLost: false, isWon: true }, { pipelineId: 'p', amount: null }, {})[0].message).toMatch(/amount/);
    expect(checkStageMove(stage, { pipelineId: 'other', amount: 1 }, { lostReason: 'price' })[0].path).toBe('input.stageId');
    expect(checkStageMove(stage, { pipelineId: 'p', amount: 1 }, { lostReason: 'price' })).toEqual([]);
  });
  it('validates pipeline stage lists', () => {
    const base = { name: 'x', position: 0, forecastCategory: ForecastCategory.Pipeline };
    expect(
      checkPipelineStages([
        { ...base, probability: 10, isWon: false, isLost: false },
        { ...base, probability: 100, isWon: true, isLost: false },
        { ...base, probability: 0, isWon: false, isLost: true },
      ]),
    ).toEqual([]);
    const problems = checkPipelineStages([{ ...base, probability: 120, isWon: true, isLost: true }]);
    expect(problems.map((p) => p.path)).toEqual(['input.stages', 'input.stages.0.probability', 'input.stages.0']);
  });
  it('weights amounts and guards lead status', () => {
    expect(weightedAmount(1000, 25)).toBe(250);
    expect(weightedAmount(null, 50)).toBe(0);
    expect(isOpenLead(LeadStatus.Working)).toBe(true);
    expect(isOpenLead(LeadStatus.Converted)).toBe(false);
    expect(checkLeadStatusChange(LeadStatus.Converted, LeadStatus.Working)).toMatch(/converted/);
    expect(checkLeadStatusChange(LeadStatus.New, LeadStatus.Converted)).toMatch(/Convert/);
    expect(checkLeadStatusChange(LeadStatus.New, LeadStatus.Working)).toBeNull();
  });
});

describe('displayPersonName', () => {
  it('puts the family name first for Chinese names and keeps Western order otherwise', () => {
    expect(displayPersonName('敏', '王')).toBe('王敏');
    expect(displayPersonName('Alice', 'Chen')).toBe('Alice Chen');
    expect(displayPersonName('', 'Ng')).toBe('Ng');
  });
});
