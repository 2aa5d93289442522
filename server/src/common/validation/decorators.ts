import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsBoolean, IsDefined, IsIn, IsInt, IsNumber, IsString, Matches, Max, MaxLength, Min,
  ValidateIf, ValidateBy, ValidationArguments, ValidationOptions,
} from 'class-validator';
import {
  isValidBic, isValidEmail, isValidIban, isValidPhone, isValidPostcode, isValidSiren, isValidSiret, isValidVatNumber,
} from './identifiers.js';

const key = (k: string) => ({ message: `app.validation.${k}` });

/** Present and not null; optional fields accept null/undefined/'' (stored as null). */
function presence(required: boolean) {
  return required
    ? [IsDefined(key('required'))]
    : [ValidateIf((_o, v) => v !== null && v !== undefined && v !== '')];
}

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const emptyToNull = Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value));
/** An emptied number or checkbox input sends "": it means no value, never the string itself. */
const blankToNull = Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? null : value));

export interface FieldOptions { required?: boolean }

/** A text field: trimmed, at most `max` characters; required ones must not be blank. */
export function Text(max = 200, { required = false }: FieldOptions = {}) {
  return applyDecorators(
    required ? trim : emptyToNull,
    ...presence(required),
    IsString(key('string')),
    // Blank strings only: a number or an object is a type error ('string'), not a missing value.
    ...(required ? [ValidateBy({ name: 'notBlank', validator: { validate: (v) => typeof v !== 'string' || v.length > 0 } }, key('required'))] : []),
    MaxLength(max, key('too_long')),
  );
}

export function Choice(values: readonly (string | number)[], { required = false }: FieldOptions = {}) {
  return applyDecorators(required ? trim : emptyToNull, ...presence(required), IsIn(values as unknown[], key('choice')));
}

export function Bool({ required = false }: FieldOptions = {}) {
  return applyDecorators(blankToNull, ...presence(required), IsBoolean(key('boolean')));
}

/** Integer cents, 0 … 1 000 000 000 € by default. */
export function Cents({ required = false, min = 0, max = 100_000_000_000 }: FieldOptions & { min?: number; max?: number } = {}) {
  return applyDecorators(blankToNull, ...presence(required), IsInt(key('integer')), Min(min, key('positive')), Max(max, key('too_large')));
}

export function Int({ required = false, min = 0, max = 1_000_000 }: FieldOptions & { min?: number; max?: number } = {}) {
  return applyDecorators(blankToNull, ...presence(required), IsInt(key('integer')), Min(min, key('positive')), Max(max, key('too_large')));
}

/** A quantity with at most 3 decimals. */
export function Quantity({ required = false, min = 0, max = 10_000_000 }: FieldOptions & { min?: number; max?: number } = {}) {
  return applyDecorators(
    blankToNull,
    ...presence(required),
    IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 3 }, key('number')),
    Min(min, key(min === 0 ? 'positive' : 'too_small')),
    Max(max, key('too_large')),
  );
}

export function IsoDate({ required = false }: FieldOptions = {}) {
  return applyDecorators(
    required ? trim : emptyToNull,
    ...presence(required),
    IsString(key('date')),
    Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, key('date')),
    by('date', isCalendarDate),
  );
}

/** "2026-02-30" has the right shape but is not a day of the calendar. */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function by(name: string, test: (value: string, args: ValidationArguments) => boolean, options?: ValidationOptions) {
  return ValidateBy({ name, validator: { validate: (v, args) => typeof v === 'string' && test(v, args!) } }, { message: `app.validation.${name}`, ...options });
}

export function Siren(opts: FieldOptions = {}) {
  return applyDecorators(Text(20, opts), by('siren', isValidSiren));
}
export function Siret(opts: FieldOptions = {}) {
  return applyDecorators(Text(20, opts), by('siret', isValidSiret));
}
export function VatNumber(opts: FieldOptions = {}) {
  return applyDecorators(Text(20, opts), by('vat_number', isValidVatNumber));
}
export function Iban(opts: FieldOptions = {}) {
  return applyDecorators(Text(40, opts), by('iban', isValidIban));
}
export function Bic(opts: FieldOptions = {}) {
  return applyDecorators(Text(11, opts), by('bic', isValidBic));
}
export function Email(opts: FieldOptions = {}) {
  return applyDecorators(Text(254, opts), by('email', isValidEmail));
}
/** A phone number; French rules when the record's `countryField` is FR (or absent). */
export function Phone(countryField?: string, opts: FieldOptions = {}) {
  return applyDecorators(
    Text(30, opts),
    by('phone', (v, args) => isValidPhone(v, countryOf(args, countryField))),
  );
}
export function Postcode(countryField: string, opts: FieldOptions = {}) {
  return applyDecorators(Text(12, opts), by('postcode', (v, args) => isValidPostcode(v, countryOf(args, countryField))));
}
export function Country(opts: FieldOptions = {}) {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() || null : value)),
    ...presence(opts.required ?? false),
    IsString(key('country')),
    Matches(/^[A-Z]{2}$/, key('country')),
  );
}

function countryOf(args: ValidationArguments, field?: string): string {
  const value = field ? (args.object as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' && value ? value.toUpperCase() : 'FR';
}

export function Tags() {
  return applyDecorators(
    ValidateIf((_o, v) => v !== null && v !== undefined),
    ValidateBy({
      name: 'tags',
      validator: { validate: (v) => Array.isArray(v) && v.length <= 20 && v.every((t) => typeof t === 'string' && t.length > 0 && t.length <= 40) },
    }, key('tags')),
  );
}
