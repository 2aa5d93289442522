"use strict";
/**
 * Validators for French and European business identifiers, contact data and country zones.
 * Pure functions, no dependencies. Every validator accepts any value and returns false for
 * non-strings, so they can be used directly in schema refinements.
 *
 * References: reference/legal-fr.md (SIREN/SIRET, FR VAT key = (12 + 3 × (SIREN mod 97)) mod 97),
 * INSEE (Luhn key of SIREN/SIRET, La Poste exception), ISO 13616 (IBAN), ISO 9362 (BIC),
 * European Commission VIES (VAT number formats).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.LA_POSTE_SIREN = exports.EU_COUNTRIES = void 0;
exports.luhnValid = luhnValid;
exports.normalizeSiren = normalizeSiren;
exports.normalizeSiret = normalizeSiret;
exports.normalizeVat = normalizeVat;
exports.normalizeIban = normalizeIban;
exports.isValidSiren = isValidSiren;
exports.isValidSiret = isValidSiret;
exports.frVatKey = frVatKey;
exports.frVatNumber = frVatNumber;
exports.vatPrefixCountry = vatPrefixCountry;
exports.isValidVatNumber = isValidVatNumber;
exports.isValidIban = isValidIban;
exports.isValidBic = isValidBic;
exports.isValidEmail = isValidEmail;
exports.isValidPhone = isValidPhone;
exports.isValidPostcode = isValidPostcode;
exports.isEuCountry = isEuCountry;
exports.zoneOfCountry = zoneOfCountry;
/** The 27 member states of the European Union, ISO 3166-1 alpha-2 (Greece is GR). */
exports.EU_COUNTRIES = Object.freeze([
    'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
    'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
]);
const EU_SET = new Set(exports.EU_COUNTRIES);
/** SIREN of La Poste: its establishments (SIRET) follow a special key rule. */
exports.LA_POSTE_SIREN = '356000000';
function isString(s) {
    return typeof s === 'string';
}
/** Removes spaces (including non-breaking ones) and upper-cases. */
function compact(s) {
    return s.replace(/[\s\u00a0\u202f]+/g, '').toUpperCase();
}
/** Luhn checksum over a string of digits (the rightmost digit is the check digit). */
function luhnValid(digits) {
    if (!/^\d+$/.test(digits))
        return false;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        let d = digits.charCodeAt(digits.length - 1 - i) - 48;
        if (i % 2 === 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 === 0;
}
function normalizeSiren(s) {
    return compact(s);
}
function normalizeSiret(s) {
    return compact(s);
}
/** Strips spaces, dots and dashes (common in Swiss and some national notations) and upper-cases. */
function normalizeVat(s) {
    return compact(s).replace(/[.\-]/g, '');
}
function normalizeIban(s) {
    return compact(s);
}
/** SIREN: 9 digits with a valid Luhn key (spaces tolerated). La Poste (356000000) is accepted. */
function isValidSiren(s) {
    if (!isString(s))
        return false;
    const v = normalizeSiren(s);
    if (!/^\d{9}$/.test(v))
        return false;
    if (v === exports.LA_POSTE_SIREN)
        return true;
    return luhnValid(v);
}
/**
 * SIRET: 14 digits (SIREN + 5-digit NIC) with a valid Luhn key. La Poste exception: a SIRET that
 * starts with 356000000 is also valid when the sum of its digits is a multiple of 5.
 */
function isValidSiret(s) {
    if (!isString(s))
        return false;
    const v = normalizeSiret(s);
    if (!/^\d{14}$/.test(v))
        return false;
    if (luhnValid(v))
        return true;
    if (v.startsWith(exports.LA_POSTE_SIREN)) {
        let sum = 0;
        for (const c of v)
            sum += c.charCodeAt(0) - 48;
        return sum % 5 === 0;
    }
    return false;
}
/** French VAT key for a SIREN: (12 + 3 × (SIREN mod 97)) mod 97, on two digits. */
function frVatKey(siren) {
    const v = typeof siren === 'number' ? siren : Number(normalizeSiren(siren));
    if (!Number.isSafeInteger(v) || v < 0)
        throw new Error(`SIREN invalide : ${String(siren)}`);
    const key = (12 + 3 * (v % 97)) % 97;
    return key.toString().padStart(2, '0');
}
/** Builds the French intra-EU VAT number of a SIREN: "FR" + key + SIREN. */
function frVatNumber(siren) {
    const v = normalizeSiren(siren);
    return `FR${frVatKey(v)}${v}`;
}
/**
 * VAT number formats (without the country prefix), per prefix. EU member states use the VIES
 * formats (Greece uses the prefix EL; GR is accepted as an alias); GB, XI (Northern Ireland), CH and
 * NO are accepted for non-EU partners.
 */
const VAT_FORMATS = {
    AT: /^U\d{8}$/,
    BE: /^[01]\d{9}$/,
    BG: /^\d{9,10}$/,
    CY: /^\d{8}[A-Z]$/,
    CZ: /^\d{8,10}$/,
    DE: /^\d{9}$/,
    DK: /^\d{8}$/,
    EE: /^\d{9}$/,
    EL: /^\d{9}$/,
    ES: /^(?=.*\d)[A-Z0-9]\d{7}[A-Z0-9]$/,
    FI: /^\d{8}$/,
    FR: /^[0-9A-HJ-NP-Z]{2}\d{9}$/,
    HR: /^\d{11}$/,
    HU: /^\d{8}$/,
    IE: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
    IT: /^\d{11}$/,
    LT: /^(\d{9}|\d{12})$/,
    LU: /^\d{8}$/,
    LV: /^\d{11}$/,
    MT: /^\d{8}$/,
    NL: /^\d{9}B\d{2}$/,
    PL: /^\d{10}$/,
    PT: /^\d{9}$/,
    RO: /^[1-9]\d{1,9}$/,
    SE: /^\d{10}01$/,
    SI: /^\d{8}$/,
    SK: /^\d{10}$/,
    // non-EU
    GB: /^(\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/,
    XI: /^(\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/,
    CH: /^E\d{9}(MWST|TVA|IVA|TPV)?$/,
    NO: /^\d{9}(MVA)?$/,
};
/** Country (ISO alpha-2) of a VAT number prefix: EL → GR, XI → GB; others unchanged. */
function vatPrefixCountry(prefix) {
    const p = prefix.toUpperCase();
    if (p === 'EL')
        return 'GR';
    if (p === 'XI')
        return 'GB';
    return p;
}
/**
 * Intra-EU VAT number (and GB/XI/CH/NO numbers). Spaces, dots and dashes are tolerated. For France,
 * "FR" + 2 key characters + SIREN; when the key is numeric it must equal frVatKey(SIREN).
 */
function isValidVatNumber(s) {
    if (!isString(s))
        return false;
    const v = normalizeVat(s);
    if (!/^[A-Z]{2}/.test(v))
        return false;
    let prefix = v.slice(0, 2);
    let body = v.slice(2);
    if (prefix === 'GR')
        prefix = 'EL';
    const format = VAT_FORMATS[prefix];
    if (!format || !format.test(body))
        return false;
    if (prefix === 'FR') {
        const key = body.slice(0, 2);
        const siren = body.slice(2);
        if (/^\d{2}$/.test(key)) {
            return isValidSiren(siren) && frVatKey(siren) === key;
        }
    }
    return true;
}
/** IBAN lengths per country (main countries; other countries: 15 to 34 characters). */
const IBAN_LENGTHS = {
    AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24,
    FI: 18, FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21,
    LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24,
    SI: 19, SK: 24, SM: 27, VA: 22,
};
/** ISO 7064 mod 97-10 over an alphanumeric string (letters A=10 … Z=35). */
function mod97(s) {
    let rem = 0;
    for (const c of s) {
        const code = c.charCodeAt(0);
        const val = code >= 65 ? String(code - 55) : c;
        for (const d of val)
            rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
    }
    return rem;
}
/** IBAN: spaces tolerated, country length for the main countries, mod 97 == 1. */
function isValidIban(s) {
    if (!isString(s))
        return false;
    const v = normalizeIban(s);
    if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(v))
        return false;
    const expected = IBAN_LENGTHS[v.slice(0, 2)];
    if (expected !== undefined ? v.length !== expected : v.length < 15 || v.length > 34)
        return false;
    return mod97(v.slice(4) + v.slice(0, 4)) === 1;
}
/** BIC (ISO 9362): 4 letters (bank), 2 letters (country), 2 alphanumerics (location), optional 3 (branch). */
function isValidBic(s) {
    if (!isString(s))
        return false;
    return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(compact(s));
}
/** Pragmatic e-mail check: local@domain.tld, no spaces, no consecutive or edge dots. */
function isValidEmail(s) {
    if (!isString(s) || s.length > 254)
        return false;
    const m = /^([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})$/.exec(s);
    return m !== null && m[1].length <= 64;
}
/**
 * Phone numbers. Separators (spaces, dots, dashes, parentheses) are tolerated.
 * - French numbers (country FR, MC or omitted): 0X XX XX XX XX, or +33 X XX XX XX XX (also "+33 (0)1…"
 *   and "0033…").
 * - International: "+" (or "00") then 8 to 15 digits (E.164), country code not starting with 0.
 * - Other countries: their national notation, 6 to 14 digits starting with 0, or the international one.
 */
function isValidPhone(s, country) {
    if (!isString(s))
        return false;
    if (!/^[+\d\s.\-()\u00a0]+$/.test(s))
        return false;
    let v = s.replace(/[\s.\-()\u00a0]/g, '');
    if (v.startsWith('00') && v.length > 10)
        v = `+${v.slice(2)}`; // "0041 …"; "00 12 …" stays national
    if (v.startsWith('+330'))
        v = `+33${v.slice(4)}`; // "+33 (0)1 …"
    if (v.startsWith('+')) {
        if (!/^\+[1-9]\d{7,14}$/.test(v))
            return false;
        if (v.startsWith('+33'))
            return /^\+33[1-9]\d{8}$/.test(v);
        return true;
    }
    const c = (country ?? 'FR').toUpperCase();
    if (c === 'FR')
        return /^0[1-9]\d{8}$/.test(v);
    if (c === 'MC')
        return /^(0[1-9]\d{8}|[4-9]\d{7})$/.test(v);
    return /^0\d{5,13}$/.test(v);
}
const POSTCODE_FORMATS = {
    FR: /^(0[1-9]|[1-8]\d|9[0-8])\d{3}$/,
    MC: /^980\d{2}$/,
    BE: /^[1-9]\d{3}$/,
    LU: /^(L-)?\d{4}$/,
    CH: /^[1-9]\d{3}$/,
    AT: /^[1-9]\d{3}$/,
    DK: /^\d{4}$/,
    DE: /^\d{5}$/,
    IT: /^\d{5}$/,
    ES: /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/,
    NL: /^[1-9]\d{3} ?[A-Z]{2}$/,
    PT: /^\d{4}-\d{3}$/,
    PL: /^\d{2}-\d{3}$/,
    SE: /^\d{3} ?\d{2}$/,
    GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/,
    US: /^\d{5}(-\d{4})?$/,
};
/** Postcode for a country (ISO alpha-2). Unknown countries: 2 to 10 letters, digits, spaces or dashes. */
function isValidPostcode(s, country) {
    if (!isString(s))
        return false;
    const v = s.trim().toUpperCase();
    const format = POSTCODE_FORMATS[(country ?? '').toUpperCase()];
    if (format)
        return format.test(v);
    return /^[A-Z0-9](?:[A-Z0-9 \-]{0,8}[A-Z0-9])?$/.test(v) && v.replace(/[^A-Z0-9]/g, '').length >= 2;
}
function isEuCountry(iso2) {
    return typeof iso2 === 'string' && EU_SET.has(iso2.toUpperCase());
}
/**
 * VAT zone of a country: 'fr' for France and Monaco (same VAT territory), 'eu' for the other member
 * states, 'export' for the rest of the world. French overseas departments are out of scope.
 */
function zoneOfCountry(iso2) {
    const c = (iso2 ?? '').toUpperCase();
    if (c === 'FR' || c === 'MC')
        return 'fr';
    if (EU_SET.has(c))
        return 'eu';
    return 'export';
}
//# sourceMappingURL=identifiers.js.map