// Where the mailing screens live (routes.tsx mounts them).
const enc = encodeURIComponent;

export const MAILINGS_PATH = '/marketing/mailings';
export const NEW_MAILING_PATH = '/marketing/mailings/new';
export const mailingPath = (id: string) => `${MAILINGS_PATH}/${enc(id)}`;
/** The wizard on a saved draft: the same page as a new mailing, the draft's id in the address. */
export const draftPath = (id: string) => `${NEW_MAILING_PATH}?draft=${enc(id)}`;
/** Under Admin: the policy is the company's, not marketing's (its API grant is `contactPolicy`). */
export const CONTACT_POLICY_PATH = '/admin/contact-policy';
/** The templates screens (issue 15, their own part): a mailing's page links to the template it sends. */
export const templatePath = (id: string) => `/marketing/templates/${enc(id)}`;
