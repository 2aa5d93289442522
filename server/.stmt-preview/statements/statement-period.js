"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statementPeriod = statementPeriod;
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/**
 * The period of an account statement from ?from=&to= on the scenario day: `to` defaults to today and
 * may not be later; `from` defaults to 1 January of the year of `to` (the scenario year by default)
 * and may not be after `to`. Bad values answer 422 { errors: { from|to: key } }.
 */
function statementPeriod(query, today) {
    const errors = {};
    const to = readDate(query.to, 'to', errors) ?? today;
    const from = readDate(query.from, 'from', errors) ?? `${to.slice(0, 4)}-01-01`;
    if (!errors.to && to > today)
        errors.to = 'app.validation.date_in_future';
    if (!errors.from && !errors.to && from > to)
        errors.from = 'app.validation.from_after_to';
    if (Object.keys(errors).length)
        throw new domain_exception_js_1.FieldErrorsException(errors);
    return { from, to };
}
function readDate(value, field, errors) {
    if (value === undefined || value === '')
        return null;
    if (typeof value === 'string' && ISO_DATE.test(value)) {
        const date = new Date(`${value}T00:00:00Z`);
        if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value)
            return value;
    }
    errors[field] = 'app.validation.date';
    return null;
}
//# sourceMappingURL=statement-period.js.map