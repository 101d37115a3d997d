// Where the nurture screens live (routes.tsx mounts them).
const enc = encodeURIComponent;

export const NURTURES_PATH = '/marketing/nurtures';
export const NEW_NURTURE_PATH = '/marketing/nurtures/new';
export const nurturePath = (id: string) => `${NURTURES_PATH}/${enc(id)}`;
/** A send step's messages are a mailing of kind nurture: its page is the step's report. */
export const stepMailingPath = (id: string) => `/marketing/mailings/${enc(id)}`;
