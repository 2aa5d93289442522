import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { HttpError, useDataProvider, type Identifier } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { ComptoirDataProvider } from '../dataProvider';
import type { DocumentTotalsInput, DocumentTotalsResult } from '../types';
import { errorAt } from './serverErrors';

/** A line as the editor holds it (numbers already parsed; NaN = typed but invalid). */
export interface LineFormValue {
  id?: Identifier;
  productId: Identifier | null;
  reference?: string | null;
  label: string;
  unit: string;
  quantity: number | null;
  unitPriceCents: number | null;
  discountBp: number | null;
  vatRateBp: number | null;
  /** Invoices made from an order keep the link (three-way control). */
  orderLineId?: Identifier | null;
  netCents?: number;
}

export const emptyLine = (): LineFormValue => ({
  productId: null,
  reference: null,
  label: '',
  unit: '',
  quantity: 1,
  unitPriceCents: null,
  discountBp: 0,
  vatRateBp: 2000,
});

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** No product and no text: a row added but not filled in yet. */
export const isBlankLine = (line: Partial<LineFormValue> | undefined) => !line?.productId && !(line?.label ?? '').trim();

/** Lines to send on save: the trailing blank rows are dropped (errors keep the same indexes). */
export const linesPayload = (lines: LineFormValue[] | undefined) => {
  const all = lines ?? [];
  let end = all.length;
  while (end > 0 && isBlankLine(all[end - 1])) end--;
  return all.slice(0, end).map((l) => ({
    productId: l.productId ?? null,
    label: (l.label ?? '').trim() || null,
    unit: (l.unit ?? '').trim() || null,
    quantity: l.quantity,
    unitPriceCents: l.unitPriceCents,
    discountBp: l.discountBp ?? 0,
    vatRateBp: l.vatRateBp,
    ...(l.orderLineId ? { orderLineId: l.orderLineId } : {}),
  }));
};

/** A line the server can price: a product, or a label with a price and a VAT rate; a positive quantity. */
const sendable = (l: LineFormValue | undefined): boolean => {
  if (!l || isBlankLine(l)) return false;
  if (!finite(l.quantity) || l.quantity <= 0) return false;
  if (l.unitPriceCents != null && (!finite(l.unitPriceCents) || l.unitPriceCents < 0)) return false;
  if (l.discountBp != null && (!finite(l.discountBp) || l.discountBp < 0 || l.discountBp > 10000)) return false;
  if (!l.productId && (!finite(l.unitPriceCents) || l.vatRateBp == null)) return false;
  return true;
};

interface PreviewRequest {
  body: DocumentTotalsInput;
  /** Payload index → editor row index. */
  rows: number[];
}

const useDebounced = <T,>(value: T, delay: number): T => {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
};

export type LiveTotalsState = 'noClient' | 'noLines' | 'computing' | 'error' | 'ok';

export interface LiveTotals {
  state: LiveTotalsState;
  totals: DocumentTotalsResult | undefined;
  /** Line net of an editor row, from the server. */
  lineNet: (row: number) => number | undefined;
  /** The server's objection to one field of one row, e.g. "app.validation.discount_above_delegation". */
  lineError: (row: number, field: string) => string | undefined;
  fieldError: (field: string) => string | undefined;
}

/**
 * Live totals of the document being typed: the complete lines are sent to POST /document-totals
 * (debounced, ~300 ms) and the server answers totals, VAT per rate and line nets. Nothing is
 * computed here.
 */
export const useLiveTotals = (): LiveTotals => {
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const [clientId, globalDiscountBp, shippingCents, shippingVatRateBp, lines] = useWatch({
    name: ['clientId', 'globalDiscountBp', 'shippingCents', 'shippingVatRateBp', 'lines'],
  }) as [Identifier | null, number | null, number | null, number | null, LineFormValue[] | undefined];

  const request = useMemo((): PreviewRequest | 'noClient' | 'noLines' => {
    if (clientId == null || clientId === '') return 'noClient';
    const rows: number[] = [];
    const payload: DocumentTotalsInput['lines'] = [];
    (lines ?? []).forEach((l, i) => {
      if (!sendable(l)) return;
      rows.push(i);
      payload.push({
        productId: l.productId ?? null,
        label: (l.label ?? '').trim() || null,
        unit: (l.unit ?? '').trim() || null,
        quantity: l.quantity as number,
        unitPriceCents: l.unitPriceCents,
        discountBp: l.discountBp ?? 0,
        vatRateBp: l.vatRateBp,
      } as DocumentTotalsInput['lines'][number]);
    });
    if (payload.length === 0) return 'noLines';
    return {
      rows,
      body: {
        clientId,
        globalDiscountBp: finite(globalDiscountBp) ? globalDiscountBp : 0,
        shippingCents: finite(shippingCents) ? shippingCents : 0,
        shippingVatRateBp: shippingVatRateBp ?? 2000,
        lines: payload,
      },
    };
  }, [clientId, globalDiscountBp, shippingCents, shippingVatRateBp, lines]);

  const key = typeof request === 'string' ? request : JSON.stringify(request);
  const debouncedKey = useDebounced(key, 300);
  const settled = debouncedKey === key;
  const active = debouncedKey !== 'noClient' && debouncedKey !== 'noLines';

  const query = useQuery({
    queryKey: ['document-totals', debouncedKey],
    queryFn: async ({ signal }) => {
      const { body } = JSON.parse(debouncedKey) as PreviewRequest;
      return (await dataProvider.documentTotals(body, signal)).data;
    },
    enabled: active,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
  });

  const current = active ? (JSON.parse(debouncedKey) as PreviewRequest) : null;
  const errors = query.error instanceof HttpError ? (query.error.body as { errors?: unknown })?.errors : undefined;
  // Line nets of the last answer, with the rows it was about: shown while the next one is computed.
  const lastGood = useRef<{ rows: number[]; data: DocumentTotalsResult } | null>(null);
  if (current && query.data && !query.isPlaceholderData && !query.isError) lastGood.current = { rows: current.rows, data: query.data };

  const state: LiveTotalsState =
    typeof request === 'string' ? request : !settled || query.isFetching ? 'computing' : query.isError ? 'error' : 'ok';

  return {
    state,
    totals: typeof request === 'string' ? undefined : query.data,
    lineNet: (row) => {
      const good = lastGood.current;
      // The server refused the lines as typed: an old net would mislead.
      if (typeof request === 'string' || !good || (settled && query.isError)) return undefined;
      const k = good.rows.indexOf(row);
      return k >= 0 ? good.data.lineNets?.[k] ?? good.data.lines?.[k]?.netCents : undefined;
    },
    lineError: (row, field) => {
      if (!current || !errors) return undefined;
      const k = current.rows.indexOf(row);
      return k >= 0 ? errorAt(errors, `lines.${k}.${field}`) : undefined;
    },
    fieldError: (field) => (errors ? errorAt(errors, field) : undefined),
  };
};

export const LiveTotalsContext = createContext<LiveTotals | null>(null);
export const useLiveTotalsContext = () => useContext(LiveTotalsContext);
