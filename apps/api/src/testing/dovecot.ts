import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { freePort } from './queue-store';

const DOVECOT = '/usr/sbin/dovecot';
const USER = 'rapport';

/** Who Dovecot's processes run as: the current user, or (when that is root) the users the Debian package made. */
function accounts(): { internal: string; internalGroup: string; login: string; mailUid: string; mailGid: string } {
  if (process.getuid?.() !== 0) {
    const me = os.userInfo();
    const group = execFileSync('id', ['-gn'], { encoding: 'utf8' }).trim();
    return { internal: me.username, internalGroup: group, login: me.username, mailUid: String(me.uid), mailGid: String(me.gid) };
  }
  // Dovecot refuses to run its login process or to open a mailbox as root.
  return { internal: 'dovecot', internalGroup: 'dovecot', login: 'dovenull', mailUid: 'dovecot', mailGid: 'dovecot' };
}

/** The whole configuration: nothing from /etc/dovecot is read (`-c`), everything lives under `dir`. */
export function dovecotConfig(dir: string, port: number): string {
  const a = accounts();
  return `# Written by apps/api/src/testing/dovecot.ts for one test run.
protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = ${a.internal}
default_internal_group = ${a.internalGroup}
default_login_user = ${a.login}
first_valid_uid = 1
mail_location = maildir:${dir}/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${a.mailUid} gid=${a.mailGid} home=${dir}/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
  # No growing delay after a wrong password: a test tries one on purpose, then logs in rightly.
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
`;
}

/** Resolves once the server greets as ready (its auth process is up), or rejects. */
function greeting(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    const done = (err?: Error) => {
      socket.destroy();
      if (err) reject(err);
      else resolve();
    };
    socket.setTimeout(2000, () => done(new Error('no greeting')));
    socket.on('data', (chunk) => {
      text += chunk;
      if (/ ready\./.test(text)) done();
    });
    socket.on('error', done);
  });
}

/**
 * A real IMAP server for a test (Debian's dovecot-imapd, which tools/test.mjs installs): started
 * unprivileged on a free port of 127.0.0.1 with a generated configuration in a temporary directory
 * (plain-text login, no TLS, one user with a maildir), stopped with its files by `stop()`.
 */
export class DedicatedDovecot {
  readonly host = '127.0.0.1';
  readonly user = USER;

  private constructor(
    private readonly proc: ChildProcess,
    private readonly dir: string,
    readonly port: number,
    private pw: string,
  ) {}

  get password(): string {
    return this.pw;
  }

  /** Changes the user's password on the server: Dovecot rereads its passwd-file when it changed, looking at most once a second. */
  async setPassword(password: string): Promise<void> {
    this.pw = password;
    const file = path.join(this.dir, 'passwd');
    fs.writeFileSync(file, `${USER}:{PLAIN}${password}::::::\n`);
    // Seconds-resolution mtimes: make sure the change is seen even within the same second.
    const later = new Date(Date.now() + 2000);
    fs.utimesSync(file, later, later);
    await new Promise((r) => setTimeout(r, 1100));
  }

  static async start(): Promise<DedicatedDovecot> {
    if (!fs.existsSync(DOVECOT)) throw new Error(`${DOVECOT} is missing: apt-get install dovecot-imapd (npm test installs it)`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-dovecot-'));
    // The login and mail processes run as other users when the test runs as root; they must reach in.
    fs.chmodSync(dir, 0o755);
    for (const sub of ['run', 'state', 'mail']) fs.mkdirSync(path.join(dir, sub));
    if (process.getuid?.() === 0) execFileSync('chown', ['dovecot:dovecot', path.join(dir, 'mail')]);
    const password = `pw-${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(path.join(dir, 'passwd'), `${USER}:{PLAIN}${password}::::::\n`, { mode: 0o644 });
    const port = await freePort();
    const conf = path.join(dir, 'dovecot.conf');
    fs.writeFileSync(conf, dovecotConfig(dir, port));
    const proc = spawn(DOVECOT, ['-F', '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout?.on('data', (c) => (out += c));
    proc.stderr?.on('data', (c) => (out += c));
    const server = new DedicatedDovecot(proc, dir, port, password);
    const until = Date.now() + 15_000;
    for (;;) {
      if (proc.exitCode !== null) break;
      try {
        await greeting(port);
        return server;
      } catch {
        if (Date.now() > until) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const log = `${out}\n${server.log()}`.trim().slice(-2000);
    await server.stop();
    throw new Error(`dovecot did not start on port ${port}:\n${log}`);
  }

  /** IMAP_URL for this server's user (another password to see a login refused). */
  url(mailbox = 'INBOX', password = this.password): string {
    return `imap://${encodeURIComponent(this.user)}:${encodeURIComponent(password)}@${this.host}:${this.port}/${encodeURIComponent(mailbox)}`;
  }

  /** A logged-in client of the test's own (APPEND, flags); the caller logs it out. */
  async client(): Promise<ImapFlow> {
    const client = new ImapFlow({ host: this.host, port: this.port, secure: false, doSTARTTLS: false, auth: { user: this.user, pass: this.password }, logger: false, disableAutoIdle: true });
    client.on('error', () => undefined);
    await client.connect();
    return client;
  }

  /** Dovecot's own log, for a failing test's message. */
  log(): string {
    try {
      return fs.readFileSync(path.join(this.dir, 'dovecot.log'), 'utf8');
    } catch {
      return '';
    }
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      const exited = new Promise((r) => this.proc.once('exit', r));
      this.proc.kill('SIGTERM');
      const timer = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
