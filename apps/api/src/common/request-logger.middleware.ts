import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { RequestContext, requestContext } from './request-context';

const logger = new Logger('HTTP');
const REQUEST_ID = /^[\w.-]{1,100}$/;

/**
 * Gives every request an id (the proxy's X-Request-Id when it sends a sane one), opens the request context
 * the data layer reads, and logs one line per API request when it finishes.
 */
export function requestLogger(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  const started = process.hrtime.bigint();
  const context: RequestContext = { requestId, ip: req.ip ?? 'unknown' };
  res.setHeader('X-Request-Id', requestId);
  if (req.path.startsWith('/api')) {
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const user = context.user?.id ?? '-';
      logger.log(
        `${requestId} ${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms user=${user}`,
      );
    });
  }
  requestContext.run(context, () => next());
}
