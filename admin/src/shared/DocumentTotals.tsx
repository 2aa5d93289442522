import type { ReactNode } from 'react';
import { Alert, Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import type { VatBreakdownLine, VatRegime } from '../types';
import { formatMoney, formatRate } from './format';
import { visuallyHidden } from './visuallyHidden';

export interface TotalsView {
  netCents: number;
  vatCents: number;
  grossCents: number;
  vatBreakdown: VatBreakdownLine[];
  /** Only in the editor's live totals (POST /document-totals). */
  linesNetCents?: number;
  allowanceCents?: number;
  chargeCents?: number;
}

const Row = ({ label, value, strong, big, note }: { label: ReactNode; value: string; strong?: boolean; big?: boolean; note?: ReactNode }) => (
  <TableRow sx={{ '& td, & th': { border: 0, py: big ? 0.75 : 0.35, px: 0 } }}>
    <TableCell component="th" scope="row" sx={{ fontWeight: strong ? 700 : 400, fontSize: big ? '1.05rem' : undefined }}>
      {label}
      {note ? (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.75 }}>
          {note}
        </Typography>
      ) : null}
    </TableCell>
    <TableCell
      align="right"
      sx={{ fontWeight: strong ? 700 : 400, fontSize: big ? '1.05rem' : undefined, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', pl: 2 }}
    >
      {value}
    </TableCell>
  </TableRow>
);

/**
 * The totals of a document as the server computed them: total HT, VAT per rate on its base, TTC.
 * Never computed here: the editor feeds it POST /document-totals, the show pages the saved record.
 */
export const TotalsPanel = ({
  totals,
  vatRegime,
  globalDiscountBp,
  shippingCents,
  status,
  id = 'document-totals',
}: {
  totals: TotalsView | null | undefined;
  vatRegime?: VatRegime | null;
  globalDiscountBp?: number | null;
  shippingCents?: number | null;
  /** A line under the title: "Calcul…", an error, a hint. */
  status?: ReactNode;
  id?: string;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  const money = (cents: number) => formatMoney(cents, locale);
  const exempt = vatRegime && vatRegime !== 'standard';
  return (
    <Card component="section" aria-labelledby={`${id}-title`} sx={{ minWidth: 300 }}>
      <CardContent sx={{ pb: '12px !important' }}>
        <Box sx={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: 1, mb: 0.5 }}>
          <Typography id={`${id}-title`} component="h3" variant="subtitle1" sx={{ color: 'primary.dark' }}>
            {translate('app.documents.totals.title')}
          </Typography>
          {status ? (
            <Typography variant="caption" color="text.secondary" role="status" aria-live="polite">
              {status}
            </Typography>
          ) : null}
        </Box>
        {totals ? (
          <Table size="small" aria-labelledby={`${id}-title`}>
            <TableBody>
              {totals.linesNetCents != null && (totals.allowanceCents || totals.chargeCents) ? (
                <Row label={translate('app.documents.totals.linesNet')} value={money(totals.linesNetCents)} />
              ) : null}
              {totals.allowanceCents ? (
                <Row
                  label={translate('app.documents.totals.allowance')}
                  note={globalDiscountBp ? formatRate(globalDiscountBp, locale) : undefined}
                  value={money(-totals.allowanceCents)}
                />
              ) : totals.linesNetCents == null && globalDiscountBp ? (
                <Row label={translate('app.documents.totals.allowance')} value={formatRate(globalDiscountBp, locale)} />
              ) : null}
              {totals.chargeCents ? (
                <Row label={translate('app.documents.totals.shipping')} value={money(totals.chargeCents)} />
              ) : totals.linesNetCents == null && shippingCents ? (
                <Row label={translate('app.documents.totals.shipping')} value={money(shippingCents)} />
              ) : null}
              <Row label={translate('app.documents.totals.net')} value={money(totals.netCents)} strong />
              {totals.vatBreakdown.map((rate) => (
                <Row
                  key={rate.rateBp}
                  label={translate('app.documents.totals.vatAt', { rate: formatRate(rate.rateBp, locale) })}
                  note={`${translate('app.documents.totals.base')} ${money(rate.baseCents)}`}
                  value={money(rate.vatCents)}
                />
              ))}
              {totals.vatBreakdown.length > 1 ? <Row label={translate('app.documents.totals.vat')} value={money(totals.vatCents)} /> : null}
              <Row label={translate('app.documents.totals.gross')} value={money(totals.grossCents)} strong big />
            </TableBody>
          </Table>
        ) : null}
        {exempt ? (
          <Alert severity="info" sx={{ mt: 1, py: 0, '& .MuiAlert-message': { fontSize: '0.8rem' } }}>
            {translate(`app.documents.totals.exempt.${vatRegime}`)}
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
};

/** The VAT breakdown per rate (EN 16931 BG-23): lines, allowance, charge, base, VAT. */
export const VatBreakdownTable = ({ breakdown }: { breakdown: VatBreakdownLine[] | null | undefined }) => {
  const translate = useTranslate();
  const locale = useLocale();
  if (!breakdown || breakdown.length === 0) return null;
  const money = (cents: number) => formatMoney(cents, locale);
  const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
  return (
    <Table size="small" sx={{ mt: 1 }}>
      <Box component="caption" sx={visuallyHidden}>
        {translate('app.documents.totals.breakdown')}
      </Box>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.documents.totals.rate')}</TableCell>
          <TableCell align="right">{translate('app.documents.totals.lines')}</TableCell>
          <TableCell align="right">{translate('app.documents.totals.allowance')}</TableCell>
          <TableCell align="right">{translate('app.documents.totals.shipping')}</TableCell>
          <TableCell align="right">{translate('app.documents.totals.base')}</TableCell>
          <TableCell align="right">{translate('app.documents.totals.amount')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {breakdown.map((rate) => (
          <TableRow key={rate.rateBp}>
            <TableCell sx={num}>{formatRate(rate.rateBp, locale)}</TableCell>
            <TableCell align="right" sx={num}>{money(rate.linesCents)}</TableCell>
            <TableCell align="right" sx={num}>{rate.allowanceCents ? money(-rate.allowanceCents) : '—'}</TableCell>
            <TableCell align="right" sx={num}>{rate.chargeCents ? money(rate.chargeCents) : '—'}</TableCell>
            <TableCell align="right" sx={num}>{money(rate.baseCents)}</TableCell>
            <TableCell align="right" sx={num}>{money(rate.vatCents)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
