import { Box, Link as MuiLink, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { LinkBase, useGetList, useLocale, useTranslate, type Identifier } from 'react-admin';
import { formatDateTime, formatDate, formatMoney } from '../shared/format';
import type { Interaction } from '../reminders/types';

export const interactionsPath = (clientId: Identifier) =>
  `/interactions?filter=${encodeURIComponent(JSON.stringify({ thirdPartyId: clientId }))}`;

/** "Promesse : 1 200,00 € le 20/03/2026" for a promise to pay, else the outcome. */
export const OutcomeText = ({ interaction }: { interaction: Interaction }) => {
  const translate = useTranslate();
  const locale = useLocale();
  if (!interaction.outcome) return <>—</>;
  const outcome = translate(`app.enums.interactionOutcome.${interaction.outcome}`, { _: interaction.outcome });
  if (interaction.outcome !== 'promise_to_pay' || !interaction.promisedDate) return <>{outcome}</>;
  return (
    <>
      {outcome}
      <Typography component="div" variant="caption" color="text.secondary">
        {interaction.promisedAmountCents != null
          ? translate('resources.interactions.promise', {
              amount: formatMoney(interaction.promisedAmountCents, locale),
              date: formatDate(interaction.promisedDate, locale),
            })
          : translate('resources.interactions.promiseDate', { date: formatDate(interaction.promisedDate, locale) })}
      </Typography>
    </>
  );
};

/** "Appels et échanges": the last calls, e-mails and notes with a client (read-only). */
export const InteractionsPanel = ({ clientId, compact = false }: { clientId: Identifier; compact?: boolean }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { data, total, isPending, error } = useGetList<Interaction>('interactions', {
    filter: { thirdPartyId: clientId },
    sort: { field: 'at', order: 'DESC' },
    pagination: { page: 1, perPage: compact ? 5 : 10 },
  });
  const titleId = `interactions-${clientId}-${compact ? 'c' : 'f'}`;
  const f = (name: string) => translate(`resources.interactions.fields.${name}`);
  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, borderBottom: compact ? 0 : 1, borderColor: 'divider', mb: compact ? 0.5 : 1 }}>
        <Typography
          id={titleId}
          component="h3"
          variant={compact ? 'subtitle2' : 'subtitle1'}
          sx={{ color: compact ? 'text.primary' : 'primary.dark', pb: compact ? 0 : 0.5 }}
        >
          {translate('resources.interactions.panel.title')}
        </Typography>
        {total != null && total > (data?.length ?? 0) ? (
          <MuiLink component={LinkBase} to={interactionsPath(clientId)} underline="hover" variant="body2" sx={{ ml: 'auto' }}>
            {translate('resources.interactions.panel.all', { smart_count: total })}
          </MuiLink>
        ) : null}
      </Box>
      {isPending ? (
        <Skeleton variant="rectangular" height={48} />
      ) : error ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.interactions.panel.unavailable')}
        </Typography>
      ) : !data?.length ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.interactions.panel.empty')}
        </Typography>
      ) : (
        <Table size="small" aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell>{f('at')}</TableCell>
              <TableCell>{f('kind')}</TableCell>
              <TableCell>{f('subject')}</TableCell>
              <TableCell>{f('outcome')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((i) => (
              <TableRow key={String(i.id)}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{compact ? formatDate(i.at, locale) : formatDateTime(i.at, locale)}</TableCell>
                <TableCell>{translate(`app.enums.interactionKind.${i.kind}`, { _: i.kind })}</TableCell>
                <TableCell>
                  {i.subject}
                  {!compact && i.notes ? (
                    <Typography component="div" variant="caption" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
                      {i.notes}
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell>
                  <OutcomeText interaction={i} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
