import { ERROR_CODES, ErrorCode } from './error-codes.js';

export interface DomainExceptionOptions {
  /** For a rule that concerns one field: answered as 422 { errors: { [field]: key } }. */
  field?: string;
  /** Extra data returned with the error (figures, matches…). */
  details?: Record<string, unknown>;
}

/** A rule violation raised by a service. The DomainExceptionFilter maps it to HTTP, in one place. */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly options: DomainExceptionOptions = {},
  ) {
    super(message ?? ERROR_CODES[code].message);
  }

  get status(): number {
    return this.options.field ? 422 : ERROR_CODES[this.code].status;
  }
}

/** Field errors found by hand in a service (beyond DTO validation): 422 { errors }. */
export class FieldErrorsException extends Error {
  constructor(readonly errors: Record<string, string>) {
    super(ERROR_CODES.VALIDATION_FAILED.message);
  }
}
