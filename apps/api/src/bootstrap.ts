import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Queue } from 'bullmq';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { inputHygieneMiddleware, problemDetailsMiddleware } from '@rapport/shared-api';
import { Role } from '@rapport/shared-domain';
import { AuthService, SESSION_COOKIE } from '@rapport/shared-auth';
import { QUEUES } from '@rapport/shared-queue';
import { AppModule } from './app.module';
import { useBodyParsers } from './body-parsers';
import { mountOpenApi } from './openapi';
import { createLogger, PinoNestLogger, requestLogging } from './ops/logger';
import { observeRequest } from './ops/metrics';
import { spaStatic } from './spa-static';

/** Builds the HTTP app (GraphQL, REST, OpenAPI, Bull Board, SPA) without listening, so tests can boot it too. */
export async function createApiApp(): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false });
  const config = app.get<AppConfig>(APP_CONFIG);
  const logger = createLogger(config.logLevel);
  app.useLogger(new PinoNestLogger(logger));
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');

  app.use(requestLogging(logger, observeRequest));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Ant Design injects its CSS-in-JS styles at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.enableCors({ origin: config.corsOrigins, credentials: true });
  // API answers (GraphQL and REST JSON, CSV exports) compressed on the fly above 4 KB: a list page
  // is ~20 KB of JSON, a few KB compressed. Below that it does not pay: a search answer of 1.6 KB
  // saves a packet, and streaming it through zlib's thread cost ~0.6 ms of the API's CPU, a sixth of
  // the request (tools/profile-api.mjs). Streamed exports stay streamed (compression flushes as zlib
  // fills). Only these prefixes: the SPA's files come precompressed, Bull Board is left alone.
  app.use(['/graphql', '/api'], compression({ threshold: 4096 }));
  // Caps request bodies on the streamed bytes: integrators get a 413 problem+json, not an out-of-memory.
  useBodyParsers(app);
  app.use(problemDetailsMiddleware);
  app.use(inputHygieneMiddleware);
  app.use(cookieParser());
  app.setGlobalPrefix('api', { exclude: ['graphql'] });

  mountOpenApi(app);

  mountBullBoard(app);
  // The SPA's files are compressed at build time and served as they are (spa-static.ts).
  if (config.webDistDir) app.use(spaStatic(config.webDistDir));
  return app;
}

/** Bull Board at /admin/queues, for signed-in admins only. */
function mountBullBoard(app: NestExpressApplication) {
  const adapter = new ExpressAdapter();
  adapter.setBasePath('/admin/queues');
  const queues = Object.values(QUEUES).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name))));
  createBullBoard({ queues, serverAdapter: adapter });
  const auth = app.get(AuthService);
  const adminOnly = async (req: Request, res: Response, next: NextFunction) => {
    const token = req.cookies?.[SESSION_COOKIE];
    const session = typeof token === 'string' ? await auth.actorFromSession(token) : null;
    if (!session) return res.redirect(302, `/login?next=${encodeURIComponent('/admin/queues')}`);
    if (session.actor.role !== Role.Admin) return res.status(403).type('text/plain').send('Administrators only.');
    next();
  };
  app.use('/admin/queues', adminOnly, adapter.getRouter());
}
