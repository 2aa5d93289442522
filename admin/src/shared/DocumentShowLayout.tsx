import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { SalesDocument } from '../types';
import { DocumentLinesTable } from './DocumentLinesTable';
import { TotalsPanel, VatBreakdownTable } from './DocumentTotals';
import { SaleChain } from './SaleChain';
import { DocumentSends } from './DocumentSends';
import type { SalesResource } from './documentKinds';

export const SectionTitle = ({ id, children }: { id?: string; children: ReactNode }) => (
  <Typography id={id} component="h3" variant="subtitle1" sx={{ color: 'primary.dark', borderBottom: 1, borderColor: 'divider', pb: 0.5, mb: 1 }}>
    {children}
  </Typography>
);

/**
 * The body of a priced document's show page: the sale chain, the information blocks, the lines,
 * the VAT breakdown and the totals (as saved by the server), the notes.
 */
export const DocumentShowBody = ({
  resource,
  info,
  lines,
  below,
}: {
  resource: SalesResource;
  info: ReactNode;
  /** Replaces the default lines table. */
  lines?: ReactNode;
  /** Under the VAT breakdown (deposits deducted, credit notes…). */
  below?: ReactNode;
}) => {
  const record = useRecordContext<SalesDocument>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ px: 2, pb: 2, width: '100%', boxSizing: 'border-box' }}>
      <SaleChain resource={resource} record={record as never} />
      <DocumentSends resource={resource} record={record} />
      {info}
      <Box component="section" aria-labelledby="lines-title" sx={{ mb: 2 }}>
        <SectionTitle id="lines-title">{translate('app.documents.sections.lines')}</SectionTitle>
        {lines ?? <DocumentLinesTable lines={record.lines} />}
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) 380px' }, gap: 3, alignItems: 'start' }}>
        <Box>
          <Box component="section" aria-labelledby="vat-title" sx={{ mb: 2 }}>
            <SectionTitle id="vat-title">{translate('app.documents.totals.breakdown')}</SectionTitle>
            <VatBreakdownTable breakdown={record.vatBreakdown} />
          </Box>
          {below}
          {record.notes ? (
            <Box component="section" aria-labelledby="notes-title" sx={{ mb: 2 }}>
              <SectionTitle id="notes-title">{translate('app.documents.sections.notes')}</SectionTitle>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                {record.notes}
              </Typography>
            </Box>
          ) : null}
        </Box>
        <TotalsPanel
          totals={record}
          vatRegime={record.vatRegime}
          globalDiscountBp={record.globalDiscountBp}
          shippingCents={record.shippingCents}
        />
      </Box>
    </Box>
  );
};
