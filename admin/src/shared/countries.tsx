import { Typography } from '@mui/material';
import { AutocompleteInput, useLocale, useRecordContext, type AutocompleteInputProps, type FieldProps } from 'react-admin';
import { intlLocale } from '../i18n/i18nProvider';

export const EU_COUNTRIES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU',
  'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
];
const OTHER_COUNTRIES = [
  'AD', 'AE', 'AR', 'AU', 'BR', 'CA', 'CH', 'CI', 'CM', 'CN', 'DZ', 'EG', 'GB', 'HK', 'IL', 'IN', 'IS', 'JP', 'KR',
  'LI', 'MA', 'MC', 'MG', 'MU', 'MX', 'NO', 'NZ', 'QA', 'RS', 'SA', 'SG', 'SN', 'TN', 'TR', 'UA', 'US', 'ZA',
];

export const countryName = (code: string | null | undefined, locale = 'fr'): string => {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** Zone as the server derives it from a country. */
export const zoneOf = (country: string | null | undefined): 'fr' | 'eu' | 'export' | null => {
  if (!country) return null;
  if (country === 'FR') return 'fr';
  return EU_COUNTRIES.includes(country) ? 'eu' : 'export';
};

const countryChoices = (locale: string) => {
  const names = (codes: string[]) =>
    codes.map((id) => ({ id, name: countryName(id, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  return [{ id: 'FR', name: countryName('FR', locale) }, ...names([...EU_COUNTRIES.filter((c) => c !== 'FR'), ...OTHER_COUNTRIES])];
};

/** Country (ISO 3166 alpha-2) picked by its name; France first. */
export const CountryInput = (props: Omit<AutocompleteInputProps, 'choices'>) => {
  const locale = useLocale();
  return <AutocompleteInput {...props} choices={countryChoices(locale)} translateChoice={false} />;
};

export const CountryField = ({ source }: FieldProps) => {
  const record = useRecordContext();
  const locale = useLocale();
  return (
    <Typography component="span" variant="body2">
      {countryName(record?.[source as string], locale)}
    </Typography>
  );
};

/** A delivery address on several lines; the country only when it is not France. */
export const deliveryAddressText = (r: {
  deliveryLine1?: string | null;
  deliveryLine2?: string | null;
  deliveryPostcode?: string | null;
  deliveryCity?: string | null;
  deliveryCountry?: string | null;
}): string =>
  [
    r.deliveryLine1,
    r.deliveryLine2,
    [r.deliveryPostcode, r.deliveryCity].filter(Boolean).join(' '),
    r.deliveryCountry && r.deliveryCountry !== 'FR' ? countryName(r.deliveryCountry) : null,
  ]
    .filter(Boolean)
    .join('\n');
