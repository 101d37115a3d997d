import type { NextFunction, Request, RequestHandler, Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';

/** Files the web build precompresses (tools: the `precompress` plugin in apps/web/vite.config.ts). */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
export type Encoding = (typeof ENCODINGS)[number]['name'];

/** Hashed file names: a new build writes new names, so a copy can be kept for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Unhashed files at the root (favicon): short-lived, they may change with a deploy. */
const SHORT_LIVED = 'public, max-age=3600';
/** The page names the hashed files of the current build; the browser checks it every time (304 when unchanged). */
const REVALIDATE = 'no-cache';

/** Paths the API answers itself; the SPA fallback never shadows them. */
const API_PREFIXES = ['/api', '/graphql', '/admin/queues'];

/**
 * The coding to send for an `Accept-Encoding` header among those precompressed for the file:
 * the highest q-value wins, brotli before gzip on a tie (smaller), none when the client accepts
 * neither. `*` covers codings not named; `q=0` refuses one.
 */
export function chooseEncoding(header: string | undefined, available: readonly Encoding[]): Encoding | null {
  if (!header || available.length === 0) return null;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  let best: Encoding | null = null;
  let bestQ = 0;
  // `available` is in preference order (brotli first), so a tie keeps the earlier one.
  for (const encoding of available) {
    const value = q.get(encoding) ?? q.get('*') ?? 0;
    if (value > bestQ) {
      best = encoding;
      bestQ = value;
    }
  }
  return best;
}

interface Found {
  file: string;
  encoding: Encoding | null;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The file under `dir` for a URL path, or null for anything that could leave it or name a dotfile. */
function resolveInside(dir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split('/').some((segment) => segment.startsWith('.'))) return null;
  const file = path.resolve(dir, `.${path.posix.normalize(decoded)}`);
  return file.startsWith(dir + path.sep) ? file : null;
}

/** The precompressed variant the client accepts, if the build wrote one; else the file itself. */
function pickVariant(file: string, acceptEncoding: string | undefined): Found {
  const available = ENCODINGS.filter((e) => isFile(file + e.suffix)).map((e) => e.name);
  const encoding = chooseEncoding(acceptEncoding, available);
  if (!encoding) return { file, encoding: null };
  return { file: file + ENCODINGS.find((e) => e.name === encoding)!.suffix, encoding };
}

function send(req: Request, res: Response, next: NextFunction, original: string, cacheControl: string): void {
  const { file, encoding } = pickVariant(original, req.headers['accept-encoding']);
  // Content-Type of the original (res.type before sendFile: `send` keeps a type already set).
  res.type(path.extname(original));
  res.setHeader('Cache-Control', cacheControl);
  // Every file here may have compressed variants: caches must key on the coding asked for.
  res.setHeader('Vary', 'Accept-Encoding');
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.sendFile(file, { cacheControl: false, dotfiles: 'deny' }, (err?: Error & { status?: number }) => {
    if (err && !res.headersSent) next(err);
  });
}

/**
 * Serves the built SPA from `dir` on the API's origin: each file in the precompressed coding the
 * browser accepts (brotli, else gzip), hashed assets cached for a year, everything else
 * revalidated, and index.html for client-side routes. A missing file under /assets/ is a 404 —
 * answering it with index.html would hand a script tag an HTML page (and cache it as the asset).
 */
export function spaStatic(dir: string): RequestHandler {
  const root = path.resolve(dir);
  const index = path.join(root, 'index.html');
  if (!isFile(index)) throw new Error(`WEB_DIST_DIR ${dir} has no index.html; build the web app first.`);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PREFIXES.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`))) return next();
    const isAsset = req.path.startsWith('/assets/');
    const file = req.path === '/' ? null : resolveInside(root, req.path);
    if (file && file !== index && isFile(file)) return send(req, res, next, file, isAsset ? IMMUTABLE : SHORT_LIVED);
    if (isAsset) {
      res.status(404).setHeader('Cache-Control', REVALIDATE);
      res.type('text/plain').send('Not found');
      return;
    }
    send(req, res, next, index, REVALIDATE);
  };
}
