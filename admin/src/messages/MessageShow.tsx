import { Box, IconButton, Link as MuiLink, Paper, Tooltip, Typography } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import DownloadIcon from '@mui/icons-material/Download';
import { ListButton, Show, TopToolbar, useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { Message, MessageAttachment } from '../types';
import { Info, InfoBlock } from '../shared/DocumentShowParts';
import { SectionTitle } from '../shared/DocumentShowLayout';
import { StatusChip } from '../shared/EnumField';
import { RecordHeader } from '../shared/RecordHeader';
import { usePdfFile, type PdfFetcher } from '../shared/PdfButtons';
import { formatDateTime } from '../shared/format';
import { getUser } from '../authProvider';
import { ChannelChip, RelatedDocumentLink, formatSize } from './MessageParts';

const MessageTitle = () => {
  const record = useRecordContext<Message>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{translate('resources.messages.titles.show', { subject: record.subject })}</>;
};

const Actions = () => (
  <TopToolbar>
    <ListButton label="resources.messages.actions.back" />
  </TopToolbar>
);

/** One attachment: its name opens the PDF in a new tab (fetched with the bearer token); a button downloads it. */
const AttachmentItem = ({ message, attachment }: { message: Message; attachment: MessageAttachment }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { preview, download, busy } = usePdfFile();
  const fetcher: PdfFetcher = (dataProvider) => dataProvider.fetchAttachment(message.id, attachment);
  const downloadLabel = translate('resources.messages.actions.download', { filename: attachment.filename });
  return (
    <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.5 }}>
      <PictureAsPdfIcon aria-hidden sx={{ color: 'error.main' }} />
      <MuiLink
        component="button"
        type="button"
        role="link"
        underline="hover"
        onClick={() => preview(fetcher)}
        disabled={busy !== null}
        sx={{ fontWeight: 600, fontSize: '0.95rem', verticalAlign: 'baseline' }}
      >
        {attachment.filename}
      </MuiLink>
      <Typography component="span" variant="body2" color="text.secondary">
        {formatSize(attachment.size, locale)}
      </Typography>
      <Tooltip title={downloadLabel}>
        <span>
          <IconButton size="small" aria-label={downloadLabel} onClick={() => download(fetcher)} disabled={busy !== null}>
            <DownloadIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
    </Box>
  );
};

const MessageView = () => {
  const record = useRecordContext<Message>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const f = (name: string) => `resources.messages.fields.${name}`;
  // The author is a login: the candidate sees their own name rather than their identifier.
  const user = getUser();
  const author = record.author && user && record.author === user.username ? user.displayName : record.author;
  const to = [record.toName, record.toAddress ? (record.toName ? `<${record.toAddress}>` : record.toAddress) : null].filter(Boolean).join(' ');
  return (
    <>
      <RecordHeader
        title={record.subject}
        chips={
          <>
            <StatusChip enumName="messageDirection" value={record.direction} colors={{ out: 'primary', in: 'success' }} />
            <ChannelChip channel={record.channel} />
          </>
        }
      />
      <Box sx={{ px: 2, pb: 2 }}>
        <InfoBlock title="resources.messages.sections.envelope" columns={3}>
          <Info caption={f('fromAddress')}>{record.fromAddress}</Info>
          <Info caption={f('recipient')}>{to}</Info>
          <Info caption={f('sentAt')}>{formatDateTime(record.sentAt, locale)}</Info>
          <Info caption={f('channel')}>{translate(`app.enums.messageChannel.${record.channel}`, { _: record.channel })}</Info>
          <Info caption={f('relatedNumber')}>{record.relatedNumber ? <RelatedDocumentLink message={record} /> : null}</Info>
          <Info caption={f('author')}>{author}</Info>
        </InfoBlock>
        <Box component="section" aria-labelledby="message-body-title" sx={{ mb: 2 }}>
          <SectionTitle id="message-body-title">{translate(f('body'))}</SectionTitle>
          <Paper variant="outlined" sx={{ p: 2, maxWidth: 820 }}>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', lineHeight: 1.6 }}>
              {record.body}
            </Typography>
          </Paper>
        </Box>
        <Box component="section" aria-labelledby="message-attachments-title">
          <SectionTitle id="message-attachments-title">{translate(f('attachments'))}</SectionTitle>
          {record.attachments?.length ? (
            <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {record.attachments.map((attachment) => (
                <AttachmentItem key={String(attachment.id)} message={record} attachment={attachment} />
              ))}
            </Box>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {translate('resources.messages.noAttachment')}
            </Typography>
          )}
        </Box>
      </Box>
    </>
  );
};

export const MessageShow = () => (
  <Show title={<MessageTitle />} actions={<Actions />}>
    <MessageView />
  </Show>
);
