"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DomainExceptionFilter = void 0;
exports.nestField = nestField;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("./domain.exception.js");
const error_codes_js_1 = require("./error-codes.js");
const STATUS_CODES = {
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    405: 'METHOD_NOT_ALLOWED',
    413: 'PAYLOAD_TOO_LARGE',
};
/** Maps every error to `{ code, message }` (or 422 `{ message, errors }`), with French messages. */
let DomainExceptionFilter = class DomainExceptionFilter {
    logger = new common_1.Logger('Errors');
    catch(exception, host) {
        const res = host.switchToHttp().getResponse();
        const req = host.switchToHttp().getRequest();
        const [status, body] = this.describe(exception, req);
        if (status >= 500)
            this.logger.error(`${req.method} ${req.originalUrl}: ${exception?.stack ?? exception}`);
        if (status === 429 && typeof body.retryAfterSeconds === 'number')
            res.setHeader('Retry-After', String(body.retryAfterSeconds));
        res.status(status).json(body);
    }
    describe(exception, req) {
        if (exception instanceof domain_exception_js_1.FieldErrorsException) {
            return [422, { code: 'VALIDATION_FAILED', message: exception.message, errors: exception.errors }];
        }
        if (exception instanceof domain_exception_js_1.DomainException) {
            const { field, details } = exception.options;
            if (field) {
                return [422, { code: exception.code, message: exception.message, errors: nestField(field, `app.errors.${exception.code}`), ...details }];
            }
            return [exception.status, { code: exception.code, message: exception.message, ...details }];
        }
        if (exception instanceof typeorm_1.EntityNotFoundError) {
            return [404, { code: 'NOT_FOUND', message: error_codes_js_1.ERROR_CODES.NOT_FOUND.message }];
        }
        if (exception instanceof common_1.HttpException) {
            const status = exception.getStatus();
            const response = exception.getResponse();
            if (typeof response === 'object' && response && 'errors' in response)
                return [status, response];
            const code = STATUS_CODES[status] ?? (status === 400 ? 'VALIDATION_FAILED' : 'INTERNAL');
            if (status === 400) {
                // Malformed JSON and similar: still answer in the 422 shape so that nothing is half-understood.
                return [400, { code: 'BAD_REQUEST', message: 'Requête mal formée.' }];
            }
            return [status, { code, message: error_codes_js_1.ERROR_CODES[code].message }];
        }
        const type = exception?.type;
        if (type === 'entity.too.large')
            return [413, { code: 'PAYLOAD_TOO_LARGE', message: error_codes_js_1.ERROR_CODES.PAYLOAD_TOO_LARGE.message }];
        if (type === 'entity.parse.failed')
            return [400, { code: 'BAD_REQUEST', message: 'Requête mal formée (JSON invalide).' }];
        void req;
        return [500, { code: 'INTERNAL', message: error_codes_js_1.ERROR_CODES.INTERNAL.message }];
    }
};
exports.DomainExceptionFilter = DomainExceptionFilter;
exports.DomainExceptionFilter = DomainExceptionFilter = __decorate([
    (0, common_1.Catch)()
], DomainExceptionFilter);
/** 'lines.2.quantity' → { lines: { 2: { quantity: key } } }, like react-admin's form errors. */
function nestField(path, key) {
    const parts = path.split('.');
    const root = {};
    let node = root;
    parts.forEach((part, i) => {
        if (i === parts.length - 1)
            node[part] = key;
        else
            node = (node[part] = {});
    });
    return root;
}
//# sourceMappingURL=domain-exception.filter.js.map