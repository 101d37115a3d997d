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

  it('reads the IMAP mailbox to poll from IMAP_URL; absent or empty turns polling off', () => {
    expect(parseConfig(base)).toMatchObject({ imap: null, imapPollSeconds: 60 });
    expect(parseConfig({ ...base, IMAP_URL: '' }).imap).toBeNull();
    expect(parseConfig({ ...base, IMAP_URL: 'imaps://bounces%40example.com:s%3Acret@imap.example.com:993/INBOX' }).imap).toEqual({
      host: 'imap.example.com',
      port: 993,
      secure: true,
      user: 'bounces@example.com',
      password: 's:cret',
      mailbox: 'INBOX',
    });
    expect(parseConfig({ ...base, IMAP_URL: 'imap://u:p@127.0.0.1', IMAP_POLL_SECONDS: '5' })).toMatchObject({ imap: { host: '127.0.0.1', port: 143, secure: false, mailbox: 'INBOX' }, imapPollSeconds: 5 });
    expect(parseConfig({ ...base, IMAP_URL: 'imaps://u:p@mail.example.com/Bounces%20%E6%94%B6' }).imap).toMatchObject({ port: 993, mailbox: 'Bounces 收' });
  });

  it('says what is wrong with an IMAP_URL or IMAP_POLL_SECONDS', () => {
    const problems = (env: Record<string, string>) => {
      try {
        parseConfig({ ...base, ...env });
        return [];
      } catch (err) {
        return (err as ConfigError).problems;
      }
    };
    expect(problems({ IMAP_URL: 'pop3://u:p@mail.example.com' })).toEqual(['IMAP_URL must start with imap: or imaps:']);
    expect(problems({ IMAP_URL: 'imaps://mail.example.com/INBOX' })).toEqual([expect.stringContaining("IMAP_URL must hold the mailbox's user and password")]);
    expect(problems({ IMAP_URL: 'imaps://u@mail.example.com' })).toEqual([expect.stringContaining("IMAP_URL must hold the mailbox's user and password")]);
    expect(problems({ IMAP_URL: 'imap:INBOX' })).toEqual([expect.stringContaining('IMAP_URL must name the IMAP server'), expect.stringContaining("IMAP_URL must hold the mailbox's user and password")]);
    expect(problems({ IMAP_URL: 'imaps://u:p@mail.example.com/%E0%A4%A' })).toEqual(['IMAP_URL has a mailbox name that is not valid percent-encoding']);
    expect(problems({ IMAP_URL: 'not a url' })).toEqual([expect.stringContaining('IMAP_URL is not a valid URL')]);
    expect(problems({ IMAP_POLL_SECONDS: '1' })).toEqual(['IMAP_POLL_SECONDS must be a whole number between 5 and 3600 (got "1")']);
  });

  it('reads the service desk mailbox from SUPPORT_IMAP_URL, checked as IMAP_URL is, and never the same mailbox', () => {
    expect(parseConfig(base).supportImap).toBeNull();
    expect(parseConfig({ ...base, SUPPORT_IMAP_URL: 'imaps://support%40example.com:s%3Acret@imap.example.com/Support' }).supportImap).toEqual({
      host: 'imap.example.com',
      port: 993,
      secure: true,
      user: 'support@example.com',
      password: 's:cret',
      mailbox: 'Support',
    });
    const problems = (env: Record<string, string>) => {
      try {
        parseConfig({ ...base, ...env });
        return [];
      } catch (err) {
        return (err as ConfigError).problems;
      }
    };
    expect(problems({ SUPPORT_IMAP_URL: 'pop3://u:p@mail.example.com' })).toEqual(['SUPPORT_IMAP_URL must start with imap: or imaps:']);
    expect(problems({ SUPPORT_IMAP_URL: 'imaps://mail.example.com/INBOX' })).toEqual([expect.stringContaining("SUPPORT_IMAP_URL must hold the mailbox's user and password, percent-encoded (e.g. imaps://support%40")]);
    expect(problems({ IMAP_URL: 'imaps://u:p@Mail.example.com/INBOX', SUPPORT_IMAP_URL: 'imaps://U:other@mail.example.com:993' })).toEqual(['SUPPORT_IMAP_URL must be another mailbox than IMAP_URL']);
    expect(problems({ IMAP_URL: 'imaps://u:p@mail.example.com/INBOX', SUPPORT_IMAP_URL: 'imaps://u:p@mail.example.com/Support' })).toEqual([]);
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
