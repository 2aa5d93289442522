import { ControlInput, threeWayControl } from './three-way-control.js';

const terms = { unitPriceCents: 28900, discountBp: 1000, vatRateBp: 2000 };
const base = (): ControlInput => ({
  orderLines: [{ id: 1, position: 1, productId: 10, reference: 'MOB-BUR', label: 'Bureau', quantity: 4, ...terms, netCents: 104040 }],
  quoteLines: [{ position: 1, productId: 10, quantity: 4, ...terms, netCents: 104040 }],
  deliveries: [{ orderLineId: 1, quantity: 4, deliveryNoteId: 1 }],
  invoiceLines: [{ id: 1, invoiceId: 1, orderLineId: 1, productId: 10, quantity: 4, ...terms, netCents: 104040 }],
  creditLines: [],
});
const codes = (input: ControlInput) => threeWayControl(input, { quoteId: 1, orderId: 1 }).anomalies.map((a) => a.code);

describe('threeWayControl', () => {
  it('finds nothing when quote, order, delivery and invoice agree', () => {
    const { rows, anomalies } = threeWayControl(base(), { quoteId: 1, orderId: 1 });
    expect(anomalies).toEqual([]);
    expect(rows[0]).toMatchObject({ delivered: 4, credited: 0, invoiced: { quantity: 4, invoiceIds: [1] } });
  });

  it('flags an invoice that bills more than was delivered', () => {
    const input = base();
    input.deliveries[0].quantity = 3;
    expect(codes(input)).toEqual(['INVOICED_NOT_DELIVERED']);
  });

  it('flags an invoiced backorder with nothing delivered', () => {
    const input = base();
    input.deliveries = [];
    expect(codes(input)).toEqual(['INVOICED_BACKORDER']);
  });

  it('flags a price, a forgotten discount and a wrong VAT rate on the invoice', () => {
    const input = base();
    Object.assign(input.invoiceLines[0], { unitPriceCents: 31900, discountBp: 0, vatRateBp: 550 });
    expect(codes(input)).toEqual(['INVOICE_PRICE', 'INVOICE_DISCOUNT', 'INVOICE_VAT']);
  });

  it('flags an order that differs from its quote', () => {
    const input = base();
    Object.assign(input.quoteLines[0], { unitPriceCents: 27500, quantity: 5 });
    expect(codes(input)).toEqual(['QUOTE_ORDER_QUANTITY', 'QUOTE_ORDER_PRICE']);
  });

  it('flags a duplicate invoice, and the over-invoicing it causes', () => {
    const input = base();
    input.invoiceLines.push({ ...input.invoiceLines[0], id: 2, invoiceId: 2 });
    expect(codes(input).sort()).toEqual(['DUPLICATE_INVOICE', 'INVOICED_NOT_DELIVERED', 'OVER_INVOICED']);
  });

  it('lets a credit note correct an over-invoicing', () => {
    const input = base();
    input.deliveries[0].quantity = 3;
    input.creditLines.push({ invoiceLineId: 1, quantity: 1, creditNoteId: 1 });
    expect(codes(input)).toEqual([]);
  });

  it('reports an invoice line that matches no order line', () => {
    const input = base();
    input.invoiceLines.push({ id: 3, invoiceId: 1, orderLineId: null, productId: 99, quantity: 1, unitPriceCents: 500, discountBp: 0, vatRateBp: 2000, netCents: 500 });
    expect(codes(input)).toEqual(['INVOICE_LINE_NOT_ORDERED']);
  });
});
