"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toCsv = toCsv;
const export_table_js_1 = require("./export-table.js");
/**
 * CSV as French spreadsheets open it: UTF-8 with a BOM, ';' separators, decimal comma, CRLF line
 * ends (RFC 4180 quoting). Text that a spreadsheet would run as a formula (= + - @ at the start) is
 * prefixed with an apostrophe.
 */
function toCsv(table) {
    const lines = [table.columns.map((c) => text(c.header)), ...[...table.rows, ...(table.totals ? [table.totals] : [])].map((row) => table.columns.map((c, i) => cell(row[i], c.kind)))];
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.map((l) => l.join(';')).join('\r\n') + '\r\n', 'utf8')]);
}
function cell(value, kind) {
    if (value === null || value === undefined || value === '')
        return '';
    if (kind === 'money') {
        if (typeof value !== 'number')
            throw new TypeError(`Money cell is not a number of cents: ${value}`);
        return (0, export_table_js_1.centsToDecimal)(value, ',');
    }
    return text(String(value));
}
function text(value) {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
//# sourceMappingURL=csv.js.map