import { describe, expect, it } from 'vitest';

// Vite reads the sources at transform time (as in i18n-keys.test.ts).
const sources = {
  ...import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}', '!./testing/**'], { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>(['../../../libs/web/*/src/**/*.{ts,tsx}', '!../../../libs/web/*/src/**/*.test.{ts,tsx}', '!../../../libs/web/testing/**', '!**/generated/**'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
};

/**
 * What the viewer may do comes from `me.permissions` (usePermissions / useCan) and each record's
 * `viewerCan` — the API's permission table — never from comparing the viewer's role by name: a
 * role check is a second copy of the rules that the API, the admin's role matrix and an API key's
 * scopes know nothing about (issue 12; the server side has apps/api/src/access-rules.spec.ts).
 */
describe('screens decide from permissions, not role names', () => {
  it('finds the sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(100);
  });

  it('has no check of the viewer’s role', () => {
    const pattern = /(\bme|useSessionUser\(\))\.role\s*[!=]==|\.includes\(\s*(me|user)\.role\s*\)/;
    const offenders = Object.entries(sources).flatMap(([file, text]) =>
      text
        .split('\n')
        .map((line, i) => ({ file, line: i + 1, text: line.trim() }))
        .filter((l) => pattern.test(l.text)),
    );
    expect(offenders).toEqual([]);
  });
});
