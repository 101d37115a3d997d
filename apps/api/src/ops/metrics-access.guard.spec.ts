import { Role } from '@rapport/shared-domain';
import { metricsAccess } from './metrics-access.guard';

const TOKEN = 'a-long-enough-metrics-token-000000';

describe('metricsAccess', () => {
  it('lets the configured token in, and nothing else that is presented as a bearer', () => {
    expect(metricsAccess(TOKEN, `Bearer ${TOKEN}`, undefined)).toBe('allowed');
    expect(metricsAccess(TOKEN, `Bearer ${TOKEN.slice(1)}`, undefined)).toBe('unauthenticated');
    expect(metricsAccess(TOKEN, 'Bearer ', undefined)).toBe('unauthenticated');
    // A wrong token is refused even beside an admin session: the scraper is misconfigured.
    expect(metricsAccess(TOKEN, 'Bearer wrong', Role.Admin)).toBe('unauthenticated');
    // Without a configured token, no bearer opens the door.
    expect(metricsAccess(null, 'Bearer anything', undefined)).toBe('unauthenticated');
  });

  it('lets signed-in admins in, refuses other roles and anonymous callers', () => {
    expect(metricsAccess(null, undefined, Role.Admin)).toBe('allowed');
    expect(metricsAccess(TOKEN, undefined, Role.Admin)).toBe('allowed');
    expect(metricsAccess(TOKEN, undefined, Role.SalesManager)).toBe('forbidden');
    expect(metricsAccess(TOKEN, undefined, undefined)).toBe('unauthenticated');
  });
});
