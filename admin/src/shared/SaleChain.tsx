import { Box, Link as MuiLink, Paper, Typography } from '@mui/material';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { LinkBase, useGetList, useGetOne, useLocale, useTranslate, type Identifier } from 'react-admin';
import type { CreditNote, DeliveryNote, DocumentRef, Invoice, Order, Quote } from '../types';
import { formatMoney } from './format';
import { DocumentStatusChip } from './DocumentStatusChip';
import type { SalesResource } from './documentKinds';

interface Step {
  resource: SalesResource;
  label: string;
  docs: DocumentRef[];
}

/** Everything linked to one sale, gathered from the current record and (at most) its order and invoice. */
const useChain = (resource: SalesResource, record: Record<string, unknown>): Step[] => {
  const quoteRecord = resource === 'quotes' ? (record as unknown as Quote) : undefined;
  const creditRecord = resource === 'credit-notes' ? (record as unknown as CreditNote) : undefined;
  const { data: creditedInvoice } = useGetOne<Invoice>(
    'invoices',
    { id: creditRecord?.invoiceId as Identifier },
    { enabled: !!creditRecord?.invoiceId },
  );
  const orderFromQuote = quoteRecord?.orders?.find((o) => o.status !== 'cancelled') ?? quoteRecord?.orders?.[0];
  const orderId: Identifier | null | undefined =
    resource === 'orders'
      ? (record.id as Identifier)
      : resource === 'quotes'
        ? orderFromQuote?.id
        : resource === 'delivery-notes' || resource === 'invoices'
          ? (record.orderId as Identifier | null)
          : creditedInvoice?.orderId;
  const { data: fetchedOrder } = useGetOne<Order>('orders', { id: orderId as Identifier }, { enabled: resource !== 'orders' && orderId != null });
  const order = resource === 'orders' ? (record as unknown as Order) : orderId != null ? fetchedOrder : undefined;
  const { data: clientCreditNotes } = useGetList<CreditNote>('credit-notes', {
    filter: { clientId: record.clientId },
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'date', order: 'ASC' },
  }, { enabled: record.clientId != null });

  const self = { id: record.id as Identifier, number: (record.number as string | null) ?? null, status: record.status as string, date: record.date as string };
  const invoice = resource === 'invoices' ? (record as unknown as Invoice) : creditedInvoice;

  const quote: DocumentRef[] =
    resource === 'quotes' ? [{ ...self, status: (quoteRecord?.displayStatus as string) ?? self.status }] : order?.quote ? [order.quote] : [];
  const orders: DocumentRef[] =
    resource === 'orders' ? [self] : resource === 'quotes' ? quoteRecord?.orders ?? [] : order ? [{ id: order.id, number: order.number, status: order.status }] : [];
  const deliveryNotes: DocumentRef[] =
    order?.deliveryNotes ??
    (resource === 'delivery-notes' ? [self] : invoice?.deliveryNotes ?? []);
  const invoices: DocumentRef[] = order?.invoices ?? (invoice ? [{ id: invoice.id, number: invoice.number, status: invoice.status, type: invoice.type }] : []);
  const invoiceIds = new Set(invoices.map((i) => String(i.id)));
  const creditNotes: DocumentRef[] = (clientCreditNotes ?? [])
    .filter((c) => invoiceIds.has(String(c.invoiceId)))
    .map((c) => ({ id: c.id, number: c.number, status: c.status, grossCents: c.grossCents }));
  if (resource === 'credit-notes' && !creditNotes.some((c) => String(c.id) === String(self.id))) creditNotes.push(self);

  return [
    { resource: 'quotes', label: 'app.documents.chain.quote', docs: quote },
    { resource: 'orders', label: 'app.documents.chain.order', docs: orders },
    { resource: 'delivery-notes', label: 'app.documents.chain.deliveryNotes', docs: deliveryNotes },
    { resource: 'invoices', label: 'app.documents.chain.invoices', docs: invoices },
    { resource: 'credit-notes', label: 'app.documents.chain.creditNotes', docs: creditNotes },
  ];
};

/**
 * The chain of the sale as links: quote → order → delivery notes → invoices → credit notes.
 * The document on screen is marked, not linked.
 */
export const SaleChain = ({ resource, record }: { resource: SalesResource; record: DeliveryNote | Quote | Order | Invoice | CreditNote }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const steps = useChain(resource, record as unknown as Record<string, unknown>);
  return (
    <Paper
      component="nav"
      variant="outlined"
      aria-label={translate('app.documents.chain.title')}
      sx={{ p: 1.5, mb: 2, bgcolor: '#f8fafc' }}
    >
      <Typography component="h3" variant="subtitle2" sx={{ color: 'primary.dark', mb: 1 }}>
        {translate('app.documents.chain.title')}
      </Typography>
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexWrap: 'wrap', alignItems: 'stretch', gap: 0.5 }}>
        {steps.map((step, index) => (
          <Box component="li" key={step.resource} sx={{ display: 'flex', alignItems: 'stretch', flex: '1 1 160px', minWidth: 150 }}>
            {index > 0 ? (
              <Box aria-hidden sx={{ display: 'flex', alignItems: 'center', color: 'text.secondary', mr: 0.5 }}>
                <ChevronRightIcon fontSize="small" />
              </Box>
            ) : null}
            <Box
              sx={{
                flex: 1,
                border: 1,
                borderColor: step.resource === resource ? 'primary.main' : 'divider',
                borderRadius: 1,
                px: 1,
                py: 0.75,
                bgcolor: step.docs.length ? '#fff' : 'transparent',
              }}
            >
              <Typography variant="caption" color="text.secondary" component="div" sx={{ fontWeight: 600, textTransform: 'uppercase', letterSpacing: '0.04em' }}>
                {translate(step.label)}
              </Typography>
              {step.docs.length === 0 ? (
                <Typography variant="body2" color="text.secondary">
                  {translate('app.documents.chain.none')}
                </Typography>
              ) : (
                <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
                  {step.docs.map((doc) => {
                    const current = step.resource === resource && String(doc.id) === String(record.id);
                    const text = doc.number ?? translate('app.documents.noNumber');
                    return (
                      <Box component="li" key={String(doc.id)} sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 0.75, py: 0.25 }}>
                        {current ? (
                          <Typography component="span" variant="body2" aria-current="page" sx={{ fontWeight: 700, fontStyle: doc.number ? 'normal' : 'italic' }}>
                            {text}
                            <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary' }}>{` (${translate('app.documents.chain.current')})`}</Box>
                          </Typography>
                        ) : (
                          <MuiLink
                            component={LinkBase}
                            to={`/${step.resource}/${doc.id}/show`}
                            underline="hover"
                            sx={{ fontWeight: 600, fontStyle: doc.number ? 'normal' : 'italic' }}
                          >
                            {text}
                          </MuiLink>
                        )}
                        {doc.type === 'deposit' ? (
                          <Typography component="span" variant="caption" color="text.secondary">
                            {translate('app.documents.chain.deposit')}
                          </Typography>
                        ) : null}
                        {doc.status ? <DocumentStatusChip resource={step.resource} status={doc.status} /> : null}
                        {doc.grossCents != null && step.resource !== 'quotes' && step.resource !== 'orders' ? (
                          <Typography component="span" variant="caption" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                            {formatMoney(doc.grossCents, locale)}
                          </Typography>
                        ) : null}
                      </Box>
                    );
                  })}
                </Box>
              )}
            </Box>
          </Box>
        ))}
      </Box>
    </Paper>
  );
};
