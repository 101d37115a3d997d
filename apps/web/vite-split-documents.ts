import type { Plugin } from 'vite';

/** The codegen output (codegen.ts): every operation's document, one `export const` per line. */
const GENERATED = /libs[\\/]web[\\/]data-access[\\/]src[\\/]generated[\\/]graphql\.ts$/;
const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<[^\n]*>;$/gm;
const VIRTUAL = '\0rapport-document:';

/**
 * Gives each GraphQL document its own module in the build. Codegen writes all of them (~300 KB)
 * into one file, and a module goes whole into one chunk: every page — and the login page — would
 * load every query of the app. Split, each document lands with the pages that use it. The file's
 * TypeScript types need no module: they are erased. Dev server and tests use the file as it is.
 */
export function splitGraphqlDocuments(): Plugin {
  const documents = new Map<string, string>();
  return {
    name: 'rapport:split-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith(VIRTUAL) ? id : null),
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const name = id.slice(VIRTUAL.length);
      return `export const ${name} = ${documents.get(name)};\n`;
    },
    transform(code, id) {
      if (!GENERATED.test(id)) return null;
      const names: string[] = [];
      for (const [, name, literal] of code.matchAll(DOCUMENT)) {
        documents.set(name!, literal!);
        names.push(name!);
      }
      // Guards a codegen change of format: better a failed build than a bundle without queries.
      const declared = code.match(/^export const /gm)?.length ?? 0;
      if (names.length === 0 || names.length !== declared) {
        this.error(`split-graphql-documents: understood ${names.length} of the ${declared} documents in ${id}; has the codegen output changed?`);
      }
      return { code: names.map((n) => `export { ${n} } from ${JSON.stringify(VIRTUAL + n)};`).join('\n'), map: null };
    },
  };
}
