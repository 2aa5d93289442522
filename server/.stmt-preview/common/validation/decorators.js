"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Text = Text;
exports.Choice = Choice;
exports.Bool = Bool;
exports.Cents = Cents;
exports.Int = Int;
exports.Quantity = Quantity;
exports.IsoDate = IsoDate;
exports.Siren = Siren;
exports.Siret = Siret;
exports.VatNumber = VatNumber;
exports.Iban = Iban;
exports.Bic = Bic;
exports.Email = Email;
exports.Phone = Phone;
exports.Postcode = Postcode;
exports.Country = Country;
exports.Tags = Tags;
const common_1 = require("@nestjs/common");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const identifiers_js_1 = require("./identifiers.js");
const key = (k) => ({ message: `app.validation.${k}` });
/** Present and not null; optional fields accept null/undefined/'' (stored as null). */
function presence(required) {
    return required
        ? [(0, class_validator_1.IsDefined)(key('required'))]
        : [(0, class_validator_1.ValidateIf)((_o, v) => v !== null && v !== undefined && v !== '')];
}
const trim = (0, class_transformer_1.Transform)(({ value }) => (typeof value === 'string' ? value.trim() : value));
const emptyToNull = (0, class_transformer_1.Transform)(({ value }) => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value));
/** An emptied number or checkbox input sends "": it means no value, never the string itself. */
const blankToNull = (0, class_transformer_1.Transform)(({ value }) => (typeof value === 'string' && value.trim() === '' ? null : value));
/** A text field: trimmed, at most `max` characters; required ones must not be blank. */
function Text(max = 200, { required = false } = {}) {
    return (0, common_1.applyDecorators)(required ? trim : emptyToNull, ...presence(required), (0, class_validator_1.IsString)(key('string')), 
    // Blank strings only: a number or an object is a type error ('string'), not a missing value.
    ...(required ? [(0, class_validator_1.ValidateBy)({ name: 'notBlank', validator: { validate: (v) => typeof v !== 'string' || v.length > 0 } }, key('required'))] : []), (0, class_validator_1.MaxLength)(max, key('too_long')));
}
function Choice(values, { required = false } = {}) {
    return (0, common_1.applyDecorators)(required ? trim : emptyToNull, ...presence(required), (0, class_validator_1.IsIn)(values, key('choice')));
}
function Bool({ required = false } = {}) {
    return (0, common_1.applyDecorators)(blankToNull, ...presence(required), (0, class_validator_1.IsBoolean)(key('boolean')));
}
/** Integer cents, 0 … 1 000 000 000 € by default. */
function Cents({ required = false, min = 0, max = 100_000_000_000 } = {}) {
    return (0, common_1.applyDecorators)(blankToNull, ...presence(required), (0, class_validator_1.IsInt)(key('integer')), (0, class_validator_1.Min)(min, key('positive')), (0, class_validator_1.Max)(max, key('too_large')));
}
function Int({ required = false, min = 0, max = 1_000_000 } = {}) {
    return (0, common_1.applyDecorators)(blankToNull, ...presence(required), (0, class_validator_1.IsInt)(key('integer')), (0, class_validator_1.Min)(min, key('positive')), (0, class_validator_1.Max)(max, key('too_large')));
}
/** A quantity with at most 3 decimals. */
function Quantity({ required = false, min = 0, max = 10_000_000 } = {}) {
    return (0, common_1.applyDecorators)(blankToNull, ...presence(required), (0, class_validator_1.IsNumber)({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 3 }, key('number')), (0, class_validator_1.Min)(min, key(min === 0 ? 'positive' : 'too_small')), (0, class_validator_1.Max)(max, key('too_large')));
}
function IsoDate({ required = false } = {}) {
    return (0, common_1.applyDecorators)(required ? trim : emptyToNull, ...presence(required), (0, class_validator_1.IsString)(key('date')), (0, class_validator_1.Matches)(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, key('date')), by('date', isCalendarDate));
}
/** "2026-02-30" has the right shape but is not a day of the calendar. */
function isCalendarDate(value) {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
function by(name, test, options) {
    return (0, class_validator_1.ValidateBy)({ name, validator: { validate: (v, args) => typeof v === 'string' && test(v, args) } }, { message: `app.validation.${name}`, ...options });
}
function Siren(opts = {}) {
    return (0, common_1.applyDecorators)(Text(20, opts), by('siren', identifiers_js_1.isValidSiren));
}
function Siret(opts = {}) {
    return (0, common_1.applyDecorators)(Text(20, opts), by('siret', identifiers_js_1.isValidSiret));
}
function VatNumber(opts = {}) {
    return (0, common_1.applyDecorators)(Text(20, opts), by('vat_number', identifiers_js_1.isValidVatNumber));
}
function Iban(opts = {}) {
    return (0, common_1.applyDecorators)(Text(40, opts), by('iban', identifiers_js_1.isValidIban));
}
function Bic(opts = {}) {
    return (0, common_1.applyDecorators)(Text(11, opts), by('bic', identifiers_js_1.isValidBic));
}
function Email(opts = {}) {
    return (0, common_1.applyDecorators)(Text(254, opts), by('email', identifiers_js_1.isValidEmail));
}
/** A phone number; French rules when the record's `countryField` is FR (or absent). */
function Phone(countryField, opts = {}) {
    return (0, common_1.applyDecorators)(Text(30, opts), by('phone', (v, args) => (0, identifiers_js_1.isValidPhone)(v, countryOf(args, countryField))));
}
function Postcode(countryField, opts = {}) {
    return (0, common_1.applyDecorators)(Text(12, opts), by('postcode', (v, args) => (0, identifiers_js_1.isValidPostcode)(v, countryOf(args, countryField))));
}
function Country(opts = {}) {
    return (0, common_1.applyDecorators)((0, class_transformer_1.Transform)(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() || null : value)), ...presence(opts.required ?? false), (0, class_validator_1.IsString)(key('country')), (0, class_validator_1.Matches)(/^[A-Z]{2}$/, key('country')));
}
function countryOf(args, field) {
    const value = field ? args.object[field] : undefined;
    return typeof value === 'string' && value ? value.toUpperCase() : 'FR';
}
function Tags() {
    return (0, common_1.applyDecorators)((0, class_validator_1.ValidateIf)((_o, v) => v !== null && v !== undefined), (0, class_validator_1.ValidateBy)({
        name: 'tags',
        validator: { validate: (v) => Array.isArray(v) && v.length <= 20 && v.every((t) => typeof t === 'string' && t.length > 0 && t.length <= 40) },
    }, key('tags')));
}
//# sourceMappingURL=decorators.js.map