import type { ReactNode } from 'react';
import {
  Alert,
  Box,
  CircularProgress,
  Link as MuiLink,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { HttpError, LinkBase, useDataProvider, useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import type { ControlAnomaly, ControlPriced, DocumentRef, Order, OrderControl } from '../types';
import { formatMoney, formatQuantity, formatRate } from '../shared/format';
import { errorText } from '../shared/serverErrors';
import { DocumentStatusChip } from '../shared/DocumentStatusChip';
import { isSalesResource, type SalesResource } from '../shared/documentKinds';
import { visuallyHidden } from '../shared/visuallyHidden';

type Column = 'quote' | 'order' | 'delivered' | 'invoiced' | 'credited';

/**
 * Which cells an anomaly concerns, from the words of its code (QUOTE_ORDER_PRICE → quote and order,
 * INVOICED_NOT_DELIVERED → invoiced and delivered, INVOICED_BACKORDER → invoiced and delivered…).
 * Unknown codes are shown in the anomalies column only.
 */
export const cellsOf = (code: string): Column[] => {
  const cells = new Set<Column>();
  for (const word of code.toUpperCase().split(/[^A-Z]+/)) {
    if (word === 'QUOTE' || word === 'QUOTED') cells.add('quote');
    else if (word === 'ORDER' || word === 'ORDERED') cells.add('order');
    else if (word.startsWith('DELIVER') || word === 'BACKORDER') cells.add('delivered');
    else if (word.startsWith('INVOIC')) cells.add('invoiced');
    else if (word.startsWith('CREDIT')) cells.add('credited');
  }
  return [...cells];
};

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', verticalAlign: 'top' } as const;
const bad = { bgcolor: '#fdecea', color: '#8a1c14', fontWeight: 700 } as const;

const Priced = ({ value }: { value: ControlPriced | null }) => {
  const locale = useLocale();
  const translate = useTranslate();
  if (!value) {
    return (
      <Typography variant="body2" color="text.secondary" component="span">
        {translate('app.documents.control.absent')}
      </Typography>
    );
  }
  return (
    <Box>
      <div>
        {formatQuantity(value.quantity, locale)} × {formatMoney(value.unitPriceCents, locale)}
      </div>
      <Typography variant="caption" component="div" color="inherit">
        {value.discountBp ? `${translate('app.documents.control.discount', { rate: formatRate(value.discountBp, locale) })} · ` : ''}
        {translate('app.documents.lines.vat')} {formatRate(value.vatRateBp, locale)} · {formatMoney(value.netCents, locale)}
      </Typography>
    </Box>
  );
};

const DocLinks = ({ resource, docs }: { resource: SalesResource; docs: DocumentRef[] }) => {
  const translate = useTranslate();
  if (docs.length === 0) return <>{translate('app.documents.chain.none')}</>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 1 }}>
      {docs.map((d) => (
        <Box component="span" key={String(d.id)} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <MuiLink component={LinkBase} to={`/${resource}/${d.id}/show`} underline="hover" sx={{ fontWeight: 600 }}>
            {d.number ?? translate('app.documents.noNumber')}
          </MuiLink>
          {d.status ? <DocumentStatusChip resource={resource} status={d.status} /> : null}
        </Box>
      ))}
    </Box>
  );
};

/** The number of a document the control mentions, read from its list of documents. */
const numberOf = (control: OrderControl, resource: string, id: unknown): string | null => {
  const docs: Array<DocumentRef | null | undefined> =
    resource === 'quotes'
      ? [control.documents.quote]
      : resource === 'orders'
        ? [{ id: control.orderId, number: control.orderNumber }]
        : resource === 'delivery-notes'
          ? control.documents.deliveryNotes ?? []
          : resource === 'invoices'
            ? control.documents.invoices ?? []
            : resource === 'credit-notes'
              ? control.documents.creditNotes ?? []
              : [];
  return docs.find((d) => d && String(d.id) === String(id))?.number ?? null;
};

const AnomalyLink = ({ anomaly, control }: { anomaly: ControlAnomaly; control: OrderControl }) => {
  const translate = useTranslate();
  const resource = anomaly.resource && isSalesResource(anomaly.resource) ? anomaly.resource : null;
  return (
    <>
      {anomaly.message}
      {resource && anomaly.id != null ? (
        <>
          {' ('}
          <MuiLink component={LinkBase} to={`/${resource}/${anomaly.id}/show`} underline="always" sx={{ color: 'inherit', fontWeight: 700, whiteSpace: 'nowrap' }}>
            {numberOf(control, resource, anomaly.id) ?? translate('app.documents.noNumber')}
          </MuiLink>
          {')'}
        </>
      ) : null}
    </>
  );
};

