/**
 * The sales chain through the API: quote → order → partial delivery (backorder) → invoice →
 * credit note, a deposit and the final invoice deducting it, numbering under concurrency,
 * immutability of validated invoices and the delegation limit on discounts.
 */
import { computeTotals } from '../../server/src/documents/lines/compute-totals';
import { listAll, Row } from '../support/fixtures';
import { Client, sandboxFingerprint, startTestApp, TestApp } from '../support/test-app';

describe('Sales chain', () => {
  let t: TestApp;
  let api: Client;
  let sb: string;
  let base: string;
  let client: Row;
  let products: Row[];

  const product = (ref: string) => products.find((p) => p.reference === ref)!;
  const stockOf = async (id: number) => (await api.get(`${base}/products/${id}`)).body as { onHand: number; reserved: number; available: number };

  beforeAll(async () => {
    t = await startTestApp();
    const session = await t.createSession(t.adminToken);
    sb = session.candidates[0].sandboxId;
    api = t.as(await t.candidateToken(session, 0));
    base = `/api/sandboxes/${sb}`;
    const clients = await listAll(api, `${base}/third-parties`, { role: 'client', zone: 'fr', customerType: 'b2b' });
    client = clients.find((c) => c.paymentTerms === 'net_30')!;
    products = await listAll(api, `${base}/products`, { type: 'good' });
  });

  afterAll(() => t.close());

  describe('quote → order → partial delivery → invoice → credit note', () => {
    let desk: Row;
    let paper: Row;
    let quote: Row;
    let order: Row;
    let note: Row;
    let invoice: Row;

    beforeAll(() => {
      desk = products.find((p) => (p.onHand as number) >= 4 && p.vatRateBp === 2000)!;
      paper = products.find((p) => (p.onHand as number) >= 10 && p.vatRateBp === 550)!;
    });

    it('creates a draft quote: product defaults filled, totals computed by the server', async () => {
      const res = await api.post(`${base}/quotes`).send({
        clientId: client.id,
        globalDiscountBp: 500,
        shippingCents: 1500,
        lines: [
          { productId: desk.id, quantity: 4, discountBp: 1000 },
          { productId: paper.id, quantity: 10 },
          { label: 'Étude d’aménagement', unit: 'forfait', quantity: 1, unitPriceCents: 12000, vatRateBp: 2000 },
        ],
      });
      expect(res.status).toBe(201);
      quote = res.body;
      const expected = computeTotals({
        lines: [
          { quantity: 4, unitPriceCents: desk.salePriceCents as number, discountBp: 1000, vatRateBp: 2000 },
          { quantity: 10, unitPriceCents: paper.salePriceCents as number, discountBp: 0, vatRateBp: 550 },
          { quantity: 1, unitPriceCents: 12000, discountBp: 0, vatRateBp: 2000 },
        ],
        globalDiscountBp: 500,
        shippingCents: 1500,
      });
      expect(quote).toMatchObject({ status: 'draft', number: null, clientName: client.name, netCents: expected.netCents, vatCents: expected.vatCents, grossCents: expected.grossCents, paymentTerms: 'net_30', vatRegime: 'standard' });
      expect((quote.lines as Row[])[0]).toMatchObject({ reference: desk.reference, label: desk.label, unitPriceCents: desk.salePriceCents, vatRateBp: 2000, netCents: expected.lineNets[0] });
      expect(quote.validUntil).toBe('2026-04-15');
    });

    it('refuses a discount above the candidate’s delegation (422 on the line)', async () => {
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = await api.post(`${base}/quotes`).send({ clientId: client.id, lines: [{ productId: desk.id, quantity: 1, discountBp: 2500 }] });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual({ lines: { 0: { discountBp: 'app.validation.discount_above_delegation' } } });
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });

    it('numbers the quote at validation, then freezes it', async () => {
      const res = await api.post(`${base}/quotes/${quote.id}/validate`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'validated', number: expect.stringMatching(/^DEV-2026-\d{4}$/) });
      quote = res.body;
      const edit = await api.put(`${base}/quotes/${quote.id}`).send({ clientId: client.id, lines: [] });
      expect(edit.status).toBe(409);
      expect(edit.body.code).toBe('DOCUMENT_NOT_DRAFT');
      await expect(api.delete(`${base}/quotes/${quote.id}`)).resolves.toHaveProperty('status', 409);
    });

    it('refuses to convert a quote the client has not accepted, then converts it once', async () => {
      const early = await api.post(`${base}/quotes/${quote.id}/convert-to-order`);
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('QUOTE_NOT_ACCEPTED');
      const sent = await api.post(`${base}/quotes/${quote.id}/send`).send({});
      expect(sent.status).toBe(201);
      expect(sent.body).toMatchObject({ direction: 'out', channel: 'email', relatedNumber: quote.number, attachments: [{ filename: `${quote.number}.pdf`, contentType: 'application/pdf' }] });
      expect(sent.body.subject).toContain(`Devis ${quote.number}`);
      expect(sent.body.body).toContain('valable jusqu');
      expect((await api.get(`${base}/quotes/${quote.id}`)).body.status).toBe('sent');
      const pdf = await api.get(`${base}/messages/${sent.body.id}/attachments/${sent.body.attachments[0].id}`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      await expect(api.post(`${base}/quotes/${quote.id}/accept`)).resolves.toHaveProperty('status', 200);
      const res = await api.post(`${base}/quotes/${quote.id}/convert-to-order`);
      expect(res.status).toBe(201);
      order = (await api.get(`${base}/orders/${res.body.id}`)).body;
      expect(order).toMatchObject({ status: 'draft', sourceQuoteId: quote.id, netCents: quote.netCents, grossCents: quote.grossCents, quote: { number: quote.number } });
      const again = await api.post(`${base}/quotes/${quote.id}/convert-to-order`);
      expect(again.body.code).toBe('QUOTE_ALREADY_CONVERTED');
    });

    it('reserves stock when the order is validated', async () => {
      const before = await stockOf(desk.id as number);
      const put = await api.put(`${base}/orders/${order.id}`).send({ clientId: client.id, clientReference: 'PO-7781', globalDiscountBp: 500, shippingCents: 1500, lines: (order.lines as Row[]).map((l) => ({ productId: l.productId, label: l.label, unit: l.unit, quantity: l.quantity, unitPriceCents: l.unitPriceCents, discountBp: l.discountBp, vatRateBp: l.vatRateBp })) });
      expect(put.status).toBe(200);
      const res = await api.post(`${base}/orders/${order.id}/validate`).send({});
      expect(res.status).toBe(200);
      order = res.body;
      expect(order).toMatchObject({ status: 'validated', number: expect.stringMatching(/^CMD-2026-\d{4}$/), clientReference: 'PO-7781' });
      const after = await stockOf(desk.id as number);
      expect(after).toEqual({ ...before, reserved: before.reserved + 4, available: before.available - 4, belowReorderPoint: expect.any(Boolean) } as never);
    });

    it('delivers part of the order: stock out, backorder visible, reservation released', async () => {
      const deskLine = (order.lines as Row[]).find((l) => l.productId === desk.id)!;
      const paperLine = (order.lines as Row[]).find((l) => l.productId === paper.id)!;
      const before = await stockOf(desk.id as number);
      const tooMuch = await api.post(`${base}/delivery-notes`).send({ orderId: order.id, lines: [{ orderLineId: deskLine.id, quantity: 5 }] });
      expect(tooMuch.status).toBe(422);
      const res = await api.post(`${base}/delivery-notes`).send({ orderId: order.id, carrier: 'Transports Rhône Express', parcels: 3, lines: [{ orderLineId: deskLine.id, quantity: 3 }, { orderLineId: paperLine.id, quantity: 10 }] });
      expect(res.status).toBe(201);
      note = res.body;
      const validated = await api.post(`${base}/delivery-notes/${note.id}/validate`);
      expect(validated.status).toBe(200);
      expect(validated.body).toMatchObject({ status: 'validated', number: expect.stringMatching(/^BL-2026-\d{4}$/), orderNumber: order.number });
      note = validated.body;
      const after = await stockOf(desk.id as number);
      expect(after.onHand).toBe(before.onHand - 3);
      expect(after.reserved).toBe(before.reserved - 3);
      const o = (await api.get(`${base}/orders/${order.id}`)).body;
      expect(o.status).toBe('partially_delivered');
      expect(o.backorder).toBe(true);
      expect(o).toMatchObject({ deliveryLine1: client.deliveryLine1 ?? client.billingLine1, deliveryCity: client.deliveryCity ?? client.billingCity });
      expect(o.lines.find((l: Row) => l.id === deskLine.id)).toMatchObject({ ordered: 4, delivered: 3, remaining: 1 });
      const movements = await listAll(api, `${base}/stock-movements`, { productId: desk.id, type: 'out' });
      expect(movements[0]).toMatchObject({ quantity: -3, sourceType: 'delivery-note', sourceId: note.id });
    });

    it('invoices what was delivered, with the PO number, and numbers it with a due date', async () => {
      const res = await api.post(`${base}/invoices/from-delivery-notes`).send({ deliveryNoteIds: [note.id] });
      expect(res.status).toBe(201);
      invoice = res.body;
      expect(invoice).toMatchObject({ status: 'draft', type: 'invoice', orderId: order.id, clientReference: 'PO-7781', deliveryNotes: [{ number: note.number }] });
      expect((invoice.lines as Row[]).map((l) => l.quantity)).toEqual([3, 10]);
      const again = await api.post(`${base}/invoices/from-delivery-notes`).send({ deliveryNoteIds: [note.id] });
      expect(again.status).toBe(409);
      const notInvoiced = await listAll(api, `${base}/delivery-notes`, { invoiced: false });
      expect(notInvoiced.map((n) => n.id)).not.toContain(note.id);
      expect((await listAll(api, `${base}/delivery-notes`, { invoiced: true })).find((n) => n.id === note.id)).toMatchObject({ invoiced: true });
      const validated = await api.post(`${base}/invoices/${invoice.id}/validate`);
      expect(validated.status).toBe(200);
      invoice = validated.body;
      expect(invoice).toMatchObject({ status: 'validated', number: expect.stringMatching(/^FA-2026-\d{4}$/), date: '2026-03-16', dueDate: '2026-04-15' });
    });

    it('never changes a validated invoice (409, nothing written)', async () => {
      const before = sandboxFingerprint(t.dataDir, sb);
      const put = await api.put(`${base}/invoices/${invoice.id}`).send({ clientId: client.id, lines: [{ label: 'x', quantity: 1, unitPriceCents: 1, vatRateBp: 2000 }] });
      expect(put.status).toBe(409);
      expect(put.body).toEqual({ code: 'INVOICE_FROZEN', message: expect.stringContaining('avoir') });
      const del = await api.delete(`${base}/invoices/${invoice.id}`);
      expect(del.status).toBe(409);
      const revalidate = await api.post(`${base}/invoices/${invoice.id}/validate`);
      expect(revalidate.status).toBe(409);
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });

    it('credits part of the invoice with a stock return, within the invoice amount', async () => {
      const deskInvoiceLine = (invoice.lines as Row[]).find((l) => l.productId === desk.id)!;
      const before = await stockOf(desk.id as number);
      const res = await api.post(`${base}/credit-notes`).send({ invoiceId: invoice.id, reason: 'Bureau livré rayé', restock: true, lines: [{ invoiceLineId: deskInvoiceLine.id, quantity: 1 }] });
      expect(res.status).toBe(201);
      const validated = await api.post(`${base}/credit-notes/${res.body.id}/validate`);
      expect(validated.status).toBe(200);
      expect(validated.body).toMatchObject({ number: expect.stringMatching(/^AV-2026-\d{4}$/), invoice: { number: invoice.number }, reason: 'Bureau livré rayé' });
      expect((await stockOf(desk.id as number)).onHand).toBe(before.onHand + 1);
      const total = await api.post(`${base}/credit-notes`).send({ invoiceId: invoice.id, reason: 'Annulation totale' });
      expect(total.status).toBe(201);
      const refused = await api.post(`${base}/credit-notes/${total.body.id}/validate`);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('CREDIT_EXCEEDS_INVOICE');
    });
  });

  describe('deposit and final invoice', () => {
    it('invoices a 30 % deposit, then deducts it from the final invoice', async () => {
      const chair = products.find((p) => (p.onHand as number) >= 2 && p.vatRateBp === 2000)!;
      const created = await api.post(`${base}/orders`).send({ clientId: client.id, lines: [{ productId: chair.id, quantity: 2 }] });
      expect(created.status).toBe(201);
      const order = (await api.post(`${base}/orders/${created.body.id}/validate`).send({})).body;
      const deposit = await api.post(`${base}/invoices/deposit`).send({ orderId: order.id, percentBp: 3000 });
      expect(deposit.status).toBe(201);
      expect(deposit.body).toMatchObject({ type: 'deposit', netCents: Math.round(order.netCents * 0.3), paymentTerms: 'on_receipt' });
      const dep = (await api.post(`${base}/invoices/${deposit.body.id}/validate`)).body;
      expect(dep.number).toMatch(/^FA-2026-\d{4}$/);
      const tooBig = await api.post(`${base}/invoices/deposit`).send({ orderId: order.id, percentBp: 8000 });
      expect(tooBig.status).toBe(422);
      const final = await api.post(`${base}/invoices/from-order`).send({ orderId: order.id });
      expect(final.status).toBe(201);
      expect(final.body.deposits).toEqual([expect.objectContaining({ number: dep.number })]);
      expect(final.body.netCents).toBe(order.netCents - dep.netCents);
      expect(final.body.grossCents).toBe(order.grossCents - dep.grossCents);
      // The draft can be edited and saved back as it is, deduction line included (negative quantity).
      const resaved = await api.put(`${base}/invoices/${final.body.id}`).send({
        clientId: client.id,
        lines: final.body.lines.map((l: Row) => ({ productId: l.productId, orderLineId: l.orderLineId, label: l.label, unit: l.unit, quantity: l.quantity, unitPriceCents: l.unitPriceCents, discountBp: l.discountBp, vatRateBp: l.vatRateBp })),
      });
      expect(resaved.status).toBe(200);
      expect(resaved.body.grossCents).toBe(final.body.grossCents);
      expect((final.body.lines as Row[]).at(-1)).toMatchObject({ quantity: -1, unitPriceCents: dep.netCents, label: expect.stringContaining(dep.number) });
    });
  });

  describe('three-way control', () => {
    it('lines the documents of a sale up and names each anomaly', async () => {
      const item = products.find((p) => (p.onHand as number) >= 3 && p.vatRateBp === 2000 && p.reference !== products[0].reference)!;
      const order = (await api.post(`${base}/orders`).send({ clientId: client.id, lines: [{ productId: item.id, quantity: 2, discountBp: 500 }] })).body;
      await api.post(`${base}/orders/${order.id}/validate`).send({});
      const line = (await api.get(`${base}/orders/${order.id}`)).body.lines[0];
      const note = (await api.post(`${base}/delivery-notes`).send({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }] })).body;
      await api.post(`${base}/delivery-notes/${note.id}/validate`);
      const clean = await api.get(`${base}/orders/${order.id}/control`);
      expect(clean.status).toBe(200);
      expect(clean.body.anomalies).toEqual([]);
      // The whole order invoiced with a forgotten discount and another price, though only 1 of 2 was delivered.
      const draft = (await api.post(`${base}/invoices/from-order`).send({ orderId: order.id })).body;
      const edited = await api.put(`${base}/invoices/${draft.id}`).send({
        clientId: client.id,
        lines: draft.lines.map((l: Row) => ({ productId: l.productId, orderLineId: l.orderLineId, label: l.label, unit: l.unit, quantity: l.quantity, unitPriceCents: (l.unitPriceCents as number) + 100, discountBp: 0, vatRateBp: l.vatRateBp })),
      });
      expect(edited.status).toBe(200);
      await api.post(`${base}/invoices/${draft.id}/validate`);
      const control = (await api.get(`${base}/orders/${order.id}/control`)).body;
      expect(control.anomalies.map((a: Row) => a.code).sort()).toEqual(['INVOICED_NOT_DELIVERED', 'INVOICE_DISCOUNT', 'INVOICE_PRICE']);
      expect(control.rows[0]).toMatchObject({ order: { quantity: 2, discountBp: 500 }, delivered: 1, invoiced: { quantity: 2, discountBp: 0 } });
      expect(control.anomalies[0]).toMatchObject({ resource: 'invoices', id: draft.id, message: expect.any(String) });
      expect(control.documents.deliveryNotes).toEqual([expect.objectContaining({ number: note.number ?? expect.any(String) })]);
    });
  });

  describe('sending', () => {
    it('refuses to send a draft, and records a transmission by post without e-mail', async () => {
      const draft = (await api.post(`${base}/orders`).send({ clientId: client.id, lines: [{ label: 'Prestation', quantity: 1, unitPriceCents: 1000, vatRateBp: 2000 }] })).body;
      const refused = await api.post(`${base}/orders/${draft.id}/send`).send({});
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('DOCUMENT_DRAFT_NOT_SENDABLE');
      await api.post(`${base}/orders/${draft.id}/validate`).send({});
      const post = await api.post(`${base}/orders/${draft.id}/send`).send({ channel: 'post' });
      expect(post.status).toBe(201);
      expect(post.body).toMatchObject({ channel: 'post', toAddress: null, attachments: [] });
      const outbox = await listAll(api, `${base}/messages`, { direction: 'out', relatedResource: 'orders' });
      expect(outbox.map((m) => m.id)).toContain(post.body.id);
    });
  });

  describe('numbering', () => {
    it('gives 50 concurrent validations 50 unique consecutive numbers', async () => {
      const drafts = await Promise.all(
        Array.from({ length: 50 }, () => api.post(`${base}/invoices`).send({ clientId: client.id, lines: [{ label: 'Prestation', quantity: 1, unitPriceCents: 1000, vatRateBp: 2000 }] })),
      );
      expect(drafts.every((r) => r.status === 201)).toBe(true);
      // The history also holds late-2025 invoices (FA-2025-…): the 2026 series is what continues.
      const before = (await listAll(api, `${base}/invoices`, { status: 'validated' })).filter((i) => String(i.number).startsWith('FA-2026-')).length;
      const validated = await Promise.all(drafts.map((d) => api.post(`${base}/invoices/${d.body.id}/validate`)));
      expect(validated.every((r) => r.status === 200)).toBe(true);
      const numbers = validated.map((r) => Number(String(r.body.number).slice(-4))).sort((a, b) => a - b);
      expect(new Set(numbers).size).toBe(50);
      expect(numbers[49] - numbers[0]).toBe(49);
      expect(numbers[0]).toBe(before + 1);
      const verify = await api.get(`${base}/journal/verify`);
      expect(verify.body.ok).toBe(true);
    });
  });

  describe('bad input', () => {
    it('refuses a bad edit of a draft (types, lines, foreign client) and keeps the draft as it was', async () => {
      const draft = (await api.post(`${base}/orders`).send({ clientId: client.id, lines: [{ label: 'Prestation', quantity: 2, unitPriceCents: 1000, vatRateBp: 2000 }] })).body;
      const before = sandboxFingerprint(t.dataDir, sb);
      for (const body of [
        { clientId: client.id, lines: [{ label: 'x', quantity: 'deux', unitPriceCents: 1000, vatRateBp: 2000 }] },
        { clientId: client.id, lines: [{ label: 'x', quantity: 1, unitPriceCents: -5, vatRateBp: 2000 }] },
        { clientId: client.id, contactId: 999999, lines: [] },
        { clientId: client.id, deliveryLine1: '1 rue X', lines: [] },
        { clientId: client.id, requestedDeliveryDate: '2026-02-30', lines: [] },
        { clientId: client.id, globalDiscountBp: 5000, lines: [] },
      ]) {
        const res = await api.put(`${base}/orders/${draft.id}`).send(body);
        expect([res.status, body]).toEqual([422, body]);
        expect(res.body.errors).toEqual(expect.any(Object));
      }
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });

    it.each([
      ['quotes', { clientId: 'x', lines: [] }],
      ['quotes', { clientId: 1, lines: [{ quantity: -1, label: 'x', unitPriceCents: 1, vatRateBp: 2000 }] }],
      ['quotes', { clientId: 1, lines: [{ quantity: 1, label: 'x', unitPriceCents: 1, vatRateBp: 1900 }] }],
      ['orders', { clientId: 1, lines: [{ productId: 999999, quantity: 1 }] }],
      ['orders', { clientId: 999999, lines: [] }],
      ['invoices/deposit', { orderId: 1, percentBp: 3000, amountCents: 100 }],
      ['invoices/from-delivery-notes', { deliveryNoteIds: [] }],
      ['credit-notes', { invoiceId: 1 }],
      ['delivery-notes', { orderId: 'abc' }],
      ['quotes', { clientId: 1, notes: 'x'.repeat(100_000), lines: [] }],
      ['quotes', { clientId: 1, lines: [{ label: 'x', quantity: 1.2345, unitPriceCents: 100, vatRateBp: 2000 }] }],
      ['quotes', { clientId: 1, lines: [{ label: 'x', quantity: 1, unitPriceCents: 12.5, vatRateBp: 2000 }] }],
      ['quotes', { clientId: 1, lines: 'none' }],
      ['orders/999999/validate', {}],
      ['orders/999999/cancel', {}],
      ['quotes/999999/convert-to-order', {}],
      ['invoices/999999/validate', {}],
      ['credit-notes', { invoiceId: 999999, reason: 'x' }],
      ['delivery-notes', { orderId: 999999 }],
      ['invoices/from-order', { orderId: -1 }],
      ['invoices/deposit', { orderId: 1, percentBp: 20000 }],
      ['document-totals', { clientId: 1, lines: [{ productId: 'abc', quantity: 1 }] }],
    ])('POST %s %j → 4xx, nothing written', async (path, body) => {
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = await api.post(`${base}/${path}`).send(body);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });
  });
});
