import { Box, Link as MuiLink, Paper, Typography } from '@mui/material';
import { LinkBase, useGetList, useLocale, useTranslate, type Identifier } from 'react-admin';
import type { Message } from '../types';
import { StatusChip } from './EnumField';
import { formatDateTime } from './format';
import type { SalesResource } from './documentKinds';
import { visuallyHidden } from './visuallyHidden';

export const CHANNEL_COLORS = { email: 'primary', post: 'secondary', hand: 'success', platform: 'info' } as const;

/** "Hélène Moreau <h.moreau@…>", "Hélène Moreau", or the address alone. */
export const recipientText = (message: Pick<Message, 'toName' | 'toAddress'>) =>
  [message.toName, message.toAddress ? (message.toName ? `<${message.toAddress}>` : message.toAddress) : null].filter(Boolean).join(' ');

/**
 * "Envois": the messages sent for this document (e-mails in the outbox, other transmissions
 * recorded), newest first, each linking to the message. Nothing for a draft.
 */
export const DocumentSends = ({ resource, record }: { resource: SalesResource; record: { id: Identifier; number?: string | null } }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const enabled = !!record.number;
  const { data, isPending } = useGetList<Message>(
    'messages',
    {
      filter: { relatedResource: resource, relatedId: record.id },
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'sentAt', order: 'DESC' },
    },
    { enabled },
  );
  if (!enabled) return null;
  const messages = data ?? [];
  return (
    <Paper component="section" variant="outlined" aria-labelledby="sends-title" sx={{ px: 1.5, py: 1, mb: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: 1, mb: messages.length ? 0.5 : 0 }}>
        <Typography id="sends-title" component="h3" variant="subtitle2" sx={{ color: 'primary.dark' }}>
          {translate('app.documents.sends.title')}
        </Typography>
        {!isPending && messages.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('app.documents.sends.none')}
          </Typography>
        ) : null}
      </Box>
      {messages.length ? (
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {messages.map((message) => (
            <Box component="li" key={String(message.id)} sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, py: 0.25 }}>
              <MuiLink component={LinkBase} to={`/messages/${message.id}/show`} underline="hover" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {formatDateTime(message.sentAt, locale)}
                <Box component="span" sx={visuallyHidden}>{` — ${translate('app.documents.sends.open')}`}</Box>
              </MuiLink>
              <StatusChip enumName="messageChannel" value={message.channel} colors={CHANNEL_COLORS} variant="outlined" />
              <Typography component="span" variant="body2">
                {recipientText(message) || translate('app.common.none')}
              </Typography>
              {message.attachments?.length ? (
                <Typography component="span" variant="caption" color="text.secondary">
                  {translate('app.documents.sends.attachments', { smart_count: message.attachments.length })}
                </Typography>
              ) : null}
            </Box>
          ))}
        </Box>
      ) : null}
    </Paper>
  );
};
