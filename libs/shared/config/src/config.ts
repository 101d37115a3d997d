import { availableParallelism } from 'node:os';

/**
 * The one place that reads `process.env`. Everything else receives an `AppConfig`,
 * which keeps configuration testable and makes every setting visible in one schema.
 */
export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  /** API_PROCESSES: how many API processes share the port (`auto`: one per core); more than one runs them as a cluster (apps/api/src/cluster.ts). */
  apiProcesses: number;
  /** DATABASE_POOL_SIZE: connections each process may hold (default 10); see docker-compose.yml for the sum. */
  databasePoolSize: number;
  databaseUrl: string;
  redisUrl: string | null;
  /** Start even when Redis may evict keys (and so drop jobs); off: such a Redis is refused at boot. */
  redisAllowEviction: boolean;
  sessionSecret: string;
  sessionTtlHours: number;
  publicOrigin: string;
  corsOrigins: string[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  webDistDir: string | null;
  graphqlMaxDepth: number;
  graphqlMaxComplexity: number;
  /** Schema introspection: on in development and test, off in production unless GRAPHQL_INTROSPECTION=true. */
  graphqlIntrospection: boolean;
  pageSizeMax: number;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  queuePrefix: string;
  outboxPollMs: number;
  /** How often the worker checks that every job scheduler exists (and recreates a missing one). */
  scheduleCheckMs: number;
  /** How often the worker's outbox reconciler looks for dispatched rows whose job the queue store lost (docs/adr/0009). */
  outboxReconcileMs: number;
  /** Rows dispatched more recently than this are not checked yet: their job is still on its way. */
  outboxReconcileGraceMs: number;
  /** Days a finished outbox row is kept before the nightly purge (failed rows: at least 30). */
  outboxRetainDays: number;
  /** SMTP server for outgoing mail (smtp:// or smtps://); null sends nothing and logs instead. */
  smtpUrl: string | null;
  mailFrom: string;
  /** The sender named in marketing mail and its postal address, which every marketing template must show (issue 15). */
  mailCompanyName: string;
  mailPostalAddress: string;
  /** Where people can read what the dev SMTP sink caught (printed by `npm start`); null in production. */
  mailInboxUrl: string | null;
  /** Mailings (docs/adr/0016): the domain of their Message-IDs and bounce addresses (default: MAIL_FROM's domain). */
  mailingDomain: string;
  /** Messages per second and parallel SMTP connections the worker uses for mailings, per relay. */
  mailingRatePerSecond: number;
  mailingConnections: number;
  /** A mailing pauses itself after this many failed sends in a row and tells its owner; 0 never. */
  mailingPauseAfterFailures: number;
  /** DKIM signing of outgoing mail (all three set, or none). */
  dkim: { domainName: string; keySelector: string; privateKey: string } | null;
  /** Web-to-lead: submissions accepted per client address per minute. */
  publicLeadRateLimit: number;
  /** Hours an uploaded lead import may wait to be started; then it is no longer listed and the nightly purge deletes it with its file. */
  leadImportUploadTtlHours: number;
  /** The letterhead on quotes. */
  companyName: string;
  companyAddress: string;
  /** Lets tests move the lead-SLA clock (never in production). */
  testClockEnabled: boolean;
  /** Bearer token that may read /api/metrics (Prometheus); null: signed-in admins only. */
  metricsToken: string | null;
  /** The SMTP receiver of bounces and replies (issue 15): its port (null: not started, INBOUND_SMTP_PORT=0) and interface. */
  inboundSmtpPort: number | null;
  inboundSmtpHost: string;
  /** The domain whose addresses (bounce+…@, replies) the receiver accepts; every other RCPT TO is refused. */
  inboundMailDomain: string;
  /** The service desk's address (issue 18): mail to it opens or continues cases; it is also the From of agents' replies. */
  supportMailAddress: string;
  /** Days after resolution within which a customer's new message reopens the case (else it opens a new case linked to it). */
  serviceReopenDays: number;
  /** Caps on a customer's mail attachments kept on a case (issue 18): bytes per file and per message. */
  caseAttachmentMaxFileBytes: number;
  caseAttachmentMaxMessageBytes: number;
  /** A real mailbox the worker polls for bounces and replies (issue 15), from IMAP_URL; null: not polled. */
  imap: ImapMailbox | null;
  /** The service desk's own mailbox (issue 18), from SUPPORT_IMAP_URL: every message in it is mail to SUPPORT_MAIL_ADDRESS; null: not polled. */
  supportImap: ImapMailbox | null;
  /** Seconds between two polls of each mailbox. */
  imapPollSeconds: number;
}

