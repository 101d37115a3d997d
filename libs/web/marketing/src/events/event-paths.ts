// Where the event screens live (routes.tsx mounts them).
const enc = encodeURIComponent;

export const EVENTS_PATH = '/marketing/events';
export const eventPath = (id: string) => `${EVENTS_PATH}/${enc(id)}`;
/** The door's screen: made for a phone in a hand. */
export const checkInPath = (id: string) => `${EVENTS_PATH}/${enc(id)}/check-in`;
