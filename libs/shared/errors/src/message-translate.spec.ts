import { msg } from './message-lookup';
import { translateMessage } from './message-translate';
import { MESSAGE_TRANSLATIONS } from './message-translations.generated';
import { SERVER_MESSAGES } from './messages';

describe('translateMessage (what the server writes itself, in the reader’s language)', () => {
  it('says a keyed message in Simplified and Traditional Chinese, with its params', () => {
    const tooLong = msg('leads.importRowTooLong', { max: 120 });
    expect(translateMessage('zh-CN', tooLong.messageKey, tooLong.params, tooLong.message)).toBe('超过 120 个字符。');
    expect(translateMessage('zh-TW', tooLong.messageKey, tooLong.params, tooLong.message)).toBe('超過 120 個字元。');
    const dup = msg('leads.importDuplicateRowEmail', { row: 7 });
    expect(translateMessage('zh-TW', dup.messageKey, dup.params, dup.message)).toBe('電子郵件地址與第 7 列相同；已略過。');
  });

  it('translates word-valued params too, and keeps English when it cannot say the word', () => {
    expect(translateMessage('zh-TW', 'errors.notFound', { object: 'opportunity' }, 'The opportunity was not found.')).toBe('找不到該商機。');
    expect(translateMessage('zh-CN', 'errors.notFound', { object: 'spaceship' }, 'The spaceship was not found.')).toBe('The spaceship was not found.');
  });

  it('keeps the English for English readers, no or an unknown locale, and an unknown key', () => {
    expect(translateMessage('en', 'leads.importRowPhone', {}, 'Not a phone number.')).toBe('Not a phone number.');
    expect(translateMessage(null, 'leads.importRowPhone', {}, 'Not a phone number.')).toBe('Not a phone number.');
    expect(translateMessage('fr', 'leads.importRowPhone', {}, 'Not a phone number.')).toBe('Not a phone number.');
    expect(translateMessage('zh-CN', null, {}, 'Something only the server knows.')).toBe('Something only the server knows.');
    expect(translateMessage('zh-CN', 'errors.somethingNew', {}, 'A brand-new message.')).toBe('A brand-new message.');
  });

  it('keeps the English when a placeholder of the translation has no value (an old row, a changed message)', () => {
    expect(translateMessage('zh-CN', 'leads.importRowTooLong', {}, 'Longer than 120 characters.')).toBe('Longer than 120 characters.');
  });

  it('carries a translation of every catalogue key in both Chinese languages', () => {
    for (const locale of ['zh-CN', 'zh-TW'] as const) {
      expect(Object.keys(SERVER_MESSAGES).filter((k) => !MESSAGE_TRANSLATIONS[locale].messages[k])).toEqual([]);
    }
  });
});
