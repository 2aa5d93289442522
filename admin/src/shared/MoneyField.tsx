import { Typography, type TypographyProps } from '@mui/material';
import { useLocale, useRecordContext, type FieldProps } from 'react-admin';
import { formatMoney } from './format';

export interface MoneyFieldProps extends FieldProps {
  variant?: TypographyProps['variant'];
}

/** Integer cents → "1 234,50 €". */
export const MoneyField = ({ source, variant = 'body2' }: MoneyFieldProps) => {
  const record = useRecordContext();
  const locale = useLocale();
  const value = record?.[source as string] as number | null | undefined;
  return (
    <Typography component="span" variant={variant} sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
      {value == null ? '' : formatMoney(value, locale)}
    </Typography>
  );
};
