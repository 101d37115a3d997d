import { LoggerService } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import pino, { Logger } from 'pino';

/** JSON logs (one object per line) for machines; every request line carries its request id. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'rapport-api' }, timestamp: pino.stdTimeFunctions.isoTime });
}

const BOOT_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'GraphQLModule', 'NestFactory']);

export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    // Nest's boot chatter (every module and route) is debug detail, not information.
    if (context && BOOT_CONTEXTS.has(context)) this.logger.debug({ context }, String(message));
    else this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}

const SAFE_ID = /^[A-Za-z0-9._-]{1,100}$/;

export function requestLogging(logger: Logger, observe: (route: string, method: string, status: number, seconds: number) => void) {
  return (req: Request & { requestId?: string }, res: Response, next: NextFunction) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
    req.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const fullPath = req.originalUrl.split('?')[0];
      const route = routeLabel(fullPath);
      observe(route, req.method, res.statusCode, seconds);
      if (route === '/api/health' || route === '/api/metrics') return;
      logger.info({ requestId, method: req.method, path: fullPath, status: res.statusCode, ms: Math.round(seconds * 1000) }, 'request');
    });
    next();
  };
}

/** Low-cardinality route label for metrics (ids collapsed). */
export function routeLabel(path: string): string {
  if (path.startsWith('/graphql')) return '/graphql';
  if (path.startsWith('/api/')) return path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, ':id');
  if (path.startsWith('/admin/queues')) return '/admin/queues';
  return '/spa';
}
