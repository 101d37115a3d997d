import type { Page } from 'playwright-core';
import type { AxeAudit } from './axe';
import { eventually, gql } from './api';
import { snapshot } from './browser';
import { settle } from './screens';

/**
 * What the marketing browser tests (mailings, nurtures, issue 15's acceptance) set up through the
 * API, read from the dev SMTP sink and wait for on screen. People are made new by each test so no
 * other test's mail counts against their frequency cap.
 */

export const PHONE = { width: 390, height: 844 };

export interface NewPerson {
  firstName: string;
  lastName: string;
  email: string;
  locale: string;
}

/** Creates the people one after another (as `cookie`, who may create contacts); their ids in the same order. */
export async function createContacts(cookie: string, people: NewPerson[]): Promise<string[]> {
  const ids: string[] = [];
  for (const { firstName, lastName, email, locale } of people) {
    const { createContact } = await gql(cookie, 'mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id } } }', {
      i: { firstName, lastName, emails: [email], locale },
    });
    ids.push(createContact.contact.id);
  }
  return ids;
}

/** The id of the demo's "product news" subscription type. */
export async function productNewsTypeId(cookie: string): Promise<string> {
  const { subscriptionTypes } = await gql(cookie, '{ subscriptionTypes { id key } }');
  return (subscriptionTypes as { id: string; key: string }[]).find((t) => t.key === 'product-news')!.id;
}

/** A new event campaign (as `cookie`, a campaign writer) with these contacts as "invited" members. */
export async function eventCampaignInviting(cookie: string, name: string, contactIds: string[]): Promise<{ id: string; name: string }> {
  const { createCampaign } = await gql(cookie, 'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { campaign { id name } } }', {
    i: { name, type: 'EVENT' },
  });
  await gql(cookie, 'mutation($i: AddCampaignMembersInput!) { addCampaignMembers(input: $i) { added } }', {
    i: { campaignId: createCampaign.campaign.id, contactIds, status: 'invited' },
  });
  return createCampaign.campaign;
}

// ---- the dev SMTP sink -----------------------------------------------------------------------------

export interface InboxMail {
  id: string;
  subject: string;
  html: string;
  text: string;
  to: { address: string }[];
}

export const inbox = async (): Promise<InboxMail[]> => (await (await fetch(`${process.env['E2E_INBOX_URL']}/api/email`)).json()) as InboxMail[];

export const inboxFor = async (address: string): Promise<InboxMail[]> => (await inbox()).filter((m) => m.to.some((t) => t.address === address));

/** Waits until the sink holds exactly `count` messages to `address` (the worker sends after the screen says so). */
export async function mailCountReaches(address: string, count: number, what = `the message to ${address}`): Promise<void> {
  await eventually(what, async () => (await inboxFor(address)).length === count);
}

/** A header as the receiver reads it, from the message's source (the sink's parsed JSON folds the List-* headers together). */
export async function header(m: InboxMail, name: string): Promise<string> {
  const source = await (await fetch(`${process.env['E2E_INBOX_URL']}/api/email/${m.id}/source`)).text();
  const head = source.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : '';
}

// ---- screens -----------------------------------------------------------------------------------------

/**
 * Waits until a mailing's or a sequence's status tag says `status` (the page follows the worker;
 * a mailing that sends takes up to `timeout`, the page's default when not given).
 */
export async function statusShown(page: Page, of: 'mailing' | 'nurture', status: string, timeout?: number): Promise<void> {
  await page.locator(`[data-testid="${of}-status"][data-status="${status}"]`).waitFor(timeout === undefined ? undefined : { timeout });
}

/** Checks the page as it is, then at phone width (nothing wider than the screen), photographed both ways. */
export async function checkBothWidths(page: Page, audit: AxeAudit, name: string): Promise<void> {
  await settle(page);
  // From the top: a full-page photo of a scrolled page draws the sticky header in the middle.
  await page.evaluate(() => window.scrollTo(0, 0));
  await audit.check(page, name);
  await snapshot(page, `${name}-zh-CN`);
  const desktop = page.viewportSize()!;
  await page.setViewportSize(PHONE);
  await settle(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await audit.check(page, `${name} phone`);
  await snapshot(page, `${name}-phone`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect({ screen: name, sideways: Math.max(0, overflow) }).toEqual({ screen: name, sideways: 0 });
  await page.setViewportSize(desktop);
}
