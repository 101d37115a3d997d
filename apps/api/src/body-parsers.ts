import type { INestApplication } from '@nestjs/common';
import express from 'express';
import { PUBLIC_LEAD_MAX_BODY_BYTES } from '@rapport/leads-api';
import { PAGE_VIEW_MAX_BODY_BYTES } from '@rapport/marketing-domain';

/** Default caps: integrators get a 413 problem+json, not an out-of-memory. */
const DEFAULT_JSON_LIMIT = '1mb';
const DEFAULT_FORM_LIMIT = '256kb';

/**
 * Routes whose bodies are small by nature get a smaller cap. The cap is enforced by the parser on
 * the bytes as they stream in (raw-body counts them), so neither a missing `Content-Length`
 * (chunked transfer) nor a false one gets a bigger body through; a check of the header alone in a
 * controller would, and would run only after the whole body had been buffered anyway.
 */
export const BODY_LIMITS: readonly { route: string; bytes: number }[] = [
  { route: '/api/public/leads', bytes: PUBLIC_LEAD_MAX_BODY_BYTES },
  // An event registration is a form like a lead (and its self-service answers are smaller still).
  { route: '/api/public/events', bytes: PUBLIC_LEAD_MAX_BODY_BYTES },
  { route: '/api/public/registrations', bytes: PUBLIC_LEAD_MAX_BODY_BYTES },
  { route: '/api/public/page-views', bytes: PAGE_VIEW_MAX_BODY_BYTES },
  // The one route whose bodies are bigger by nature: up to 10,000 orders with their lines.
  { route: '/api/v1/orders/bulk', bytes: 32 * 1024 * 1024 },
];

/**
 * Mounts the JSON and form parsers. The per-route parsers come first and are mounted with
 * `app.use(route, …)`, which matches paths exactly as Express routing does (case-insensitive,
 * trailing slash, sub-paths), so no spelling of the URL reaches the controller with the default
 * cap. A body read once is not read again: body-parser skips a request whose stream has finished.
 * JSON is parsed strictly (objects and arrays only); DTO validation then requires an object.
 */
export function useBodyParsers(app: INestApplication): void {
  for (const { route, bytes } of BODY_LIMITS) {
    app.use(route, express.json({ limit: bytes }), express.urlencoded({ extended: false, limit: bytes }));
  }
  app.use(express.json({ limit: DEFAULT_JSON_LIMIT }));
  app.use(express.urlencoded({ extended: false, limit: DEFAULT_FORM_LIMIT }));
}
