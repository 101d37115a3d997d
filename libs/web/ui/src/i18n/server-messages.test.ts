import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorMessageOf, fieldErrorsOf, problemMessageOf } from '@rapport/web-data-access';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, resources } from './i18n';
import catalogue from './server-messages.generated.json';
import { TRANSLATED_PARAMS } from './server-messages';

type Tree = { [key: string]: string | Tree };

function lookup(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]));
const languages = Object.keys(resources) as (keyof typeof resources)[];
const messages = catalogue.messages as Record<string, string>;

describe('server message translations', () => {
  it('reads the server catalogue (guards against an empty or stale copy)', () => {
    expect(Object.keys(messages).length).toBeGreaterThan(200);
    expect(messages['auth.badCredentials']).toBe('The email or password is not correct.');
  });

  for (const lng of languages) {
    it(`${lng} translates every key the server sends, with only the params the server fills in`, () => {
      const tree = resources[lng].translation as unknown as Tree;
      const missing = Object.keys(messages).filter((key) => !lookup(tree, `server.${key}`));
      expect(missing).toEqual([]);
      const foreign = Object.entries(messages).filter(([key, english]) => {
        const allowed = placeholders(english);
        return [...placeholders(lookup(tree, `server.${key}`) ?? '')].some((p) => !allowed.has(p));
      });
      expect(foreign.map(([key]) => key)).toEqual([]);
    });

    it(`${lng} says every word-valued param (objects, quote statuses)`, () => {
      const tree = resources[lng].translation as unknown as Tree;
      const params = catalogue.translatedParams as Record<string, string[]>;
      expect(Object.keys(params).sort()).toEqual([...TRANSLATED_PARAMS].sort());
      const missing = Object.entries(params).flatMap(([param, values]) => values.filter((v) => !lookup(tree, `server.values.${param}.${v.replace(/\s+/g, '_')}`)).map((v) => `${param}.${v}`));
      expect(missing).toEqual([]);
    });
  }
});

function gqlError(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

describe('error readers in the person’s language', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('say a wrong password, a forbidden action and a missing record in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(errorMessageOf(gqlError('The email or password is not correct.', { code: 'UNAUTHENTICATED', messageKey: 'auth.badCredentials' }))).toBe('邮箱或密码不正确。');
    expect(errorMessageOf(gqlError('You are not allowed to do this.', { code: 'FORBIDDEN', messageKey: 'errors.forbidden' }))).toBe('您无权执行此操作。');
    expect(errorMessageOf(gqlError('The account was not found.', { code: 'NOT_FOUND', messageKey: 'errors.notFound', params: { object: 'account' } }))).toBe('找不到该客户。');
    await i18n.changeLanguage('zh-TW');
    expect(errorMessageOf(gqlError('The opportunity was not found.', { code: 'NOT_FOUND', messageKey: 'errors.notFound', params: { object: 'opportunity' } }))).toBe('找不到該商機。');
  });

  it('put field messages in Chinese with their params', async () => {
    await i18n.changeLanguage('zh-CN');
    const error = gqlError('The input is not valid.', {
      code: 'VALIDATION_FAILED',
      messageKey: 'errors.validationFailed',
      fields: [
        { path: 'input.name', message: 'name must be shorter than or equal to 200 characters', messageKey: 'validation.maxLength', params: { max: 200 } },
        { path: 'input.accountId', message: 'is not a valid id', messageKey: 'validation.isUuid' },
        { path: 'input.x', message: 'Something only the server knows.' },
      ],
    });
    expect(errorMessageOf(error)).toBe('输入的内容无效。');
    expect(fieldErrorsOf(error)).toEqual([
      { path: 'input.name', message: '最多 200 个字符' },
      { path: 'input.accountId', message: '不是有效的 ID' },
      { path: 'input.x', message: 'Something only the server knows.' },
    ]);
  });

  it('keep the server’s English for an unknown key, an untranslatable word, and for English readers', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(errorMessageOf(gqlError('A brand-new message.', { code: 'CONFLICT', messageKey: 'errors.somethingNew' }))).toBe('A brand-new message.');
    expect(errorMessageOf(gqlError('The spaceship was not found.', { code: 'NOT_FOUND', messageKey: 'errors.notFound', params: { object: 'spaceship' } }))).toBe('The spaceship was not found.');
    await i18n.changeLanguage('en');
    expect(errorMessageOf(gqlError('Name must be 1 to 120 characters.', { code: 'VALIDATION_FAILED', messageKey: 'validation.isLength', params: { min: 1, max: 120 } }))).toBe(
      'Name must be 1 to 120 characters.',
    );
  });

  it('translate REST problem details too', async () => {
    await i18n.changeLanguage('zh-TW');
    expect(problemMessageOf({ title: 'The input is not valid.', messageKey: 'errors.validationFailed', errors: [{ path: 'file', message: 'The file is empty.', messageKey: 'leads.importEmpty' }] })).toBe('檔案是空的。');
    expect(problemMessageOf({ title: 'You are not allowed to do this.', messageKey: 'errors.forbidden' })).toBe('您沒有權限執行此操作。');
  });
});
