import type { CallerLookupQuery } from '@rapport/web-data-access';

export type CallerFound = CallerLookupQuery['callerLookup'];
export type CallerContact = CallerFound['contacts'][number];

/** Where the call desk lives; a telephony system opens it with the caller's and the dialled number. */
export const CALL_DESK_PATH = '/service/call';

/** The call desk for one call (`?from=` the caller, `?to=` the number they dialled). */
export const callDeskPath = (from?: string, to?: string) => {
  const q = new URLSearchParams();
  if (from?.trim()) q.set('from', from.trim());
  if (to?.trim()) q.set('to', to.trim());
  const s = q.toString();
  return s ? `${CALL_DESK_PATH}?${s}` : CALL_DESK_PATH;
};

/** How the line reads: the campaign's name with its number, or the number alone. */
export const lineLabel = (line: CallerFound['line']): string | null => (line ? (line.name ? `${line.name} · ${line.number}` : line.number) : null);

/** The contact a new case goes to: the one picked, else the only one found; several found and none picked is the agent's choice to make. */
export function callerFor(contacts: readonly Pick<CallerContact, 'id'>[], picked: string | null | undefined): string | null {
  if (picked && contacts.some((c) => c.id === picked)) return picked;
  return contacts.length === 1 ? contacts[0]!.id : null;
}
