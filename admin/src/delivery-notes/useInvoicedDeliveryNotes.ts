import { useGetList } from 'react-admin';
import type { Invoice } from '../types';

/**
 * Ids of the delivery notes some invoice already covers (the list rows do not say it): read from the
 * invoices' deliveryNoteIds.
 */
export const useInvoicedDeliveryNotes = () => {
  const { data } = useGetList<Invoice>('invoices', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'id', order: 'ASC' },
    filter: { type: 'invoice' },
  });
  return new Set((data ?? []).flatMap((i) => (i.deliveryNoteIds ?? []).map(String)));
};
