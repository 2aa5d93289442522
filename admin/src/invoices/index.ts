import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { InvoiceList } from './InvoiceList';
import { InvoiceShow } from './InvoiceShow';
import { InvoiceCreate } from './InvoiceCreate';
import { InvoiceEdit } from './InvoiceEdit';

export default {
  list: InvoiceList,
  show: InvoiceShow,
  create: InvoiceCreate,
  edit: InvoiceEdit,
  icon: ReceiptLongIcon,
  recordRepresentation: (record: { number?: string | null }) => record.number ?? 'Brouillon',
};