const ControlTable = ({ control }: { control: OrderControl }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.documents.control.${key}`, options);
  // The top-level list gathers every anomaly of the sale (rows included).
  const total = Math.max(control.anomalies?.length ?? 0, control.rows.reduce((n, r) => n + r.anomalies.length, 0));
  const cell = (flagged: boolean, content: ReactNode, align: 'left' | 'right' = 'left') => (
    <TableCell align={align} sx={{ ...num, ...(flagged ? bad : {}) }}>
      {content}
    </TableCell>
  );
  return (
    <Box>
      {total === 0 ? (
        <Alert severity="success" sx={{ mb: 2 }}>
          {t('none')}
        </Alert>
      ) : (
        <Alert severity="error" sx={{ mb: 2 }}>
          <strong>{t('count', { smart_count: total })}</strong>
          {(control.anomalies ?? []).length > 0 ? (
            <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
              {control.anomalies.map((a, i) => (
                <li key={`${a.code}-${i}`}>
                  <AnomalyLink anomaly={a} control={control} />
                </li>
              ))}
            </Box>
          ) : null}
        </Alert>
      )}
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, mb: 2 }}>
        <Table size="small">
          <Box component="caption" sx={visuallyHidden}>
            {t('caption')}
          </Box>
          <TableHead>
            <TableRow>
              <TableCell>{t('article')}</TableCell>
              <TableCell>{t('quote')}</TableCell>
              <TableCell>{t('order')}</TableCell>
              <TableCell align="right">{t('delivered')}</TableCell>
              <TableCell>{t('invoiced')}</TableCell>
              <TableCell align="right">{t('credited')}</TableCell>
              <TableCell>{t('anomalies')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {control.rows.map((row) => {
              const flagged = new Set(row.anomalies.flatMap((a) => cellsOf(a.code)));
              return (
                <TableRow key={row.key}>
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    <Typography variant="body2" sx={{ fontWeight: 700 }} component="div">
                      {row.reference ?? '—'}
                    </Typography>
                    <Typography variant="caption" component="div">
                      {row.label}
                    </Typography>
                  </TableCell>
                  {cell(flagged.has('quote'), <Priced value={row.quote} />)}
                  {cell(flagged.has('order'), <Priced value={row.order} />)}
                  {cell(flagged.has('delivered'), formatQuantity(row.delivered, locale), 'right')}
                  {cell(flagged.has('invoiced'), <Priced value={row.invoiced} />)}
                  {cell(flagged.has('credited'), formatQuantity(row.credited, locale), 'right')}
                  <TableCell sx={{ verticalAlign: 'top', ...(row.anomalies.length ? bad : {}) }}>
                    {row.anomalies.length === 0 ? (
                      <Typography variant="body2" sx={{ color: 'success.main', fontWeight: 600 }}>
                        {t('ok')}
                      </Typography>
                    ) : (
                      <Box component="ul" sx={{ m: 0, pl: 2 }}>
                        {row.anomalies.map((a, i) => (
                          <li key={`${a.code}-${i}`}>
                            <AnomalyLink anomaly={a} control={control} />
                          </li>
                        ))}
                      </Box>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3 }}>
        <Box component="section" aria-labelledby="control-docs-title">
          <Typography id="control-docs-title" component="h4" variant="subtitle2" sx={{ color: 'primary.dark', mb: 1 }}>
            {t('documents')}
          </Typography>
          <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.75, '& dt': { color: 'text.secondary' }, '& dd': { m: 0 } }}>
            <dt>{translate('app.documents.chain.quote')}</dt>
            <dd>
              <DocLinks resource="quotes" docs={control.documents.quote ? [control.documents.quote] : []} />
            </dd>
            <dt>{translate('app.documents.chain.deliveryNotes')}</dt>
            <dd>
              <DocLinks resource="delivery-notes" docs={control.documents.deliveryNotes ?? []} />
            </dd>
            <dt>{translate('app.documents.chain.invoices')}</dt>
            <dd>
              <DocLinks resource="invoices" docs={control.documents.invoices ?? []} />
            </dd>
            <dt>{translate('app.documents.chain.creditNotes')}</dt>
            <dd>
              <DocLinks resource="credit-notes" docs={control.documents.creditNotes ?? []} />
            </dd>
          </Box>
        </Box>
        <Box component="section" aria-labelledby="control-totals-title">
          <Typography id="control-totals-title" component="h4" variant="subtitle2" sx={{ color: 'primary.dark', mb: 1 }}>
            {t('totals')}
          </Typography>
          <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto auto', justifyContent: 'start', columnGap: 3, rowGap: 0.75, '& dt': { color: 'text.secondary' }, '& dd': { m: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}>
            <dt>{t('quote')}</dt>
            <dd>{control.totals.quoteNetCents == null ? '—' : formatMoney(control.totals.quoteNetCents, locale)}</dd>
            <dt>{t('order')}</dt>
            <dd>{formatMoney(control.totals.orderNetCents, locale)}</dd>
            <dt>{t('invoiced')}</dt>
            <dd>{formatMoney(control.totals.invoicedNetCents, locale)}</dd>
            <dt>{t('credited')}</dt>
            <dd>{formatMoney(control.totals.creditedNetCents, locale)}</dd>
          </Box>
        </Box>
      </Box>
    </Box>
  );
};

/** "Contrôle des documents": GET /orders/:id/control, built against the contract; says so while the server lacks it. */
export const OrderControlView = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const { data, error, isPending } = useQuery({
    queryKey: ['order-control', order?.id, order?.updatedAt],
    queryFn: async ({ signal }) => (await dataProvider.orderControl(order!.id, signal)).data,
    enabled: !!order,
    retry: false,
  });
  if (!order) return null;
  return (
    <Box component="section" aria-labelledby="control-title" sx={{ width: '100%', px: 2, pb: 2, boxSizing: 'border-box' }}>
      <Typography id="control-title" component="h3" variant="subtitle1" sx={{ color: 'primary.dark', mb: 0.5 }}>
        {translate('app.documents.control.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.documents.control.intro')}
      </Typography>
      {isPending ? (
        <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
      ) : error ? (
        error instanceof HttpError && (error.status === 404 || error.status === 405 || error.status === 501) ? (
          <Alert severity="info">{translate('app.documents.control.unavailable')}</Alert>
        ) : (
          <Alert severity="error">{translate('app.documents.control.error', { message: errorText(error, translate) })}</Alert>
        )
      ) : data && Array.isArray(data.rows) ? (
        <ControlTable control={data} />
      ) : (
        <Alert severity="info">{translate('app.documents.control.unavailable')}</Alert>
      )}
    </Box>
  );
};
