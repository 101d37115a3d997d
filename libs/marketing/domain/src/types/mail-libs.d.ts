// The mail libraries ship no types: what this lib uses of them (mjml 5, html-to-text 10).
declare module 'mjml' {
  interface MjmlError {
    line?: number;
    message: string;
    tagName?: string;
  }
  interface MjmlOptions {
    validationLevel?: 'strict' | 'soft' | 'skip';
    ignoreIncludes?: boolean;
    minify?: boolean;
  }
  export default function mjml2html(input: string, options?: MjmlOptions): Promise<{ html: string; errors: MjmlError[] }>;
}

declare module 'html-to-text' {
  interface Options {
    wordwrap?: number | false;
    selectors?: { selector: string; format?: string; options?: Record<string, unknown> }[];
  }
  export function convert(html: string, options?: Options): string;
  /** The converter `convert` builds on every call, built once. */
  export function compile(options?: Options): (html: string) => string;
}
