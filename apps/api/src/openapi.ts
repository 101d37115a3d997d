import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { SESSION_COOKIE } from '@rapport/shared-auth';
import { withProblemResponses } from './openapi-problems';

/** The OpenAPI document of the REST API, from the controllers' decorators plus the error responses. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const generated = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Rapport API')
      .setDescription(
        'REST API for integrators. Authenticate with `Authorization: Bearer <API key>`. ' +
          'Errors are `application/problem+json` (schema `ProblemDetails`) with a stable `code`.',
      )
      .setVersion('1')
      // API keys are opaque strings, not JWTs: `rk_<10-character prefix>_<secret>`.
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'rk_<prefix>_<secret> (API key)', description: 'An API key created by an admin under Admin → API keys.' })
      .addCookieAuth(SESSION_COOKIE)
      .build(),
  );
  return withProblemResponses(generated);
}

/** Serves the document at /api/docs (Swagger UI) and /api/docs-json. */
export function mountOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}
