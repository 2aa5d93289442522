import type React from 'react';
import { Box, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { LinkBase, useLocale, useTranslate } from 'react-admin';
import type { DeliveryNoteLine, OrderLine } from '../types';
import { formatMoney, formatQuantity, formatRate } from './format';
import { visuallyHidden } from './visuallyHidden';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

const Reference = ({ line }: { line: { productId?: unknown; reference?: string | null } }) =>
  line.reference && line.productId != null ? (
    <Box component={LinkBase} to={`/products/${line.productId}/show`} sx={{ color: 'primary.main', fontWeight: 600, textDecoration: 'none', '&:hover': { textDecoration: 'underline' } }}>
      {line.reference}
    </Box>
  ) : (
    <>{line.reference ?? '—'}</>
  );

/** Shown instead of a lines table when a document has no line. */
const NoLines = () => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ py: 2 }}>
      {translate('app.documents.lines.empty')}
    </Typography>
  );
};

/** The bordered table, with its caption for screen readers, that both lines tables use. */
const LinesFrame = ({ children }: { children: React.ReactNode }) => {
  const translate = useTranslate();
  return (
    <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small">
        <Box component="caption" sx={visuallyHidden}>
          {translate('app.documents.lines.caption')}
        </Box>
        {children}
      </Table>
    </TableContainer>
  );
};

/**
 * The lines of a saved document, read-only. `progress` adds the order's follow-up (delivered,
 * left to deliver — the backorder, highlighted — and invoiced).
 */
export const DocumentLinesTable = ({
  lines,
  progress = false,
  partial = false,
}: {
  lines: OrderLine[] | undefined;
  progress?: boolean;
  /** The order is partially delivered: everything left to deliver is a backorder. */
  partial?: boolean;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  const q = (n: number | null | undefined) => (n == null ? '—' : formatQuantity(n, locale));
  if (!lines || lines.length === 0) return <NoLines />;
  return (
    <LinesFrame>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.documents.lines.reference')}</TableCell>
            <TableCell sx={{ minWidth: 200 }}>{translate('app.documents.lines.label')}</TableCell>
            <TableCell align="right">
              {translate(progress ? 'resources.orders.fields.ordered' : 'app.documents.lines.quantity')}
            </TableCell>
            <TableCell align="right">{translate('app.documents.lines.unitPrice')}</TableCell>
            <TableCell align="right">{translate('app.documents.lines.discount')}</TableCell>
            <TableCell align="right">{translate('app.documents.lines.vat')}</TableCell>
            <TableCell align="right">{translate('app.documents.lines.net')}</TableCell>
            {progress ? (
              <>
                <TableCell align="right">{translate('resources.orders.fields.delivered')}</TableCell>
                <TableCell align="right">{translate('resources.orders.fields.remaining')}</TableCell>
                <TableCell align="right">{translate('resources.orders.fields.invoiced')}</TableCell>
              </>
            ) : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line, i) => {
            const backorder = progress && (line.remaining ?? 0) > 0 && (partial || (line.delivered ?? 0) > 0);
            return (
              <TableRow key={String(line.id ?? i)} sx={backorder ? { bgcolor: '#fff4e5' } : undefined}>
                <TableCell sx={num}>
                  <Reference line={line} />
                </TableCell>
                <TableCell>
                  {line.label}
                  {line.unit ? (
                    <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.75 }}>
                      ({line.unit})
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell align="right" sx={num}>{q(line.quantity)}</TableCell>
                <TableCell align="right" sx={num}>{formatMoney(line.unitPriceCents, locale)}</TableCell>
                <TableCell align="right" sx={num}>{line.discountBp ? formatRate(line.discountBp, locale) : '—'}</TableCell>
                <TableCell align="right" sx={num}>{formatRate(line.vatRateBp, locale)}</TableCell>
                <TableCell align="right" sx={{ ...num, fontWeight: 600 }}>{formatMoney(line.netCents ?? null, locale)}</TableCell>
                {progress ? (
                  <>
                    <TableCell align="right" sx={num}>{q(line.delivered)}</TableCell>
                    <TableCell align="right" sx={{ ...num, fontWeight: backorder ? 700 : 400, color: backorder ? 'warning.main' : undefined }}>
                      {q(line.remaining)}
                      {backorder ? (
                        <Chip size="small" color="warning" label={translate('resources.orders.backorder')} sx={{ ml: 1 }} />
                      ) : null}
                    </TableCell>
                    <TableCell align="right" sx={num}>{q(line.invoiced)}</TableCell>
                  </>
                ) : null}
              </TableRow>
            );
          })}
        </TableBody>
    </LinesFrame>
  );
};

/** The lines of a delivery note: no prices; ordered, delivered by this note, delivered in total, left. */
export const DeliveryLinesTable = ({ lines }: { lines: DeliveryNoteLine[] | undefined }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const q = (n: number | null | undefined) => (n == null ? '—' : formatQuantity(n, locale));
  const t = (f: string) => translate(`resources.delivery-notes.fields.${f}`);
  if (!lines || lines.length === 0) return <NoLines />;
  return (
    <LinesFrame>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.documents.lines.reference')}</TableCell>
            <TableCell sx={{ minWidth: 220 }}>{translate('app.documents.lines.label')}</TableCell>
            <TableCell>{translate('app.documents.lines.unit')}</TableCell>
            <TableCell align="right">{t('ordered')}</TableCell>
            <TableCell align="right">{t('quantity')}</TableCell>
            <TableCell align="right">{t('deliveredTotal')}</TableCell>
            <TableCell align="right">{t('remaining')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => {
            const backorder = (line.remaining ?? 0) > 0;
            return (
              <TableRow key={String(line.id)} sx={backorder ? { bgcolor: '#fff4e5' } : undefined}>
                <TableCell sx={num}>
                  <Reference line={line} />
                </TableCell>
                <TableCell>{line.label}</TableCell>
                <TableCell>{line.unit}</TableCell>
                <TableCell align="right" sx={num}>{q(line.ordered)}</TableCell>
                <TableCell align="right" sx={{ ...num, fontWeight: 700 }}>{q(line.quantity)}</TableCell>
                <TableCell align="right" sx={num}>{q(line.deliveredTotal)}</TableCell>
                <TableCell align="right" sx={{ ...num, color: backorder ? 'warning.main' : undefined, fontWeight: backorder ? 700 : 400 }}>
                  {q(line.remaining)}
                  {backorder ? <Chip size="small" color="warning" label={translate('resources.orders.backorder')} sx={{ ml: 1 }} /> : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
    </LinesFrame>
  );
};
