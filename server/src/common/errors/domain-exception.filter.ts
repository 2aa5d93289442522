import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EntityNotFoundError } from 'typeorm';
import { DomainException, FieldErrorsException } from './domain.exception.js';
import { ERROR_CODES } from './error-codes.js';

const STATUS_CODES: Record<number, keyof typeof ERROR_CODES> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
};

/** Maps every error to `{ code, message }` (or 422 `{ message, errors }`), with French messages. */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const [status, body] = this.describe(exception, req);
    if (status >= 500) this.logger.error(`${req.method} ${req.originalUrl}: ${(exception as Error)?.stack ?? exception}`);
    if (status === 429 && typeof body.retryAfterSeconds === 'number') res.setHeader('Retry-After', String(body.retryAfterSeconds));
    res.status(status).json(body);
  }

  private describe(exception: unknown, req: Request): [number, Record<string, unknown>] {
    if (exception instanceof FieldErrorsException) {
      return [422, { code: 'VALIDATION_FAILED', message: exception.message, errors: exception.errors }];
    }
    if (exception instanceof DomainException) {
      const { field, details } = exception.options;
      if (field) {
        return [422, { code: exception.code, message: exception.message, errors: nestField(field, `app.errors.${exception.code}`), ...details }];
      }
      return [exception.status, { code: exception.code, message: exception.message, ...details }];
    }
    if (exception instanceof EntityNotFoundError) {
      return [404, { code: 'NOT_FOUND', message: ERROR_CODES.NOT_FOUND.message }];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response && 'errors' in response) return [status, response as Record<string, unknown>];
      const code = STATUS_CODES[status] ?? (status === 400 ? 'VALIDATION_FAILED' : 'INTERNAL');
      if (status === 400) {
        // Malformed JSON and similar: still answer in the 422 shape so that nothing is half-understood.
        return [400, { code: 'BAD_REQUEST', message: 'Requête mal formée.' }];
      }
      return [status, { code, message: ERROR_CODES[code].message }];
    }
    const type = (exception as { type?: string })?.type;
    if (type === 'entity.too.large') return [413, { code: 'PAYLOAD_TOO_LARGE', message: ERROR_CODES.PAYLOAD_TOO_LARGE.message }];
    if (type === 'entity.parse.failed') return [400, { code: 'BAD_REQUEST', message: 'Requête mal formée (JSON invalide).' }];
    void req;
    return [500, { code: 'INTERNAL', message: ERROR_CODES.INTERNAL.message }];
  }
}

/** 'lines.2.quantity' → { lines: { 2: { quantity: key } } }, like react-admin's form errors. */
export function nestField(path: string, key: string): Record<string, unknown> {
  const parts = path.split('.');
  const root: Record<string, unknown> = {};
  let node = root;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) node[part] = key;
    else node = (node[part] = {}) as Record<string, unknown>;
  });
  return root;
}
