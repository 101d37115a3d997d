import { linkSigner, newLinkNonce } from '../links/signed-link';

/** The customer's survey link (issue 19 item 5): the survey's id and its nonce (links/signed-link.ts), with a key of its own. */
const signer = linkSigner('csat-survey');

export const newSurveyNonce = newLinkNonce;

export const signSurveyToken = (surveyId: string, nonce: string, secret: string) => signer.sign(surveyId, nonce, secret);

export function verifySurveyToken(token: unknown, secret: string): { surveyId: string; nonce: string } | null {
  const v = signer.verify(token, secret);
  return v ? { surveyId: v.id, nonce: v.nonce } : null;
}
