import { creditFigures, orderNotInvoicedCents } from './credit-position.js';

describe('creditFigures', () => {
  it('adds open invoice balances and orders not invoiced yet, net of unallocated credit, against the limit', () => {
    const f = creditFigures({
      creditLimitCents: 800000,
      invoices: [
        { balanceCents: 300000, daysOverdue: 0 },
        { balanceCents: 145000, daysOverdue: 12 },
        { balanceCents: 0, daysOverdue: 0 },
        { balanceCents: 100000, daysOverdue: 40 },
      ],
      ordersNotInvoicedCents: [200000, 0],
      paymentsCents: 500000,
      allocatedCents: 480000,
    });
    expect(f).toEqual({
      creditLimitCents: 800000,
      invoicesOutstandingCents: 545000,
      ordersNotInvoicedCents: 200000,
      outstandingCents: 725000,
      availableCents: 75000,
      overdueCents: 245000,
      oldestDaysOverdue: 40,
      unallocatedCreditCents: 20000,
      overLimit: false,
    });
  });

  it('is over the limit only strictly above it; no limit means no available figure', () => {
    const base = { invoices: [{ balanceCents: 100000, daysOverdue: 0 }], ordersNotInvoicedCents: [], paymentsCents: 0, allocatedCents: 0 };
    expect(creditFigures({ ...base, creditLimitCents: 100000 })).toMatchObject({ overLimit: false, availableCents: 0 });
    expect(creditFigures({ ...base, creditLimitCents: 99999 })).toMatchObject({ overLimit: true, availableCents: -1 });
    expect(creditFigures({ ...base, creditLimitCents: 0 })).toMatchObject({ overLimit: true, availableCents: -100000 });
    expect(creditFigures({ ...base, creditLimitCents: null })).toMatchObject({ overLimit: false, availableCents: null, overdueCents: 0, oldestDaysOverdue: 0 });
  });

  it('lets a payment received before the order cover it (consumer with a zero limit)', () => {
    const f = creditFigures({ creditLimitCents: 0, invoices: [], ordersNotInvoicedCents: [], paymentsCents: 50000, allocatedCents: 0 });
    expect(f).toMatchObject({ outstandingCents: -50000, availableCents: 50000, unallocatedCreditCents: 50000, overLimit: false });
  });
});

describe('orderNotInvoicedCents', () => {
  // 2 × 500.00 € HT at 20 % and 1 × 100.00 € HT at 5.5 %, 10.00 € shipping at 20 %: 1 317.50 € TTC.
  const order = {
    lines: [
      { quantity: 2, invoicedQuantity: 0, unitPriceCents: 50000, discountBp: 0, vatRateBp: 2000 },
      { quantity: 1, invoicedQuantity: 0, unitPriceCents: 10000, discountBp: 0, vatRateBp: 550 },
    ],
    globalDiscountBp: 0,
    shippingCents: 1000,
    shippingVatRateBp: 2000,
    exempt: false,
    openDepositsCents: 0,
  };

  it('is the whole order TTC when nothing is invoiced', () => {
    expect(orderNotInvoicedCents(order)).toBe(120000 + 10550 + 1200);
  });

  it('counts only the quantities left to invoice, and the shipping not charged yet', () => {
    const half = { ...order, shippingCents: 0, lines: [{ ...order.lines[0], invoicedQuantity: 1 }, { ...order.lines[1], invoicedQuantity: 1 }] };
    expect(orderNotInvoicedCents(half)).toBe(60000);
  });

  it('takes off the deposits invoiced and not deducted yet, never below zero', () => {
    expect(orderNotInvoicedCents({ ...order, openDepositsCents: 40000 })).toBe(131750 - 40000);
    expect(orderNotInvoicedCents({ ...order, openDepositsCents: 200000 })).toBe(0);
  });

  it('applies the global discount and no VAT for an exempt (intra-EU, export) order', () => {
    expect(orderNotInvoicedCents({ ...order, shippingCents: 0, globalDiscountBp: 1000, exempt: true })).toBe(99000);
  });

  it('keeps three-decimal quantities exact', () => {
    const kilos = { ...order, shippingCents: 0, lines: [{ quantity: 2.5, invoicedQuantity: 1.25, unitPriceCents: 1000, discountBp: 0, vatRateBp: 2000 }] };
    expect(orderNotInvoicedCents(kilos)).toBe(1500);
  });
});
