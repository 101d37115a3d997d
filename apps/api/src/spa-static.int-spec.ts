/**
 * How the API serves the built SPA (spa-static.ts) and compresses its own answers: the
 * precompressed file matching Accept-Encoding, caching by kind of file, 404 for missing assets,
 * index.html for client-side routes, and API paths never shadowed. The dist folder here is a small
 * fake written by the test (the build's own output is checked in the browser by
 * apps/web-e2e/src/first-load.e2e.ts).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Role } from '@rapport/shared-domain';
import { TEST_PASSWORD } from '@rapport/shared-testing';
import { chooseEncoding } from './spa-static';
import { useTestApi } from './testing/test-api';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-spa-'));
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/app-3f2a1b9c.js"></script></head><body><div id="root"></div></body></html>\n'.repeat(4);
const SCRIPT = Array.from({ length: 200 }, (_, i) => `export const value${i} = "compressible line ${i}";`).join('\n');
const STYLE = 'body { margin: 0 }\n';
const ICON = '<svg xmlns="http://www.w3.org/2000/svg"/>';

/** What the build writes: each file, and brotli/gzip twins where the build made them. */
function write(rel: string, content: string, variants: boolean): void {
  const file = path.join(dist, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  if (!variants) return;
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(content));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content));
}
write('index.html', INDEX, true);
write('assets/app-3f2a1b9c.js', SCRIPT, true);
write('assets/plain-9c8d7e6f.css', STYLE, false);
write('favicon.svg', ICON, false);
write('.build-stamp', '12345', false);

