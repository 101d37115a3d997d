import type { ApiKeyRowFragment } from '@rapport/web-data-access';

export type ApiKeyStatus = 'active' | 'revoked' | 'expired';

export function apiKeyStatus(key: Pick<ApiKeyRowFragment, 'revokedAt' | 'expiresAt'>, now = Date.now()): ApiKeyStatus {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && Date.parse(key.expiresAt) <= now) return 'expired';
  return 'active';
}
