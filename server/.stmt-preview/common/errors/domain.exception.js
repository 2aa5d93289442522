"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FieldErrorsException = exports.DomainException = void 0;
const error_codes_js_1 = require("./error-codes.js");
/** A rule violation raised by a service. The DomainExceptionFilter maps it to HTTP, in one place. */
class DomainException extends Error {
    code;
    options;
    constructor(code, message, options = {}) {
        super(message ?? error_codes_js_1.ERROR_CODES[code].message);
        this.code = code;
        this.options = options;
    }
    get status() {
        return this.options.field ? 422 : error_codes_js_1.ERROR_CODES[this.code].status;
    }
}
exports.DomainException = DomainException;
/** Field errors found by hand in a service (beyond DTO validation): 422 { errors }. */
class FieldErrorsException extends Error {
    errors;
    constructor(errors) {
        super(error_codes_js_1.ERROR_CODES.VALIDATION_FAILED.message);
        this.errors = errors;
    }
}
exports.FieldErrorsException = FieldErrorsException;
//# sourceMappingURL=domain.exception.js.map