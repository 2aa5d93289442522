/**
 * Credit: the client's position (encours) reconciles with its invoices, payments and open orders;
 * order validation checks it per the delegation policy (block, acknowledge, approval by the
 * manager), with journal evidence even when refused; the risk fields; the dashboard figures.
 * Each case makes its own client, so that the seed's figures do not matter.
 */
import { clientBody, enc, journalOf, listAll, Row, unique } from '../support/fixtures';
import { Client, sandboxFile, sandboxFingerprint, startTestApp, TestApp, withSqlite } from '../support/test-app';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('Credit', () => {
  let t: TestApp;
  let api: Client;
  let sb: string;
  let base: string;

  const sql = (statement: string, ...params: unknown[]) => withSqlite(sandboxFile(t.dataDir, sb), (db) => db.prepare(statement).run(...params), { readonly: false });
  const setPolicy = (policy: 'block' | 'acknowledge' | 'approval', maxOverrunBp = 2000) => sql('UPDATE company SET creditOverrunPolicy = ?, creditApprovalMaxOverrunBp = ?', policy, maxOverrunBp);
  const newClient = async (creditLimitCents: number | null) => {
    const res = await api.post(`${base}/third-parties`).send(clientBody({ name: `Client encours ${unique()}`, creditLimitCents }));
    if (res.status !== 201) throw new Error(`client: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Row;
  };
  /** A draft order of one line: `netCents` HT at 20 % VAT, so netCents × 1.2 TTC. */
  const draftOrder = async (clientId: number, netCents: number) => {
    const res = await api.post(`${base}/orders`).send({ clientId, lines: [{ label: 'Aménagement de bureaux', quantity: 1, unitPriceCents: netCents, vatRateBp: 2000 }] });
    if (res.status !== 201) throw new Error(`order: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Row;
  };
  const validatedInvoice = async (clientId: number, netCents: number) => {
    const draft = (await api.post(`${base}/invoices`).send({ clientId, lines: [{ label: 'Fournitures', quantity: 1, unitPriceCents: netCents, vatRateBp: 2000 }] })).body;
    const res = await api.post(`${base}/invoices/${draft.id}/validate`);
    if (res.status !== 200) throw new Error(`invoice: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Row;
  };
  const creditOf = async (clientId: number) => (await api.get(`${base}/third-parties/${clientId}/credit`)).body as Record<string, number | string | boolean | null>;
  const checksOf = async (orderId: number) => (await journalOf(api, sb)).filter((e) => e.resource === 'orders' && e.action === 'credit_check' && e.recordId === String(orderId));

  beforeAll(async () => {
    t = await startTestApp();
    const session = await t.createSession(t.adminToken);
    sb = session.candidates[0].sandboxId;
    api = t.as(await t.candidateToken(session, 0));
    base = `/api/sandboxes/${sb}`;
  });

  afterAll(() => t.close());

  describe('position', () => {
    it('reconciles with the invoices, payments and the open orders (deposit counted once)', async () => {
      setPolicy('approval');
      const client = await newClient(800000);
      const a = await validatedInvoice(client.id, 300000); // 3 600 € TTC
      const b = await validatedInvoice(client.id, 100000); // 1 200 € TTC, made overdue below
      sql('UPDATE invoice SET dueDate = ? WHERE id = ?', '2026-02-14', b.id);
      const pay = await api.post(`${base}/payments`).send({ clientId: client.id, amountCents: 60000, method: 'transfer', allocations: [{ invoiceId: a.id, amountCents: 50000 }] });
      expect(pay.status).toBe(201);
      const order = await draftOrder(client.id, 100000); // 1 200 € TTC
      expect((await api.post(`${base}/orders/${order.id}/validate`).send({})).status).toBe(200);
      const deposit = (await api.post(`${base}/invoices/deposit`).send({ orderId: order.id, percentBp: 3000 })).body;
      expect((await api.post(`${base}/invoices/${deposit.id}/validate`)).status).toBe(200);

      const credit = await creditOf(client.id);
      const invoices = await listAll(api, `${base}/invoices`, { clientId: client.id, status: 'validated' });
      const balances = invoices.reduce((s, i) => s + (i.balanceCents as number), 0);
      const overdue = invoices.filter((i) => i.paymentStatus === 'overdue');
      expect(balances).toBe(310000 + 120000 + 36000);
      expect(credit).toEqual({
        id: client.id,
        clientId: client.id,
        creditLimitCents: 800000,
        invoicesOutstandingCents: balances,
        ordersNotInvoicedCents: 120000 - 36000,
        // Net of the 100 € received and not allocated (client credit).
        outstandingCents: balances + 84000 - 10000,
        availableCents: 800000 - balances - 84000 + 10000,
        overdueCents: overdue.reduce((s, i) => s + (i.balanceCents as number), 0),
        oldestDaysOverdue: Math.max(...overdue.map((i) => i.daysOverdue as number)),
        unallocatedCreditCents: 10000,
        riskStatus: 'normal',
        solvencyCheckedOn: null,
        solvencySource: null,
        solvencyNote: null,
        litigationSince: null,
        overLimit: false,
        pendingApprovals: 0,
      });
      expect(credit.overdueCents).toBe(120000);

      // Invoicing the rest of the order moves it from "orders" to "invoices": the total stays.
      const final = (await api.post(`${base}/invoices/from-order`).send({ orderId: order.id })).body;
      expect((await api.post(`${base}/invoices/${final.id}/validate`)).status).toBe(200);
      expect(await creditOf(client.id)).toMatchObject({ ordersNotInvoicedCents: 0, outstandingCents: credit.outstandingCents });
    });

    it('answers 404 for an unknown tier', async () => {
      expect((await api.get(`${base}/third-parties/999999/credit`)).status).toBe(404);
    });
  });

  describe('check at order validation', () => {
    let client: Row;
    let order: Row;

    beforeAll(async () => {
      client = await newClient(800000);
      await validatedInvoice(client.id, 620833); // 7 449,996 → 7 450,00 € TTC
      order = await draftOrder(client.id, 100000); // 1 200 € TTC: 8 650 € for 8 000 €
    });

    it('refuses an order over the limit with the figures (policy block), journals it and keeps the order draft', async () => {
      setPolicy('block');
      const sequences = () => withSqlite(sandboxFile(t.dataDir, sb), (db) => db.prepare("SELECT name, seq FROM sqlite_sequence WHERE name <> 'journal_entry' ORDER BY name").all());
      const before = sandboxFingerprint(t.dataDir, sb, { exclude: ['journal_entry', 'order', 'sqlite_sequence'] });
      const sequencesBefore = sequences();
      const res = await api.post(`${base}/orders/${order.id}/validate`).send({});
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('CREDIT_LIMIT_EXCEEDED');
      expect(res.body).toEqual({
        code: 'CREDIT_LIMIT_EXCEEDED',
        message: expect.any(String),
        creditLimitCents: 800000, outstandingCents: 745000, orderGrossCents: 120000, projectedCents: 865000, overrunCents: 65000,
        riskStatus: 'normal', policy: 'block', actions: [],
      });
      expect(nbsp(res.body.message)).toContain('Encours 7 450,00 € + commande 1 200,00 € = 8 650,00 € pour un plafond de 8 000,00 € : dépassement de 650,00 €.');
      // Nothing else written: no number taken, no stock reserved.
      expect(sandboxFingerprint(t.dataDir, sb, { exclude: ['journal_entry', 'order', 'sqlite_sequence'] })).toBe(before);
      expect(sequences()).toEqual(sequencesBefore);
      const after = (await api.get(`${base}/orders/${order.id}`)).body;
      expect(after).toMatchObject({ status: 'draft', number: null, creditCheckStatus: 'blocked', creditCheckedAt: expect.stringMatching(/^2026-/) });
      const [check] = await checksOf(order.id as number);
      expect(nbsp(check.label!)).toContain('dépassement de 650,00 €');
      expect(check.changes.after).toMatchObject({ creditCheckStatus: 'blocked', code: 'CREDIT_LIMIT_EXCEEDED', outstandingCents: 745000, orderGrossCents: 120000, overrunCents: 65000, policy: 'block' });
      // No approval path under this policy.
      const ask = await api.post(`${base}/orders/${order.id}/credit-approval`).send({ reason: 'Client fidèle' });
      expect(ask.status).toBe(409);
      expect(ask.body.code).toBe('CREDIT_APPROVAL_NOT_AVAILABLE');
    });

    it('lets the candidate confirm the overrun when the policy is acknowledge', async () => {
      setPolicy('acknowledge');
      const refused = await api.post(`${base}/orders/${order.id}/validate`).send({});
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'CREDIT_LIMIT_EXCEEDED', policy: 'acknowledge', actions: ['acknowledge'] });
      const res = await api.post(`${base}/orders/${order.id}/validate`).send({ acknowledgements: ['credit_overrun'] });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'validated', number: expect.stringMatching(/^CMD-/), creditCheckStatus: 'acknowledged' });
      const checks = await checksOf(order.id as number);
      expect(checks.map((c) => c.changes.after?.creditCheckStatus)).toEqual(['blocked', 'blocked', 'acknowledged']);
      expect(await creditOf(client.id as number)).toMatchObject({ outstandingCents: 865000, overLimit: true, availableCents: -65000 });
    });

    it('passes within the limit and journals that too', async () => {
      const roomy = await newClient(1000000);
      const small = await draftOrder(roomy.id, 10000);
      const res = await api.post(`${base}/orders/${small.id}/validate`).send({});
      expect(res.status).toBe(200);
      expect(res.body.creditCheckStatus).toBe('passed');
      const [check] = await checksOf(small.id);
      expect(check.changes.after).toMatchObject({ creditCheckStatus: 'passed', outstandingCents: 0, orderGrossCents: 12000, projectedCents: 12000, overrunCents: 0 });
    });

    it('lets a payment received before the order cover it for a client with a zero limit (pays at order)', async () => {
      setPolicy('approval');
      const consumer = await newClient(0);
      const order = await draftOrder(consumer.id, 25000); // 300 € TTC
      expect((await api.post(`${base}/orders/${order.id}/validate`).send({})).status).toBe(409);
      const paid = await api.post(`${base}/payments`).send({ clientId: consumer.id, amountCents: 30000, method: 'card', reference: 'CB commande' });
      expect(paid.status).toBe(201);
      expect(paid.body.unallocatedCents).toBe(30000);
      const res = await api.post(`${base}/orders/${order.id}/validate`).send({});
      expect(res.status).toBe(200);
      expect(res.body.creditCheckStatus).toBe('passed');
      expect(await creditOf(consumer.id)).toMatchObject({ outstandingCents: 0, availableCents: 0, unallocatedCreditCents: 30000 });
    });
  });

  describe('approval by the manager', () => {
    let manager: Row;
    beforeAll(async () => {
      setPolicy('approval', 2000);
      manager = (await listAll(api, `${base}/staff`, { role: 'manager' }))[0];
    });

    it('approves a small overrun: request e-mail in the outbox, answer in the inbox, then validation passes', async () => {
      const client = await newClient(800000);
      await validatedInvoice(client.id, 620833);
      const order = await draftOrder(client.id, 100000); // 650 € over, within 20 % of 8 000 €
      const refused = await api.post(`${base}/orders/${order.id}/validate`).send({ acknowledgements: ['credit_overrun'] });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'CREDIT_LIMIT_EXCEEDED', policy: 'approval', actions: ['request_approval'] });

      const ask = await api.post(`${base}/orders/${order.id}/credit-approval`).send({ reason: 'Commande urgente, client fidèle' });
      expect(ask.status).toBe(201);
      expect(ask.body).toMatchObject({
        orderId: order.id, clientId: client.id, clientName: client.name, status: 'approved', orderGrossCents: 120000, outstandingCents: 745000,
        creditLimitCents: 800000, overrunCents: 65000, reason: 'Commande urgente, client fidèle', decidedBy: `${manager.firstName} ${manager.lastName}`,
        requestMessageId: expect.any(Number), replyMessageId: expect.any(Number),
      });
      const out = (await api.get(`${base}/messages/${ask.body.requestMessageId}`)).body;
      expect(out).toMatchObject({ direction: 'out', channel: 'email', toAddress: manager.email, subject: `Demande d'accord — dépassement d'encours ${client.name}`, relatedResource: 'orders', relatedId: order.id });
      expect(nbsp(out.body)).toContain('Dépassement : 650,00 €');
      const reply = (await api.get(`${base}/messages/${ask.body.replyMessageId}`)).body;
      expect(reply).toMatchObject({ direction: 'in', fromAddress: manager.email });
      expect(reply.body).toContain("C'est d'accord");

      const res = await api.post(`${base}/orders/${order.id}/validate`).send({});
      expect(res.status).toBe(200);
      expect(res.body.creditCheckStatus).toBe('approved');
      const checks = await checksOf(order.id);
      expect(checks.at(-1)!.changes.after).toMatchObject({ creditCheckStatus: 'approved', approvalId: ask.body.id });
      const journal = (await journalOf(api, sb)).filter((e) => e.resource === 'credit-approvals' && e.recordId === String(ask.body.id));
      expect(journal.map((e) => e.action)).toEqual(['request', 'approve']);

      const listed = await listAll(api, `${base}/credit-approvals`, { orderId: order.id });
      expect(listed).toEqual([expect.objectContaining({ id: ask.body.id, clientName: client.name, orderNumber: res.body.number, status: 'approved' })]);
      const one = (await api.get(`${base}/credit-approvals/${ask.body.id}`)).body;
      expect(one).toMatchObject({ requestMessage: { id: ask.body.requestMessageId }, replyMessage: { id: ask.body.replyMessageId, direction: 'in' } });
      // Asking again for a validated order makes no sense.
      expect((await api.post(`${base}/orders/${order.id}/credit-approval`).send({})).status).toBe(409);
    });

    it('refuses a large overrun; the validation then answers CREDIT_APPROVAL_REFUSED', async () => {
      const client = await newClient(100000);
      const order = await draftOrder(client.id, 500000); // 6 000 € for a 1 000 € limit
      const ask = await api.post(`${base}/orders/${order.id}/credit-approval`).send({});
      expect(ask.status).toBe(201);
      expect(ask.body).toMatchObject({ status: 'refused', overrunCents: 500000, decisionNote: expect.stringContaining('supérieur à la tolérance') });
      const reply = (await api.get(`${base}/messages/${ask.body.replyMessageId}`)).body;
      expect(reply.body).toContain('Je ne donne pas mon accord');
      const res = await api.post(`${base}/orders/${order.id}/validate`).send({});
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'CREDIT_APPROVAL_REFUSED', overrunCents: 500000, actions: [] });
      expect((await api.get(`${base}/orders/${order.id}`)).body).toMatchObject({ status: 'draft', number: null, creditCheckStatus: 'blocked' });
      const again = await api.post(`${base}/orders/${order.id}/credit-approval`).send({});
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('CREDIT_APPROVAL_REFUSED');
      const listed = await listAll(api, `${base}/credit-approvals`, { clientId: client.id, status: 'refused' });
      expect(listed.map((a) => a.id)).toEqual([ask.body.id]);
    });

    it('says no approval is needed for an order within the limit', async () => {
      const client = await newClient(1000000);
      const order = await draftOrder(client.id, 1000);
      const res = await api.post(`${base}/orders/${order.id}/credit-approval`).send({});
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('CREDIT_APPROVAL_NOT_NEEDED');
    });

    it('refuses any order of a blocked client, and the manager refuses it too', async () => {
      const client = await newClient(1000000);
      const put = await api.put(`${base}/third-parties/${client.id}/credit`).send({ riskStatus: 'blocked', solvencyCheckedOn: '2026-03-10', solvencySource: 'Banque de France', solvencyNote: 'Cotation dégradée' });
      expect(put.status).toBe(200);
      const order = await draftOrder(client.id, 1000);
      const res = await api.post(`${base}/orders/${order.id}/validate`).send({ acknowledgements: ['credit_overrun'] });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'CLIENT_BLOCKED', riskStatus: 'blocked', overrunCents: 0, actions: ['request_approval'] });
      const ask = await api.post(`${base}/orders/${order.id}/credit-approval`).send({});
      expect(ask.body).toMatchObject({ status: 'refused', decisionNote: expect.stringContaining('Client bloqué') });
    });

    it('rejects a bad request body with 422 and writes nothing', async () => {
      const client = await newClient(100);
      const order = await draftOrder(client.id, 1000);
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = await api.post(`${base}/orders/${order.id}/credit-approval`).send({ reason: 'x'.repeat(1001) });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual({ reason: 'app.validation.too_long' });
      expect((await api.post(`${base}/orders/999999/credit-approval`).send({})).status).toBe(404);
      expect((await api.get(`${base}/credit-approvals?filter=${enc({ status: 'maybe' })}`)).status).toBe(422);
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });
  });

  describe('risk fields', () => {
    it('updates the risk status and solvency information (journaled)', async () => {
      const client = await newClient(500000);
      const res = await api.put(`${base}/third-parties/${client.id}/credit`).send({ riskStatus: 'watch', solvencyCheckedOn: '2026-03-12', solvencySource: 'Infogreffe', solvencyNote: 'Retards de paiement signalés' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ clientId: client.id, riskStatus: 'watch', solvencyCheckedOn: '2026-03-12', solvencySource: 'Infogreffe', creditLimitCents: 500000 });
      const entry = (await journalOf(api, sb)).filter((e) => e.resource === 'third-parties' && e.action === 'credit' && e.recordId === String(client.id));
      expect(entry).toHaveLength(1);
      expect(entry[0].changes).toEqual({ before: { riskStatus: 'normal', solvencyCheckedOn: null, solvencySource: null, solvencyNote: null }, after: { riskStatus: 'watch', solvencyCheckedOn: '2026-03-12', solvencySource: 'Infogreffe', solvencyNote: 'Retards de paiement signalés' } });
    });

    it.each([
      [{ riskStatus: 'ruined' }, 'riskStatus'],
      [{}, 'riskStatus'],
      [{ riskStatus: 'watch', solvencyCheckedOn: '2099-01-01' }, 'solvencyCheckedOn'],
      [{ riskStatus: 'watch', solvencyCheckedOn: '2026-02-30' }, 'solvencyCheckedOn'],
      [{ riskStatus: 'watch', solvencySource: 'x'.repeat(121) }, 'solvencySource'],
      [{ riskStatus: 'watch', solvencyNote: 42 }, 'solvencyNote'],
    ])('refuses %j with 422 on %s and changes nothing', async (body, field) => {
      const client = (await listAll(api, `${base}/third-parties`, { role: 'client' }))[0];
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = await api.put(`${base}/third-parties/${client.id}/credit`).send(body);
      expect(res.status).toBe(422);
      expect(Object.keys(res.body.errors)).toEqual([field]);
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });

    it('keeps a client in litigation blocked', async () => {
      const client = await newClient(500000);
      sql("UPDATE third_party SET riskStatus = 'blocked', litigationSince = '2026-03-02' WHERE id = ?", client.id);
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = await api.put(`${base}/third-parties/${client.id}/credit`).send({ riskStatus: 'normal' });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual({ riskStatus: 'app.validation.client_in_litigation' });
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });
  });

  describe('dashboard', () => {
    it('adds up the overdue balances, the receivables and the orders blocked by credit', async () => {
      const res = await api.get(`${base}/dashboard`);
      expect(res.status).toBe(200);
      const invoices = await listAll(api, `${base}/invoices`, { status: 'validated' });
      const overdue = invoices.filter((i) => i.paymentStatus === 'overdue');
      expect(res.body.totalOverdueCents).toBe(overdue.reduce((s, i) => s + (i.balanceCents as number), 0));
      expect(res.body.overdueInvoiceCount).toBe(overdue.length);
      expect(res.body.receivablesCents).toBe(invoices.reduce((s, i) => s + (i.balanceCents as number), 0));
      expect(res.body.dsoDays === null || Number.isInteger(res.body.dsoDays)).toBe(true);
      const chase = res.body.clientsToChaseToday;
      expect(chase.count).toBe(chase.rows.length);
      for (const row of chase.rows) expect(row).toEqual({ clientId: expect.any(Number), clientName: expect.any(String), nextLevel: row.kind === 'litigation' ? null : expect.any(Number), kind: expect.any(String), label: expect.any(String), totalBalanceCents: expect.any(Number), maxDaysOverdue: expect.any(Number) });
      const worklist = await api.get(`${base}/reminders/worklist?range=${enc([0, 999])}`);
      if (worklist.status === 200) expect(chase.rows.map((r: Row) => r.clientId).sort()).toEqual((worklist.body as Row[]).filter((r) => r.dueToday && r.nextStep).map((r) => r.clientId).sort());
      const blocked = res.body.ordersBlockedByCredit;
      expect(blocked.count).toBe(blocked.rows.length);
      expect(blocked.rows).toEqual(expect.arrayContaining([expect.objectContaining({ creditCheckStatus: 'blocked', approvalStatus: 'refused', grossCents: 600000 })]));
      for (const row of blocked.rows) expect((await api.get(`${base}/orders/${row.orderId}`)).body).toMatchObject({ status: 'draft', creditCheckStatus: 'blocked' });
    });
  });
});
