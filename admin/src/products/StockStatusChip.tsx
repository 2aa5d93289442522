import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Product } from '../types';

export type StockStatus = 'out' | 'low' | 'ok' | 'service';

export const stockStatus = (product: Pick<Product, 'type' | 'onHand' | 'available' | 'belowReorderPoint'>): StockStatus => {
  if (product.type === 'service') return 'service';
  if ((product.onHand ?? 0) <= 0) return 'out';
  if (product.belowReorderPoint) return 'low';
  return 'ok';
};

/** Red "En rupture" / orange "Sous le seuil"; nothing when the stock is fine (unless showOk). */
export const StockStatusChip = ({ product, showOk = false }: { product: Product | undefined; showOk?: boolean }) => {
  const translate = useTranslate();
  if (!product) return null;
  const status = stockStatus(product);
  if (status === 'out') return <Chip size="small" color="error" label={translate('resources.products.stock.out')} />;
  if (status === 'low') return <Chip size="small" color="warning" label={translate('resources.products.stock.low')} />;
  if (!showOk) return null;
  if (status === 'service')
    return <Chip size="small" variant="outlined" label={translate('resources.products.stock.service')} />;
  return <Chip size="small" color="success" variant="outlined" label={translate('resources.products.stock.ok')} />;
};
