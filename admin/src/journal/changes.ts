import { formatDate, formatDateTime, formatMoney, formatQuantity, formatRate } from '../shared/format';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ChangeRow {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** Fields never worth showing to a reader. */
const HIDDEN = new Set(['id', 'createdAt', 'updatedAt', 'hash', 'prevHash', 'password', 'passwordHash']);

/** Which enum translates the values of a field, per resource. */
const enumFor = (resource: string, field: string): string | undefined => {
  if (field === 'type') {
    if (resource === 'products') return 'productType';
    if (resource === 'stock-movements') return 'stockMovementType';
  }
  if (field === 'role' && resource === 'staff') return 'staffRole';
  if (field === 'defaultLanguage') return 'language';
  if (field === 'sourceType') return 'sourceType';
  return (
    {
      customerType: 'customerType',
      zone: 'zone',
      language: 'language',
      prospectStatus: 'prospectStatus',
      paymentTerms: resource === 'company' ? undefined : 'paymentTerms',
      paymentMethod: 'paymentMethod',
      marketingConsent: 'marketingConsent',
      preferredChannel: 'preferredChannel',
      creditOverrunPolicy: 'creditOverrunPolicy',
      civility: 'civility',
    } as Record<string, string | undefined>
  )[field];
};

export const formatChangeValue = (
  resource: string,
  field: string,
  value: unknown,
  translate: Translate,
  locale: string,
): string => {
  if (value === null || value === undefined || value === '') return translate('app.common.none');
  if (typeof value === 'boolean') return translate(value ? 'app.common.yes' : 'app.common.no');
  if (typeof value === 'number') {
    if (field.endsWith('Cents')) return formatMoney(value, locale);
    if (field.endsWith('Bp')) return formatRate(value, locale);
    return formatQuantity(value, locale);
  }
  if (Array.isArray(value)) {
    return value.length === 0
      ? translate('app.common.none')
      : value.map((item) => formatChangeValue(resource, field, item, translate, locale)).join(', ');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !HIDDEN.has(key))
      .map(([key, item]) => `${fieldLabel(resource, key, translate)} : ${formatChangeValue(resource, key, item, translate, locale)}`)
      .join(' ; ');
  }
  const text = String(value);
  const enumName = enumFor(resource, field);
  if (enumName) return translate(`app.enums.${enumName}.${text}`, { _: text });
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text, locale);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return formatDateTime(text, locale);
  return text;
};

export const fieldLabel = (resource: string, field: string, translate: Translate): string =>
  translate(`resources.${resource}.fields.${field}`, {
    _: field.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase()),
  });

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Rows "field / before / after" for the fields that changed (all given fields for a creation or deletion). */
export const changeRows = (
  resource: string,
  changes: { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null } | null | undefined,
  translate: Translate,
  locale: string,
): ChangeRow[] => {
  if (!changes) return [];
  const before = changes.before ?? {};
  const after = changes.after ?? {};
  // Foreign keys (thirdPartyId, productId...) are ids, not information: the entry's label names the record.
  const fields = Array.from(new Set([...Object.keys(before), ...Object.keys(after)])).filter(
    (f) => !HIDDEN.has(f) && !/Id$/.test(f),
  );
  const onlyOne = !changes.before || !changes.after;
  return fields
    .filter((field) => onlyOne || !same(before[field], after[field]))
    .map((field) => ({
      field,
      label: fieldLabel(resource, field, translate),
      before: changes.before ? formatChangeValue(resource, field, before[field], translate, locale) : '',
      after: changes.after ? formatChangeValue(resource, field, after[field], translate, locale) : '',
    }));
};
