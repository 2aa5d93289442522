"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validationPipeOptions = void 0;
exports.toFieldErrors = toFieldErrors;
const common_1 = require("@nestjs/common");
const PRIORITY = ['required', 'string', 'number', 'integer', 'boolean', 'choice'];
/** First error key of one property: "required" wins, then type errors, then the rest. */
function keyOf(error) {
    // class-validator's own messages (e.g. a nested value that is not an object) are not i18n keys.
    const keys = Object.values(error.constraints ?? {}).map((k) => (k.startsWith('app.') ? k : 'app.validation.invalid'));
    keys.sort((a, b) => rank(a) - rank(b));
    return keys[0] ?? 'app.validation.invalid';
}
function rank(key) {
    const i = PRIORITY.indexOf(key.replace('app.validation.', ''));
    return i === -1 ? PRIORITY.length : i;
}
function toFieldErrors(errors) {
    const out = {};
    for (const error of errors) {
        // A problem with the value itself (e.g. an object where a list is expected) says more than its children's.
        if (error.children?.length && !Object.keys(error.constraints ?? {}).length)
            out[error.property] = toFieldErrors(error.children);
        else
            out[error.property] = keyOf(error);
    }
    return out;
}
/** Global pipe: strip unknown fields, convert types, answer 422 { errors: { field: key } }. */
exports.validationPipeOptions = {
    whitelist: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new common_1.UnprocessableEntityException({
        code: 'VALIDATION_FAILED',
        message: 'Certains champs sont invalides : corrigez les zones signalées.',
        errors: toFieldErrors(errors),
    }),
};
//# sourceMappingURL=validation-pipe.options.js.map