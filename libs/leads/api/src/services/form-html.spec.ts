import { AppError, ErrorCode } from '@rapport/shared-errors';
import { formPageLocale, renderErrorHtml, renderThanksHtml } from './form-html';

describe('formPageLocale', () => {
  it('takes the form page’s language, then the browser’s, then English', () => {
    expect(formPageLocale({ locale: 'zh-TW' }, 'en-US,en;q=0.9')).toBe('zh-TW');
    expect(formPageLocale({ locale: 'zh-Hans-CN' }, undefined)).toBe('zh-CN');
    expect(formPageLocale({ locale: 'fr' }, 'zh-HK,zh;q=0.8')).toBe('zh-TW');
    expect(formPageLocale({}, 'fr-FR,zh-CN;q=0.5')).toBe('zh-CN');
    expect(formPageLocale(undefined, undefined)).toBe('en');
    // A repeated field arrives as a list; junk is ignored, never echoed.
    expect(formPageLocale({ locale: ['zh-TW', 'zh-CN'] }, 'en')).toBe('en');
    expect(formPageLocale({ locale: '"><script>' }, undefined)).toBe('en');
  });
});

describe('the pages a browser gets back', () => {
  it('thank a visitor in their language, with lang set', () => {
    expect(renderThanksHtml('zh-TW')).toMatch(/^<!doctype html><html lang="zh-TW">.*<title>謝謝<\/title>.*<h1>謝謝，我們會盡快與您聯繫。<\/h1>/);
    expect(renderThanksHtml('en')).toContain('<h1>Thank you — we will be in touch soon.</h1>');
  });

  it('name the field before a translated fragment, leave sentences and untranslated English alone, escape everything', () => {
    const err = AppError.validation([
      { path: 'lastName', message: 'lastName must be shorter than or equal to 100 characters', messageKey: 'validation.maxLength', params: { max: 100 } },
      { path: 'consent', message: 'Please give your consent to be contacted' },
      { path: 'x', message: 'Something only the server <knows>.' },
    ]);
    const zh = renderErrorHtml(err.fields, err, 'zh-CN', { lastName: '姓<i>氏</i>' });
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('<li>姓&lt;i&gt;氏&lt;/i&gt;：最多 100 个字符</li><li>请同意我们与您联系</li><li>Something only the server &lt;knows&gt;.</li>');
    const en = renderErrorHtml(err.fields, err, 'en', { lastName: 'Last name' });
    expect(en).toContain('<li>lastName must be shorter than or equal to 100 characters</li>');
    expect(en).toContain('<title>Please check the form</title>');
  });

  it('say an error without fields in its own words', () => {
    const flood = new AppError(ErrorCode.RateLimited, 'Too many submissions; please try again in a minute.');
    expect(renderErrorHtml([], flood, 'zh-TW')).toContain('<li>提交過於頻繁，請一分鐘後再試。</li>');
  });
});
