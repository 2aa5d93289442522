"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.money = money;
exports.moneyShort = moneyShort;
exports.rate = rate;
exports.date = date;
exports.date102 = date102;
exports.quantity = quantity;
exports.weightKg = weightKg;
exports.siren = siren;
exports.siret = siret;
exports.countryName = countryName;
exports.addressLines = addressLines;
exports.addressInline = addressInline;
exports.sameAddress = sameAddress;
const money_js_1 = require("../../common/money/money.js");
const WHOLE_EUROS = {
    fr: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }),
    en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }),
};
const QUANTITY = {
    fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 }),
    en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 }),
};
const LONG_DATE_EN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const COUNTRY_NAMES = {
    fr: new Intl.DisplayNames(['fr'], { type: 'region' }),
    en: new Intl.DisplayNames(['en'], { type: 'region' }),
};
/** 123456 → "1 234,56 €" (fr) / "€1,234.56" (en). */
function money(cents, language) {
    return (0, money_js_1.formatCents)(cents, language);
}
/** Whole amounts without decimals (share capital, fixed indemnity): 8000000 → "80 000 €"; otherwise as money(). */
function moneyShort(cents, language) {
    return cents % 100 === 0 ? WHOLE_EUROS[language].format(cents / 100) : (0, money_js_1.formatCents)(cents, language);
}
const RATES = new Map();
/** 2000 → "20 %" (fr) / "20%" (en); memoised (formatBp builds a NumberFormat per call). */
function rate(bp, language) {
    const key = `${language}:${bp}`;
    let text = RATES.get(key);
    if (text === undefined) {
        text = (0, money_js_1.formatBp)(bp, language);
        if (RATES.size < 1000)
            RATES.set(key, text);
    }
    return text;
}
/** "2026-03-16" → "16/03/2026" (fr) / "16 March 2026" (en). */
function date(iso, language) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    if (!m)
        throw new RangeError(`Not an ISO date: ${iso}`);
    const [, y, mo, d] = m;
    if (language === 'fr')
        return `${d}/${mo}/${y}`;
    return LONG_DATE_EN.format(new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))));
}
/** "2026-03-16" → "20260316" (CII format 102). */
function date102(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    if (!m)
        throw new RangeError(`Not an ISO date: ${iso}`);
    return `${m[1]}${m[2]}${m[3]}`;
}
/** 1.5 → "1,5" (fr) / "1.5" (en); up to 3 decimals. */
function quantity(q, language) {
    return QUANTITY[language].format(q);
}
/** Grams → "12,5 kg" (fr) / "12.5 kg" (en). */
function weightKg(grams, language) {
    return `${QUANTITY[language].format(grams / 1000)}\u00a0kg`;
}
/** "864909262" → "864 909 262". */
function siren(value) {
    const digits = value.replace(/\s/g, '');
    return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value;
}
/** "86490926200031" → "864 909 262 00031". */
function siret(value) {
    const digits = value.replace(/\s/g, '');
    return /^\d{14}$/.test(digits) ? `${siren(digits.slice(0, 9))} ${digits.slice(9)}` : value;
}
function countryName(code, language) {
    try {
        return COUNTRY_NAMES[language].of(code.toUpperCase()) ?? code;
    }
    catch {
        return code;
    }
}
/** Postal lines of an address; the country is printed when asked (foreign context). */
function addressLines(address, language, withCountry) {
    const lines = [address.line1];
    if (address.line2)
        lines.push(address.line2);
    lines.push(`${address.postcode} ${address.city}`.trim());
    if (withCountry)
        lines.push(countryName(address.country, language).toUpperCase());
    return lines.filter((l) => l && l.trim().length > 0);
}
/** One-line address: "48 avenue Jean Jaurès, 69007 Lyon". */
function addressInline(address, language, withCountry) {
    return addressLines(address, language, withCountry).join(', ');
}
function sameAddress(a, b) {
    const n = (s) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
    return n(a.line1) === n(b.line1) && n(a.line2) === n(b.line2) && n(a.postcode) === n(b.postcode) && n(a.city) === n(b.city) && n(a.country) === n(b.country);
}
//# sourceMappingURL=format.js.map