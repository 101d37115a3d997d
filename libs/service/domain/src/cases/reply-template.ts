import { Liquid } from 'liquidjs';

/**
 * Reply templates (issue 18 item 9): canned answers agents insert into the reply box, with a small
 * fixed set of Liquid placeholders filled from the case. Replies are plain text, so nothing is
 * HTML-escaped here (marketing's Liquid escapes for HTML mail, and the service domain may not use
 * marketing's libs: the dependency runs the other way). The sandbox is marketing's, option for
 * option: no file system (`templates: {}`, and include/render/layout refused before parsing),
 * own properties only, unknown filters and variables are errors, bounded parse, render time and memory.
 */
export const REPLY_TEMPLATE_LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export type ReplyTemplateLanguage = (typeof REPLY_TEMPLATE_LANGUAGES)[number];

/** The longest body a template may have: a long answer fits, a pasted manual does not. */
export const REPLY_TEMPLATE_MAX_BODY = 10_000;
export const REPLY_TEMPLATE_MAX_NAME = 120;

/** Every placeholder a template may use, in the order the editor lists them. */
export const REPLY_TEMPLATE_PLACEHOLDERS = ['contact.first_name', 'contact.last_name', 'case.number', 'case.subject', 'agent.name', 'account.name'] as const;
export type ReplyTemplatePlaceholder = (typeof REPLY_TEMPLATE_PLACEHOLDERS)[number];

/** What is known of the case when a template is rendered for it (names absent when there is no contact or account). */
export interface ReplyCaseFacts {
  number: string;
  subject: string;
  contact: { firstName: string | null; lastName: string | null } | null;
  account: { name: string } | null;
  agent: { name: string | null; email: string };
}

/** The Liquid variables, every placeholder present (empty text when unknown) so strict rendering never fails on a case without a contact. */
export interface ReplyTemplateVariables {
  contact: { first_name: string; last_name: string };
  case: { number: string; subject: string };
  agent: { name: string };
  account: { name: string };
}

/**
 * The variables of a case: its number and subject, its contact's names and its account's name
 * (empty when it has none), and the replying agent's name (their email address when they have no
 * name, so a signature never reads blank).
 */
export function replyTemplateVariables(facts: ReplyCaseFacts): ReplyTemplateVariables {
  const text = (v: string | null | undefined) => (v ?? '').trim();
  return {
    contact: { first_name: text(facts.contact?.firstName), last_name: text(facts.contact?.lastName) },
    case: { number: facts.number, subject: text(facts.subject) },
    agent: { name: text(facts.agent.name) || facts.agent.email },
    account: { name: text(facts.account?.name) },
  };
}

const liquid = new Liquid({
  templates: {},
  ownPropertyOnly: true,
  strictFilters: true,
  strictVariables: true,
  parseLimit: 100_000,
  renderLimit: 1_000,
  memoryLimit: 10_000_000,
});

/** A tag that would read another template: there are none to read, and the parser's own error would name the file system. */
const FILE_TAGS = /\{%-?\s*(include|render|layout)\b/;

export type ReplyTemplateProblem = { kind: 'syntax'; line: number; detail: string } | { kind: 'fileTag' } | { kind: 'unknownPlaceholder'; name: string };

/**
 * What is wrong with a template body's Liquid: a syntax error (with its line, counted from 1), an
 * include of another template, or a placeholder that is not one of ours (each once, in order).
 */
export function replyTemplateProblems(body: string): ReplyTemplateProblem[] {
  if (FILE_TAGS.test(body)) return [{ kind: 'fileTag' }];
  let names: string[];
  try {
    names = liquid.globalFullVariablesSync(liquid.parse(body));
  } catch (err) {
    const message = (err as Error).message.split('\n')[0] ?? '';
    const at = /,? line:(\d+), col:\d+$/.exec(message);
    return [{ kind: 'syntax', line: at ? Number(at[1]) : 1, detail: at ? message.slice(0, at.index) : message }];
  }
  const known = new Set<string>(REPLY_TEMPLATE_PLACEHOLDERS);
  return [...new Set(names)].filter((n) => !known.has(n)).map((name) => ({ kind: 'unknownPlaceholder', name }));
}

/** The text of a template for a case. Throws only on a body that never passed `replyTemplateProblems`. */
export function renderReplyTemplate(body: string, variables: ReplyTemplateVariables): Promise<string> {
  return liquid.parseAndRender(body, variables) as Promise<string>;
}
