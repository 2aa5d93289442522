import { Chip, Typography, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

export type ChipColor = NonNullable<ChipProps['color']>;

/** Text of an enum value: app.enums.<enumName>.<value>. */
export const EnumField = ({ source, enumName }: FieldProps & { enumName: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source as string];
  if (value == null || value === '') return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`app.enums.${enumName}.${value}`, { _: String(value) })}
    </Typography>
  );
};

export interface StatusChipProps {
  enumName: string;
  value: string | null | undefined;
  colors?: Record<string, ChipColor>;
  variant?: ChipProps['variant'];
}

/** A small coloured chip for a status or category, with its translated label. */
export const StatusChip = ({ enumName, value, colors = {}, variant }: StatusChipProps) => {
  const translate = useTranslate();
  if (value == null || value === '') return null;
  const color = colors[value] ?? 'default';
  return (
    <Chip
      size="small"
      color={color}
      variant={variant ?? (color === 'default' ? 'outlined' : 'filled')}
      // No colour transition: a status that just changed must read at once (and pass contrast checks).
      sx={{ alignSelf: 'flex-start', maxWidth: '100%', transition: 'none' }}
      label={translate(`app.enums.${enumName}.${value}`, { _: String(value) })}
    />
  );
};

/** StatusChip reading its value from the record. */
export const StatusChipField = ({
  source,
  enumName,
  colors,
  variant,
}: FieldProps & Omit<StatusChipProps, 'value'>) => {
  const record = useRecordContext();
  return <StatusChip enumName={enumName} value={record?.[source as string]} colors={colors} variant={variant} />;
};