const api = useTestApi({ WEB_DIST_DIR: dist });
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Plain node:http, so the test sees the bytes as sent (no client decoding them on the way). */
async function request(method: string, urlPath: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  const server = api.app.getHttpServer() as http.Server;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const get = (urlPath: string, headers: Record<string, string> = {}) => request('GET', urlPath, headers);

/** What Chromium sends. */
const CHROMIUM = { 'accept-encoding': 'gzip, deflate, br, zstd' };
const SCRIPT_PATH = '/assets/app-3f2a1b9c.js';
const YEAR = 'public, max-age=31536000, immutable';

describe('serving the built SPA', () => {
  it('sends a hashed script brotli-compressed to Chromium, typed as JavaScript and cacheable for a year', async () => {
    const res = await get(SCRIPT_PATH, CHROMIUM);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe(YEAR);
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(fs.statSync(path.join(dist, `${SCRIPT_PATH}.br`)).size);
    expect(res.body.length).toBeLessThan(SCRIPT.length / 4);
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
  });

  it('falls back to gzip, honours q-values, and sends the file as it is to a client that accepts neither', async () => {
    const gzip = await get(SCRIPT_PATH, { 'accept-encoding': 'gzip, deflate' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(SCRIPT);

    const preferGzip = await get(SCRIPT_PATH, { 'accept-encoding': 'br;q=0.5, gzip' });
    expect(preferGzip.headers['content-encoding']).toBe('gzip');

    const refused = await get(SCRIPT_PATH, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();

    const plain = await get(SCRIPT_PATH);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    // Still varies: a shared cache must not hand this plain copy to a browser that asked for brotli.
    expect(plain.headers['vary']).toBe('Accept-Encoding');
    expect(plain.headers['cache-control']).toBe(YEAR);
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('sends a file the build did not compress as it is, with its own type', async () => {
    const res = await get('/assets/plain-9c8d7e6f.css', CHROMIUM);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(res.headers['cache-control']).toBe(YEAR);
    expect(res.body.toString()).toBe(STYLE);

    const icon = await get('/favicon.svg', CHROMIUM);
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    // Not hashed: may change with a deploy, so not kept for a year.
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('answers HEAD with the headers of the compressed file and no body', async () => {
    const res = await request('HEAD', SCRIPT_PATH, CHROMIUM);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.length).toBe(0);
  });

  it('answers a missing or out-of-bounds asset with a 404, never with index.html', async () => {
    for (const missing of ['/assets/app-00000000.js', '/assets/%2e%2e/index.html', '/assets/..%2f..%2fpackage.json', '/assets/']) {
      const res = await get(missing, CHROMIUM);
      expect({ missing, status: res.status, type: res.headers['content-type'] }).toEqual({ missing, status: 404, type: 'text/plain; charset=utf-8' });
      expect(res.body.toString()).not.toContain('<html');
    }
  });

  it('answers client-side routes and the root with index.html, compressed and revalidated each time', async () => {
    for (const route of ['/', '/sales/accounts/0190a1b2-0000-7000-8000-000000000001', '/admin/users', '/index.html', '/.build-stamp']) {
      const res = await get(route, CHROMIUM);
      expect({ route, status: res.status, type: res.headers['content-type'], cache: res.headers['cache-control'] }).toEqual({
        route,
        status: 200,
        type: 'text/html; charset=utf-8',
        cache: 'no-cache',
      });
      expect(res.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(res.body).toString()).toBe(INDEX);
    }
    // Revalidation is cheap: the same page answers 304 without a body.
    const first = await get('/', CHROMIUM);
    const again = await get('/', { ...CHROMIUM, 'if-none-match': String(first.headers['etag']) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('leaves the API paths to the API', async () => {
    const health = await get('/api/health', CHROMIUM);
    expect(health.status).toBe(200);
    expect(health.headers['content-type']).toMatch(/^application\/json/);
    const unknown = await get('/api/v1/no-such-thing', CHROMIUM);
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('compressed API answers', () => {
  const introspection = JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' });
  const json = { 'content-type': 'application/json' };

  it('compresses a large GraphQL answer with the coding the client prefers', async () => {
    const br = await request('POST', '/graphql', { ...json, ...CHROMIUM }, introspection);
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    const text = zlib.brotliDecompressSync(br.body).toString();
    expect(JSON.parse(text).data.__schema.types.length).toBeGreaterThan(50);
    expect(br.body.length).toBeLessThan(text.length / 4);

    const gzip = await request('POST', '/graphql', { ...json, 'accept-encoding': 'gzip' }, introspection);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(text);

    const plain = await request('POST', '/graphql', json, introspection);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(text);
  });

  it('still streams a CSV export, compressed, to the same rows as the plain one', async () => {
    const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
    for (let i = 0; i < 30; i++) {
      await admin.gqlOk(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id } } }`, { i: { name: `Streamed account ${i}`, industry: 'Retail' } });
    }
    const login = await request('POST', '/graphql', json, JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { user { id } } }',
      variables: { input: { email: (await api.ctx.newUser({ role: Role.Admin })).email, password: TEST_PASSWORD } },
    }));
    const cookie = (login.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    expect(cookie).not.toBe('');
    const plain = await get('/api/v1/export/accounts.csv', { cookie });
    const br = await get('/api/v1/export/accounts.csv', { cookie, ...CHROMIUM });
    expect(plain.status).toBe(200);
    expect(br.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(br.headers['content-encoding']).toBe('br');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const text = zlib.brotliDecompressSync(br.body).toString();
    expect(text).toBe(plain.body.toString());
    expect(text.split('\n').filter((line) => line.includes('Streamed account'))).toHaveLength(30);
  });

  it('leaves answers under 1 KB as they are', async () => {
    const small = await request('POST', '/graphql', { ...json, ...CHROMIUM }, JSON.stringify({ query: '{ __typename }' }));
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', ['br', 'gzip'], 'br'],
    ['gzip, deflate, br, zstd', ['gzip'], 'gzip'],
    ['br;q=0.5, gzip', ['br', 'gzip'], 'gzip'],
    ['BR', ['br', 'gzip'], 'br'],
    ['*', ['br', 'gzip'], 'br'],
    ['*;q=0.1, gzip;q=0', ['br', 'gzip'], 'br'],
    ['identity', ['br', 'gzip'], null],
    ['br;q=0, gzip;q=0', ['br', 'gzip'], null],
    ['', ['br', 'gzip'], null],
    [undefined, ['br', 'gzip'], null],
    ['gzip, br', [], null],
  ] as const)('%p with %p precompressed → %p', (header, available, expected) => {
    expect(chooseEncoding(header, available)).toBe(expected);
  });
});
