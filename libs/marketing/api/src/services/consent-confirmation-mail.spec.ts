import { confirmationMail } from './consent-confirmation-mail';

const URL_ = 'https://crm.example.com/api/public/confirm/eyJh.sig';

describe('the double opt-in mail', () => {
  it('names the type in the reader’s language, with the link in both parts', () => {
    const facts = { address: 'wang@example.cn', typeName: 'Newsletter', typeNames: { 'zh-CN': '新闻简报', 'zh-TW': '電子報' } };
    const zh = confirmationMail(facts, URL_, 'zh-TW');
    expect(zh.subject).toBe('請確認訂閱「電子報」');
    expect(zh.text).toBe(`您申請在 wang@example.cn 接收「電子報」。請確認這是您的意願：\n\n確認我的訂閱: ${URL_}\n\n如果這不是您本人的申請，請忽略此郵件：您不會被訂閱。\n`);
    expect(zh.html).toContain(`<a href="${URL_}"`);
    expect(zh.html).toContain('<html lang="zh-TW">');
    // A type without a translation is named as typed.
    expect(confirmationMail({ ...facts, typeNames: {} }, URL_, 'zh-CN').subject).toBe('请确认订阅“Newsletter”');
    expect(confirmationMail(facts, URL_, 'en').subject).toBe('Please confirm: “Newsletter”');
  });

  it('escapes what staff typed (the type name) in the HTML part', () => {
    const mail = confirmationMail({ address: 'a@example.com', typeName: '<img src=x onerror=alert(1)> & news', typeNames: null }, URL_, 'en');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; news');
    expect(mail.text).toContain('<img src=x onerror=alert(1)> & news');
  });
});
