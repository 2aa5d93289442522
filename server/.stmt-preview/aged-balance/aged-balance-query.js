"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXPORT_FORMATS = void 0;
exports.parseAgedBalanceQuery = parseAgedBalanceQuery;
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
exports.EXPORT_FORMATS = ['csv', 'xlsx'];
/** ?clientId= (optional, one client) and, for the export, ?format=csv|xlsx (csv when absent). */
function parseAgedBalanceQuery(query, { download = false } = {}) {
    const errors = {};
    const rawClient = query.clientId;
    let clientId = null;
    if (rawClient !== undefined && rawClient !== '') {
        if (typeof rawClient === 'string' && /^[1-9]\d{0,9}$/.test(rawClient))
            clientId = Number(rawClient);
        else
            errors.clientId = 'app.validation.integer';
    }
    const rawFormat = download ? (query.format ?? 'csv') : 'csv';
    if (!exports.EXPORT_FORMATS.includes(rawFormat))
        errors.format = 'app.validation.choice';
    if (Object.keys(errors).length)
        throw new domain_exception_js_1.FieldErrorsException(errors);
    return { clientId, format: rawFormat };
}
//# sourceMappingURL=aged-balance-query.js.map