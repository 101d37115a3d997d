import { i18n, loadLazyMessages } from '@rapport/web-ui';
import { describe, expect, it } from 'vitest';
import { roleObjectLabel } from './role-object-labels';

// Every object of the permission table (libs/shared/domain/src/permissions.ts, which web code may
// not import): Admin → Roles names each one.
const OBJECTS = [
  'user', 'team', 'apiKey', 'auditLog', 'account', 'contact', 'lead', 'opportunity', 'activity', 'pipeline', 'leadSetup', 'leadImport',
  'catalog', 'quote', 'commitment', 'forecast', 'quoteApproval', 'quoteUnlock', 'forecastAdjustment', 'handover', 'sharedView',
  'campaign', 'mailing', 'contactPolicy', 'event', 'segment', 'order', 'customerValue', 'serviceSetup', 'case', 'caseNote', 'workOrder',
  'routing', 'knowledge', 'csat', 'portalCase', 'routedCases',
];

describe('roleObjectLabel', () => {
  it('names every object of the permission table in Chinese (no English left on the roles page)', async () => {
    // As the roles page does: its messages come with it.
    for (const lng of ['zh-CN', 'zh-TW']) {
      await i18n.loadLanguages(lng);
      await loadLazyMessages('roles', lng);
    }
    for (const lng of ['zh-CN', 'zh-TW']) {
      const t = i18n.getFixedT(lng);
      const untranslated = OBJECTS.filter((o) => !/[\u4e00-\u9fff]/.test(roleObjectLabel(t, o)));
      expect({ lng, untranslated }).toEqual({ lng, untranslated: [] });
    }
    expect(roleObjectLabel(i18n.getFixedT('zh-CN'), 'mailing')).toBe('群发邮件');
    expect(roleObjectLabel(i18n.getFixedT('zh-TW'), 'contactPolicy')).toBe('聯絡政策');
  });

  it('in English, and a readable form for an object it does not know yet', async () => {
    await loadLazyMessages('roles', 'en');
    const t = i18n.getFixedT('en');
    expect(roleObjectLabel(t, 'mailing')).toBe('Mailings');
    expect(roleObjectLabel(t, 'contactPolicy')).toBe('Contact policy');
    expect(roleObjectLabel(t, 'user')).toBe('Users');
    expect(roleObjectLabel(t, 'nurtureSequence')).toBe('Nurture Sequence');
  });
});