export interface ImapMailbox {
  host: string;
  port: number;
  /** imaps: TLS from the first byte; imap: plain, upgraded with STARTTLS. */
  secure: boolean;
  user: string;
  password: string;
  /** The mailbox (folder) polled, from the URL's path; INBOX when it has none. */
  mailbox: string;
}

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const DEV_SECRET = 'rapport-development-secret-change-me';

/** Parses and validates the environment; collects every problem before failing so one boot shows them all. */
export function parseConfig(env: Env): AppConfig {
  const problems: string[] = [];

  const str = (name: string, fallback?: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? fallback : value;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be a whole number between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
      return fallback;
    }
    return raw as T;
  };
  const url = (name: string, protocols: string[], required: boolean): string | null => {
    const raw = str(name);
    if (raw === undefined) {
      if (required) problems.push(`${name} is required (e.g. ${protocols[0]}//user:password@host:port/db)`);
      return null;
    }
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) problems.push(`${name} must start with ${protocols.join(' or ')}`);
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return raw;
  };

  const nodeEnv = oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const port = int('PORT', 3000, 1, 65535);
  const apiProcesses = str('API_PROCESSES') === 'auto' ? Math.min(64, availableParallelism()) : int('API_PROCESSES', 1, 1, 64);
  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:'], true) ?? '';
  const redisUrl = url('REDIS_URL', ['redis:', 'rediss:'], false);

  const sessionSecret = str('SESSION_SECRET', nodeEnv === 'production' ? undefined : DEV_SECRET) ?? '';
  if (nodeEnv === 'production' && (sessionSecret.length < 32 || sessionSecret === DEV_SECRET)) {
    problems.push('SESSION_SECRET must be set to a random string of at least 32 characters in production');
  }

  const publicOrigin = (str('PUBLIC_ORIGIN') ?? `http://localhost:${port}`).replace(/\/$/, '');
  const corsOrigins = (str('CORS_ORIGINS') ?? publicOrigin)
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean);

  // Sent as a bearer token, so header-safe; long enough not to be guessed.
  const metricsToken = str('METRICS_TOKEN') ?? null;
  if (metricsToken !== null && !/^[\x21-\x7e]{24,}$/.test(metricsToken)) problems.push('METRICS_TOKEN must be at least 24 printable ASCII characters without spaces');

  // 0 turns the receiver off rather than picking a random port nobody could be told about.
  const inboundSmtpPort = int('INBOUND_SMTP_PORT', 2525, 0, 65535) || null;
  // Bounces come back to the mailings' VERP addresses, so the receiver takes mail for the mailing domain unless told otherwise.
  const mailingDomain = (str('MAILING_DOMAIN') ?? domainOf(str('MAIL_FROM', 'Rapport <no-reply@rapport.local>') ?? '') ?? 'rapport.local').toLowerCase();
  const inboundMailDomain = (str('INBOUND_MAIL_DOMAIN', mailingDomain) ?? '').toLowerCase();
  if (!/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/.test(inboundMailDomain)) problems.push(`INBOUND_MAIL_DOMAIN must be a domain name like mail.example.com (got "${inboundMailDomain}")`);

  const imap = imapFrom('IMAP_URL', str('IMAP_URL'), problems);
  const supportImap = imapFrom('SUPPORT_IMAP_URL', str('SUPPORT_IMAP_URL'), problems);
  // One mailbox polled twice would hand the marketing bounces to the desk (which drops them) and the customers' mail to whichever poll came first.
  const mailboxKey = (b: ImapMailbox) => `${b.user.toLowerCase()}@${b.host.toLowerCase()}:${b.port}/${b.mailbox}`;
  if (imap && supportImap && mailboxKey(imap) === mailboxKey(supportImap)) problems.push('SUPPORT_IMAP_URL must be another mailbox than IMAP_URL');
  const supportMailAddress = (str('SUPPORT_MAIL_ADDRESS', `support@${inboundMailDomain}`) ?? '').toLowerCase();
  if (!/^[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(supportMailAddress)) problems.push(`SUPPORT_MAIL_ADDRESS must be a mail address like support@example.com (got "${supportMailAddress}")`);

  const config: AppConfig = {
    env: nodeEnv,
    port,
    apiProcesses,
    databasePoolSize: int('DATABASE_POOL_SIZE', 10, 1, 500),
    databaseUrl,
    redisUrl,
    redisAllowEviction: oneOf('REDIS_ALLOW_EVICTION', ['true', 'false'] as const, 'false') === 'true',
    sessionSecret,
    sessionTtlHours: int('SESSION_TTL_HOURS', 12, 1, 24 * 30),
    publicOrigin,
    corsOrigins,
    logLevel: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    webDistDir: str('WEB_DIST_DIR') ?? null,
    graphqlMaxDepth: int('GRAPHQL_MAX_DEPTH', 10, 2, 50),
    graphqlMaxComplexity: int('GRAPHQL_MAX_COMPLEXITY', 5000, 10, 1_000_000),
    graphqlIntrospection: oneOf('GRAPHQL_INTROSPECTION', ['true', 'false'] as const, nodeEnv === 'production' ? 'false' : 'true') === 'true',
    pageSizeMax: int('PAGE_SIZE_MAX', 100, 1, 1000),
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginWindowMinutes: int('LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
    queuePrefix: str('QUEUE_PREFIX', 'rapport') ?? 'rapport',
    outboxPollMs: int('OUTBOX_POLL_MS', 500, 10, 60_000),
    scheduleCheckMs: int('SCHEDULE_CHECK_MS', 30_000, 100, 3_600_000),
    outboxReconcileMs: int('OUTBOX_RECONCILE_MS', 10_000, 100, 3_600_000),
    outboxReconcileGraceMs: int('OUTBOX_RECONCILE_GRACE_MS', 30_000, 0, 86_400_000),
    outboxRetainDays: int('OUTBOX_RETAIN_DAYS', 7, 1, 3650),
    smtpUrl: url('SMTP_URL', ['smtp:', 'smtps:'], false),
    mailFrom: str('MAIL_FROM', 'Rapport <no-reply@rapport.local>') ?? '',
    mailCompanyName: str('MAIL_COMPANY_NAME', 'Rapport Demo Ltd.') ?? '',
    mailPostalAddress: str('MAIL_POSTAL_ADDRESS', '100 Century Avenue, Pudong, Shanghai 200120, China') ?? '',
    mailInboxUrl: str('MAIL_INBOX_URL') ?? null,
    mailingDomain,
    mailingRatePerSecond: int('MAILING_RATE_PER_SECOND', 200, 1, 100_000),
    mailingConnections: int('MAILING_SMTP_CONNECTIONS', 4, 1, 64),
    mailingPauseAfterFailures: int('MAILING_PAUSE_AFTER_FAILURES', 20, 0, 100_000),
    dkim: dkimFrom(str('DKIM_DOMAIN'), str('DKIM_SELECTOR'), str('DKIM_PRIVATE_KEY'), problems),
    publicLeadRateLimit: int('PUBLIC_LEAD_RATE_LIMIT', 30, 1, 1_000_000),
    leadImportUploadTtlHours: int('LEAD_IMPORT_UPLOAD_TTL_HOURS', 24, 1, 24 * 365),
    testClockEnabled: nodeEnv !== 'production' && str('TEST_CLOCK') === '1',
    metricsToken,
    inboundSmtpPort,
    inboundSmtpHost: str('INBOUND_SMTP_HOST', '127.0.0.1') ?? '127.0.0.1',
    inboundMailDomain,
    supportMailAddress,
    serviceReopenDays: int('SERVICE_REOPEN_DAYS', 7, 0, 365),
    caseAttachmentMaxFileBytes: int('CASE_ATTACHMENT_MAX_FILE_BYTES', 10 * 1024 * 1024, 1, 1024 * 1024 * 1024),
    caseAttachmentMaxMessageBytes: int('CASE_ATTACHMENT_MAX_MESSAGE_BYTES', 25 * 1024 * 1024, 1, 1024 * 1024 * 1024),
    imap,
    supportImap,
    imapPollSeconds: int('IMAP_POLL_SECONDS', 60, 5, 3600),
    companyName: str('COMPANY_NAME', 'Rapport Demo Co. · 瑞博示范有限公司') ?? '',
    companyAddress: str('COMPANY_ADDRESS', '88 Century Avenue, Pudong, Shanghai · 上海市浦东新区世纪大道88号') ?? '',
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The domain of an address like `Name <user@example.com>`. */
function domainOf(from: string): string | null {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1]?.toLowerCase() ?? null;
}

function dkimFrom(domainName: string | undefined, keySelector: string | undefined, key: string | undefined, problems: string[]): AppConfig['dkim'] {
  const given = [domainName, keySelector, key].filter((v) => v !== undefined).length;
  if (given === 0) return null;
  if (given < 3) {
    problems.push('DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY go together: set all three or none');
    return null;
  }
  // A PEM key in one environment line has its line breaks written as \n.
  const privateKey = key!.replace(/\\n/g, '\n');
  if (!privateKey.includes('PRIVATE KEY-----')) problems.push('DKIM_PRIVATE_KEY must be a PEM private key (BEGIN … PRIVATE KEY)');
  return { domainName: domainName!, keySelector: keySelector!, privateKey };
}

/** `imaps://user:password@host:993/Folder`: user and password percent-encoded (an `@` in the user is `%40`). */
function imapFrom(name: 'IMAP_URL' | 'SUPPORT_IMAP_URL', raw: string | undefined, problems: string[]): ImapMailbox | null {
  if (raw === undefined) return null;
  const example = `imaps://${name === 'IMAP_URL' ? 'bounces' : 'support'}%40example.com:password@imap.example.com:993/INBOX`;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    problems.push(`${name} is not a valid URL (e.g. ${example})`);
    return null;
  }
  const decode = (v: string) => {
    try {
      return decodeURIComponent(v);
    } catch {
      return null;
    }
  };
  const user = decode(u.username);
  const password = decode(u.password);
  const mailbox = decode(u.pathname.replace(/^\/+|\/+$/g, ''));
  const before = problems.length;
  if (u.protocol !== 'imap:' && u.protocol !== 'imaps:') problems.push(`${name} must start with imap: or imaps:`);
  if (!u.hostname) problems.push(`${name} must name the IMAP server (e.g. ${example})`);
  if (!user || !password) problems.push(`${name} must hold the mailbox's user and password, percent-encoded (e.g. ${example})`);
  if (mailbox === null) problems.push(`${name} has a mailbox name that is not valid percent-encoding`);
  if (problems.length > before) return null;
  const secure = u.protocol === 'imaps:';
  // URL keeps an IPv6 host in brackets; a socket wants it bare.
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  return { host, port: u.port ? Number(u.port) : secure ? 993 : 143, secure, user: user!, password: password!, mailbox: mailbox || 'INBOX' };
}

let cached: AppConfig | undefined;

/** Reads the process environment once; boot fails fast with every problem listed. */
export function loadConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Tests override single settings without touching the real environment. */
export function configFor(overrides: Env): AppConfig {
  return parseConfig({ ...process.env, ...overrides });
}
