"use strict";
/**
 * Money is integer cents; rates are basis points (2000 = 20 %). These helpers convert at the edges
 * without ever multiplying floats: decimals are parsed as text, rounding is half-up on integers.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.decimalToUnits = decimalToUnits;
exports.eurosToCents = eurosToCents;
exports.percentToBp = percentToBp;
exports.mulDivHalfUp = mulDivHalfUp;
exports.formatCents = formatCents;
exports.formatBp = formatBp;
const DECIMAL = /^([+-]?)(\d+)(?:[.,](\d+))?$/;
/** Parses a decimal (number or "1 234,56" / "1234.56") into an integer count of 10^-scale units, half-up. */
function decimalToUnits(value, scale) {
    if (typeof value === 'number' && !Number.isFinite(value))
        throw new RangeError(`Not a finite number: ${value}`);
    const text = typeof value === 'number' ? toPlainString(value) : value.replace(/[\s\u00a0\u202f]/g, '');
    const m = DECIMAL.exec(text);
    if (!m)
        throw new RangeError(`Not a decimal: ${value}`);
    const [, sign, whole, fraction = ''] = m;
    const padded = (fraction + '0'.repeat(scale + 1)).slice(0, scale + 1);
    let units = BigInt(whole) * 10n ** BigInt(scale) + BigInt(padded.slice(0, scale) || '0');
    if (Number(padded[scale]) >= 5)
        units += 1n;
    const result = Number(units);
    if (!Number.isSafeInteger(result))
        throw new RangeError(`Out of range: ${value}`);
    return sign === '-' && result !== 0 ? -result : result;
}
/** 12.5 → 1250; "1 234,565" → 123457 (half-up). */
function eurosToCents(value) {
    return decimalToUnits(value, 2);
}
/** 5.5 (%) → 550 basis points. */
function percentToBp(value) {
    return decimalToUnits(value, 2);
}
/** round(a × b / c), half away from zero, exact on integers (c > 0). */
function mulDivHalfUp(a, b, c) {
    if (![a, b, c].every(Number.isSafeInteger) || c <= 0)
        throw new RangeError('mulDivHalfUp takes safe integers and c > 0');
    const n = BigInt(a) * BigInt(b);
    const d = BigInt(c);
    const q = n / d;
    const r = n % d;
    const twice = (r < 0n ? -r : r) * 2n;
    const rounded = twice >= d ? q + (n < 0n ? -1n : 1n) : q;
    return Number(rounded);
}
const FORMATS = {
    fr: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }),
    en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};
/** 123456 → "1 234,56 €" (fr) or "€1,234.56" (en). */
function formatCents(cents, locale = 'fr') {
    return FORMATS[locale].format(cents / 100);
}
/** 550 → "5,5 %" (fr) or "5.5%" (en). */
function formatBp(bp, locale = 'fr') {
    const n = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(bp / 100);
    return locale === 'fr' ? `${n}\u00a0%` : `${n}%`;
}
function toPlainString(n) {
    // Numbers like 1e-7 or 1e21 print in exponent form; toFixed(10) covers every amount we accept.
    return Math.abs(n) >= 1e21 ? String(n) : n.toFixed(10).replace(/\.?0+$/, '');
}
//# sourceMappingURL=money.js.map