import { BadRequestException, INestApplication, VersioningType } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/config';
import { ApiErrorFilter } from '../common/api-error.filter';
import { requestLogger } from '../common/request-logger.middleware';
import { createValidationPipe } from '../common/validation';

/**
 * Everything about the HTTP server that main.ts and the integration tests share: the order matters — body
 * parsing before the request context (body-parser would lose the async context otherwise), then the API,
 * then the Angular app for every other path.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig): INestApplication {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));
  app.use(express.urlencoded({ extended: false, limit: '1mb' }));
  app.use(explainMalformedJson);
  app.use(cookieParser());
  app.use(requestLogger);
  app.use(
    helmet({
      contentSecurityPolicy: {
        // Angular Material sets inline styles; no inline scripts are allowed.
        directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'upgrade-insecure-requests': null },
      },
      hsts: false, // the TLS-terminating reverse proxy decides about HSTS
    }),
  );
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiErrorFilter());
  setUpOpenApi(app);
  serveWebApp(app, config.webDistDir);
  return app;
}

function explainMalformedJson(
  error: unknown,
  _req: express.Request,
  _res: express.Response,
  next: express.NextFunction,
): void {
  const malformed = (error as { type?: string } | null)?.type === 'entity.parse.failed';
  next(malformed ? new BadRequestException('The request body is not valid JSON') : error);
}

function setUpOpenApi(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Datenlotse API')
      .setDescription('The working tool of a municipal open data team. Sign in via POST /api/v1/auth/login.')
      .setVersion('1')
      .addCookieAuth('dl_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/** The built Angular app at /; any non-API path falls back to index.html so deep links work. */
function serveWebApp(app: NestExpressApplication, webDistDir: string): void {
  const index = join(webDistDir, 'index.html');
  app.use(express.static(webDistDir, { index: false, maxAge: '1h' }));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || !existsSync(index)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
