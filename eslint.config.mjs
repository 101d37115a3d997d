// Lint: TypeScript rules plus Nx module boundaries (scope/type tags, no cycles, no deep imports).
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const DOMAINS = ['scope:sales', 'scope:leads', 'scope:revenue', 'scope:marketing', 'scope:events', 'scope:service', 'scope:segmentation'];
/** Declared edges between domains (docs/adr/0004, 0005, 0013): lead management and revenue work on sales records; marketing attributes leads and deals (and converts their amounts with revenue's rates); events register people onto marketing's campaigns and mail them through its sender (docs/adr/0019); segmentation groups sales' contacts (and reads order files with lead import's file reader), marketing mails its segments, minus strategies' holdouts (docs/adr/0020). */
const DOMAIN_DEPS = { 'scope:leads': ['scope:sales'], 'scope:revenue': ['scope:sales'], 'scope:marketing': ['scope:sales', 'scope:leads', 'scope:revenue', 'scope:segmentation', 'scope:service'], 'scope:events': ['scope:sales', 'scope:leads', 'scope:marketing'], 'scope:segmentation': ['scope:sales', 'scope:leads'], 'scope:service': ['scope:sales', 'scope:leads', 'scope:revenue', 'scope:segmentation'] };

/** Layer and scope rules (DESIGN §2). Test files may also use the testing libs. */
function boundaries(forTests) {
  const t = (tags) => (forTests ? [...tags, 'type:testing'] : tags);
  // Web test files use the web testing lib where server test files use the server one.
  const webTesting = (tag) => (tag === 'type:testing' ? 'type:web-testing' : tag);
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      // Layers: domain → util; data → domain; api → data, domain; jobs → api.
      { sourceTag: 'type:util', onlyDependOnLibsWithTags: t(['type:util']) },
      { sourceTag: 'type:domain', onlyDependOnLibsWithTags: t(['type:util', 'type:domain']) },
      { sourceTag: 'type:data', onlyDependOnLibsWithTags: t(['type:util', 'type:domain', 'type:data']) },
      { sourceTag: 'type:api', onlyDependOnLibsWithTags: t(['type:util', 'type:domain', 'type:data', 'type:api']) },
      { sourceTag: 'type:jobs', onlyDependOnLibsWithTags: t(['type:util', 'type:domain', 'type:data', 'type:api']) },
      { sourceTag: 'type:registry', onlyDependOnLibsWithTags: ['type:util', 'type:domain', 'type:data'] },
      { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:util', 'type:domain', 'type:data', 'type:api', 'type:testing'] },
      { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:data-access'] },
      { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access'] },
      // Web: features use core, ui and data-access, never each other; the app composes them.
      { sourceTag: 'type:web-core', onlyDependOnLibsWithTags: t(['type:ui', 'type:data-access', 'type:web-core']).map(webTesting) },
      { sourceTag: 'type:feature', onlyDependOnLibsWithTags: t(['type:ui', 'type:data-access', 'type:web-core']).map(webTesting) },
      { sourceTag: 'type:web-testing', onlyDependOnLibsWithTags: ['type:ui', 'type:data-access', 'type:web-core', 'type:web-testing'] },
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'] },
      // Scopes: a domain uses its own libs and shared; web code never reaches server code.
      { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
      { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:shared', 'scope:platform', ...DOMAINS] },
      { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['scope:shared', 'scope:platform', ...DOMAINS] },
      { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web'] },
      ...DOMAINS.map((d) => ({ sourceTag: d, onlyDependOnLibsWithTags: [d, ...(DOMAIN_DEPS[d] ?? []), 'scope:shared'] })),
    ],
  };
}

export default [
  { ignores: ['**/node_modules/**', 'dist/**', 'tmp/**', '.data/**', '.nx/**', 'libs/web/data-access/src/generated/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries(false)],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // `interface Account extends ApiFields<typeof ACCOUNT> {}` names the type a record definition
      // derives (docs/adr/0011); an interface with one supertype and no members is that on purpose.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // Fixture modules (`*-fixtures.ts(x)`) exist only for test files and may use the testing libs as they do.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e.ts', '**/*.test.ts', '**/*.test.tsx', '**/*-fixtures.ts', '**/*-fixtures.tsx'],
    plugins: { '@nx': nx },
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(true)] },
  },
  {
    files: ['tools/**/*.mjs', 'tools/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', fetch: 'readonly', crypto: 'readonly', setTimeout: 'readonly', setInterval: 'readonly', URL: 'readonly', performance: 'readonly', FormData: 'readonly', Blob: 'readonly' } },
  },
];
