/** Where each kind of sales record opens. Search hits, duplicates and links all go through here. */
export type RecordKind = 'account' | 'contact' | 'lead' | 'opportunity' | 'campaign';

const enc = encodeURIComponent;

export const accountPath = (id: string) => `/sales/accounts/${enc(id)}`;
export const contactPath = (id: string) => `/sales/contacts/${enc(id)}`;
export const leadPath = (id: string) => `/leads/${enc(id)}`;
export const opportunityPath = (id: string) => `/sales/opportunities/${enc(id)}`;
export const campaignPath = (id: string) => `/marketing/campaigns/${enc(id)}`;
/** A service case's page (its area's own casePath says the same; search hits come through here). */
export const serviceCasePath = (id: string) => `/service/cases/${enc(id)}`;
/** A segment's page (segmentation); here because mailings (marketing) link to segments too. */
export const segmentPath = (id: string) => `/segments/${enc(id)}`;
/** The contacts or accounts list showing a segment's current members (the lists read `?segment=`). */
export const listInSegmentPath = (list: 'contacts' | 'accounts', id: string) => `/sales/${list}?segment=${enc(id)}`;

/** The record page for an API type name (`account`, `Contact`, …); undefined for other kinds. */
export function recordPath(type: string, id: string): string | undefined {
  switch (type.trim().toLowerCase()) {
    case 'account':
      return accountPath(id);
    case 'contact':
      return contactPath(id);
    case 'lead':
      return leadPath(id);
    case 'opportunity':
      return opportunityPath(id);
    case 'campaign':
      return campaignPath(id);
    case 'case':
      return serviceCasePath(id);
    default:
      return undefined;
  }
}
