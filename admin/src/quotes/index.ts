import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import { QuoteList } from './QuoteList';
import { QuoteShow } from './QuoteShow';
import { QuoteCreate } from './QuoteCreate';
import { QuoteEdit } from './QuoteEdit';

export default {
  list: QuoteList,
  show: QuoteShow,
  create: QuoteCreate,
  edit: QuoteEdit,
  icon: RequestQuoteIcon,
  recordRepresentation: (record: { number?: string | null }) => record.number ?? 'Brouillon',
};
