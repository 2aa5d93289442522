/**
 * Payments: allocation to one or several invoices (oldest first when none is given), partial
 * payments, overpayment kept as client credit, cancellation with a reason, invoice statuses.
 */
import { listAll, Row } from '../support/fixtures';
import { Client, sandboxFingerprint, startTestApp, TestApp } from '../support/test-app';

describe('Payments', () => {
  let t: TestApp;
  let api: Client;
  let sb: string;
  let base: string;
  let client: Row;

  const invoice = async (cents: number) => {
    const draft = (await api.post(`${base}/invoices`).send({ clientId: client.id, lines: [{ label: 'Prestation', quantity: 1, unitPriceCents: cents, vatRateBp: 2000 }] })).body;
    return (await api.post(`${base}/invoices/${draft.id}/validate`)).body as Row;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const session = await t.createSession(t.adminToken);
    sb = session.candidates[0].sandboxId;
    api = t.as(await t.candidateToken(session, 0));
    base = `/api/sandboxes/${sb}`;
    client = (await listAll(api, `${base}/third-parties`, { role: 'client', zone: 'fr', customerType: 'b2b' })).find((c) => c.paymentTerms === 'net_30')!;
  });

  afterAll(() => t.close());

  it('shows the history invoices with their balance and overdue status on the scenario date', async () => {
    const invoices = await listAll(api, `${base}/invoices`, { status: 'validated' });
    const overdue = invoices.filter((i) => i.paymentStatus === 'overdue');
    expect(overdue.length).toBeGreaterThanOrEqual(5);
    for (const i of overdue) expect(i).toMatchObject({ balanceCents: (i.grossCents as number) - (i.creditedCents as number) - (i.paidCents as number), daysOverdue: expect.any(Number) });
    // The scenario's history records payments: some invoices are paid, one overdue invoice is partially paid.
    expect(invoices.filter((i) => i.paymentStatus === 'paid').length).toBeGreaterThanOrEqual(5);
    expect(overdue.some((i) => (i.paidCents as number) > 0)).toBe(true);
  });

  it('records a partial payment on a chosen invoice', async () => {
    const inv = await invoice(10000); // 120.00 € TTC
    const res = await api.post(`${base}/payments`).send({ clientId: client.id, amountCents: 5000, method: 'transfer', reference: 'VIR-001', allocations: [{ invoiceId: inv.id, amountCents: 5000 }] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ amountCents: 5000, unallocatedCents: 0, allocations: [{ invoiceId: inv.id, invoiceNumber: inv.number, amountCents: 5000 }] });
    expect((await api.get(`${base}/invoices/${inv.id}`)).body).toMatchObject({ paidCents: 5000, balanceCents: 7000, paymentStatus: 'partially_paid' });
  });

  it('allocates oldest first when no allocation is given and keeps an overpayment as credit', async () => {
    const before = await listAll(api, `${base}/invoices`, { clientId: client.id, status: 'validated' });
    const open = before.reduce((s, i) => s + (i.balanceCents as number), 0);
    const res = await api.post(`${base}/payments`).send({ clientId: client.id, amountCents: open + 2500, method: 'cheque' });
    expect(res.status).toBe(201);
    expect(res.body.unallocatedCents).toBe(2500);
    const after = await listAll(api, `${base}/invoices`, { clientId: client.id, status: 'validated' });
    expect(after.every((i) => i.paymentStatus === 'paid' && i.balanceCents === 0)).toBe(true);
  });

  it('cancels a payment with a reason (journaled) and the invoice is due again', async () => {
    const inv = await invoice(20000);
    const pay = (await api.post(`${base}/payments`).send({ clientId: client.id, amountCents: 24000, method: 'card', allocations: [{ invoiceId: inv.id, amountCents: 24000 }] })).body;
    expect((await api.get(`${base}/invoices/${inv.id}`)).body.paymentStatus).toBe('paid');
    const noReason = await api.post(`${base}/payments/${pay.id}/cancel`).send({});
    expect(noReason.status).toBe(422);
    const res = await api.post(`${base}/payments/${pay.id}/cancel`).send({ reason: 'Chèque impayé' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'cancelled', cancelReason: 'Chèque impayé' });
    expect((await api.get(`${base}/invoices/${inv.id}`)).body).toMatchObject({ paidCents: 0, balanceCents: 24000 });
    const journal = (await api.get(`${base}/journal?filter=${encodeURIComponent(JSON.stringify({ resource: 'payments', action: 'cancel' }))}`)).body;
    expect(journal[0].label).toContain('Chèque impayé');
    expect((await api.post(`${base}/payments/${pay.id}/cancel`).send({ reason: 'encore' })).status).toBe(409);
  });

  it.each([
    [{ clientId: 1, amountCents: 0, method: 'transfer' }],
    [{ clientId: 1, amountCents: 100, method: 'bitcoin' }],
    [{ clientId: 1, amountCents: 100, method: 'transfer', date: '2027-01-01' }],
    [{ clientId: 1, amountCents: 100, method: 'transfer', allocations: [{ invoiceId: 999999, amountCents: 100 }] }],
    [{ clientId: 1, amountCents: 100, method: 'transfer', allocations: [{ invoiceId: 1, amountCents: 99999999 }] }],
    [{ clientId: 'x', amountCents: '12', method: 'transfer' }],
  ])('refuses %j with a 4xx and writes nothing', async (body) => {
    const before = sandboxFingerprint(t.dataDir, sb);
    const res = await api.post(`${base}/payments`).send(body);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
  });
});
