"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.centsToDecimal = centsToDecimal;
/** -123456 → "-1234.56" (or "-1234,56"): the exact decimal text of an amount in cents. */
function centsToDecimal(cents, separator = '.') {
    if (!Number.isSafeInteger(cents))
        throw new RangeError(`Not an amount in cents: ${cents}`);
    const abs = Math.abs(cents);
    return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}${separator}${String(abs % 100).padStart(2, '0')}`;
}
//# sourceMappingURL=export-table.js.map