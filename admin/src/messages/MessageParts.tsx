import { Box, Link as MuiLink, Typography } from '@mui/material';
import { LinkBase, useTranslate } from 'react-admin';
import type { Message } from '../types';
import { StatusChip } from '../shared/EnumField';
import { CHANNEL_COLORS } from '../shared/DocumentSends';
import { isSalesResource } from '../shared/documentKinds';
import { intlLocale } from '../i18n/i18nProvider';

/** The transmission mode as a small chip: E-mail, Courrier, En main propre, Plateforme. */
export const ChannelChip = ({ channel }: { channel: Message['channel'] | null | undefined }) => (
  <StatusChip enumName="messageChannel" value={channel} colors={CHANNEL_COLORS} variant="outlined" />
);

/** The document a message is about: its number as a link to it, and what kind of document it is. */
export const RelatedDocumentLink = ({ message, stacked = false }: { message: Message; stacked?: boolean }) => {
  const translate = useTranslate();
  if (!message.relatedNumber) return null;
  const resource = message.relatedResource ?? '';
  const kind = translate(`resources.${resource}.name`, { smart_count: 1, _: '' });
  const number =
    isSalesResource(resource) && message.relatedId != null ? (
      <MuiLink
        component={LinkBase}
        to={`/${resource}/${message.relatedId}/show`}
        onClick={(e: React.MouseEvent) => e.stopPropagation()}
        underline="hover"
        sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
      >
        {message.relatedNumber}
      </MuiLink>
    ) : (
      <Box component="span" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
        {message.relatedNumber}
      </Box>
    );
  if (stacked) {
    return (
      <Box>
        {number}
        {kind ? (
          <Typography component="div" variant="caption" color="text.secondary">
            {kind}
          </Typography>
        ) : null}
      </Box>
    );
  }
  return (
    <>
      {kind ? `${kind} ` : ''}
      {number}
    </>
  );
};

/** 45 213 bytes → "44 ko" (fr) / "44 kB" (en). */
export const formatSize = (bytes: number | null | undefined, locale = 'fr'): string => {
  if (bytes == null || Number.isNaN(bytes)) return '';
  const kilo = bytes / 1024;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'unit',
    unit: kilo >= 1024 ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: kilo >= 1024 ? 1 : 0,
  }).format(kilo >= 1024 ? kilo / 1024 : Math.max(1, kilo));
};
