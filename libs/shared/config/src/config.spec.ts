import { ConfigError, parseConfig } from './config';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db' };

describe('parseConfig', () => {
  it('applies defaults for a development machine', () => {
    const c = parseConfig(base);
    expect(c.port).toBe(3000);
    expect(c.redisUrl).toBeNull();
    expect(c.publicOrigin).toBe('http://localhost:3000');
    expect(c.corsOrigins).toEqual(['http://localhost:3000']);
  });

  it('lists every problem at once in readable form', () => {
    try {
      parseConfig({ PORT: 'abc', REDIS_URL: 'http://x', NODE_ENV: 'staging' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringContaining('PORT must be a whole number'),
          expect.stringContaining('DATABASE_URL is required'),
          expect.stringContaining('REDIS_URL must start with redis:'),
          expect.stringContaining('NODE_ENV must be one of'),
        ]),
      );
    }
  });

  it('refuses an evicting Redis unless REDIS_ALLOW_EVICTION says true', () => {
    expect(parseConfig(base).redisAllowEviction).toBe(false);
    expect(parseConfig({ ...base, REDIS_ALLOW_EVICTION: 'true' }).redisAllowEviction).toBe(true);
    expect(() => parseConfig({ ...base, REDIS_ALLOW_EVICTION: 'yes' })).toThrow(/REDIS_ALLOW_EVICTION must be one of true, false/);
  });

  it('reads the outbox reconciler and retention settings, with defaults', () => {
    expect(parseConfig(base)).toMatchObject({ outboxReconcileMs: 10_000, outboxReconcileGraceMs: 30_000, outboxRetainDays: 7 });
    expect(parseConfig({ ...base, OUTBOX_RECONCILE_MS: '500', OUTBOX_RECONCILE_GRACE_MS: '0', OUTBOX_RETAIN_DAYS: '30' })).toMatchObject({
      outboxReconcileMs: 500,
      outboxReconcileGraceMs: 0,
      outboxRetainDays: 30,
    });
    expect(() => parseConfig({ ...base, OUTBOX_RETAIN_DAYS: '0' })).toThrow(/OUTBOX_RETAIN_DAYS must be a whole number between 1 and 3650/);
  });

  it('reads how long an uploaded lead import may wait to be started', () => {
    expect(parseConfig(base).leadImportUploadTtlHours).toBe(24);
    expect(parseConfig({ ...base, LEAD_IMPORT_UPLOAD_TTL_HOURS: '72' }).leadImportUploadTtlHours).toBe(72);
    expect(() => parseConfig({ ...base, LEAD_IMPORT_UPLOAD_TTL_HOURS: '0' })).toThrow(/LEAD_IMPORT_UPLOAD_TTL_HOURS must be a whole number between 1 and 8760/);
  });

  it('reads the inbound SMTP receiver settings; port 0 turns it off', () => {
    expect(parseConfig(base)).toMatchObject({ inboundSmtpPort: 2525, inboundSmtpHost: '127.0.0.1', inboundMailDomain: 'rapport.local' });
    expect(parseConfig({ ...base, INBOUND_SMTP_PORT: '0' }).inboundSmtpPort).toBeNull();
    expect(parseConfig({ ...base, INBOUND_SMTP_PORT: '25', INBOUND_SMTP_HOST: '0.0.0.0', INBOUND_MAIL_DOMAIN: 'Bounces.Example.COM' })).toMatchObject({
      inboundSmtpPort: 25,
      inboundSmtpHost: '0.0.0.0',
      inboundMailDomain: 'bounces.example.com',
    });
    expect(() => parseConfig({ ...base, INBOUND_SMTP_PORT: '70000' })).toThrow(/INBOUND_SMTP_PORT must be a whole number between 0 and 65535/);
    expect(() => parseConfig({ ...base, INBOUND_MAIL_DOMAIN: 'bounce@example.com' })).toThrow(/INBOUND_MAIL_DOMAIN must be a domain name/);
  });

  it('refuses the development secret in production', () => {
    expect(() => parseConfig({ ...base, NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(parseConfig({ ...base, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }).env).toBe('production');
  });

  it('takes an optional metrics token that is safe in a header and hard to guess', () => {
    expect(parseConfig(base).metricsToken).toBeNull();
    expect(parseConfig({ ...base, METRICS_TOKEN: 'm'.repeat(32) }).metricsToken).toBe('m'.repeat(32));
    expect(() => parseConfig({ ...base, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => parseConfig({ ...base, METRICS_TOKEN: `${'m'.repeat(20)} ${'m'.repeat(20)}` })).toThrow(/METRICS_TOKEN/);
  });

  it('turns GraphQL introspection off in production unless GRAPHQL_INTROSPECTION=true', () => {
    const production = { ...base, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) };
    expect([parseConfig(base).graphqlIntrospection, parseConfig(production).graphqlIntrospection]).toEqual([true, false]);
    expect(parseConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' }).graphqlIntrospection).toBe(true);
    expect(parseConfig({ ...base, GRAPHQL_INTROSPECTION: 'false' }).graphqlIntrospection).toBe(false);
    expect(() => parseConfig({ ...base, GRAPHQL_INTROSPECTION: 'yes' })).toThrow(/GRAPHQL_INTROSPECTION/);
  });

  it('derives CORS origins from the public origin unless given', () => {
    expect(parseConfig({ ...base, PORT: '8080' }).corsOrigins).toEqual(['http://localhost:8080']);
    expect(parseConfig({ ...base, CORS_ORIGINS: 'https://a.example, https://b.example/' }).corsOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});
