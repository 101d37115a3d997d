/** Where the customer portal's pages are (issue 19 item 4); the mailed links open the three link pages. */
export const PORTAL_PATHS = {
  home: '/portal',
  signIn: '/portal/sign-in',
  signUp: '/portal/sign-up',
  newCase: '/portal/new',
  help: '/portal/help',
} as const;

export const portalCasePath = (id: string) => `/portal/cases/${encodeURIComponent(id)}`;
export const portalArticlePath = (id: string) => `/portal/help/${encodeURIComponent(id)}`;
