/**
 * The history of the first scenario, seen by a candidate through the API: past quotes, orders,
 * delivery notes, invoices and credit notes exist, validated and numbered in date order; the
 * three-way control names each planted anomaly on its sale and nothing on the clean ones; the
 * candidate's next documents continue the series; the stock on hand at the scenario date is each
 * product's openingStock; the authors' anomaly notes never reach the sandbox.
 */
import path from 'node:path';
import { loadScenario } from '../../server/src/scenarios/scenario-loader';
import type { ScenarioHistory } from '../../server/src/scenarios/scenario.schema';
import { listAll, Row } from '../support/fixtures';
import { Client, sandboxFile, startTestApp, TestApp, withSqlite } from '../support/test-app';

const scenario = loadScenario(path.resolve(__dirname, '../../seeds/bureau-plus')).document;
const history = scenario.history as ScenarioHistory;
const SCENARIO_DAY = scenario.scenarioDate.slice(0, 10);

/** The rule of the format, restated: numbers per type in date order (list order within a day). */
function numbersOf(list: { ref: string; date: string }[], prefix: string): Map<string, string> {
  const sorted = list.map((d, i) => ({ ...d, i })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  return new Map(sorted.map((d, k) => [d.ref, `${prefix}-${d.date.slice(0, 4)}-${String(k + 1).padStart(4, '0')}`]));
}
const numbers = {
  quotes: numbersOf(history.quotes, 'DEV'),
  orders: numbersOf(history.orders, 'CMD'),
  deliveryNotes: numbersOf(history.deliveryNotes, 'BL'),
  invoices: numbersOf(history.invoices, 'FA'),
  creditNotes: numbersOf(history.creditNotes, 'AV'),
};

/** The planted anomalies: the sale (order) and invoice of each, and the codes the control must give. */
const PLANTED: { order: string; invoice?: string; codes: string[]; exact: boolean }[] = [
  { order: 'cmd-studio', invoice: 'fa-studio', codes: ['INVOICED_NOT_DELIVERED'], exact: true }, // (a) delivered ≠ ordered, invoiced anyway
  { order: 'cmd-berthier', invoice: 'fa-berthier', codes: ['INVOICE_PRICE'], exact: true }, // (b) invoice price ≠ quote
  { order: 'cmd-savoie', codes: ['QUOTE_ORDER_PRICE'], exact: true }, // (b) quote price lost at the order, invoice follows the order
  { order: 'cmd-dermaplus', invoice: 'fa-dermaplus', codes: ['INVOICE_DISCOUNT', 'INVOICE_DISCOUNT'], exact: true }, // (c) discount forgotten
  { order: 'cmd-panorama', invoice: 'fa-panorama', codes: ['INVOICE_VAT'], exact: true }, // (d) wrong VAT rate
  { order: 'cmd-sdsi', invoice: 'fa-sdsi', codes: ['INVOICED_BACKORDER'], exact: true }, // (e) undelivered backorder invoiced
  { order: 'cmd-archipel', invoice: 'fa-archipel-bis', codes: ['DUPLICATE_INVOICE'], exact: false }, // (f) duplicate invoice
];

describe('Scenario history (bureau-plus)', () => {
  let t: TestApp;
  let api: Client;
  let sb: string;
  let base: string;
  const docs: Record<string, Row[]> = {};
  const byNumber = (resource: string, number: string) => {
    const row = docs[resource].find((d) => d.number === number);
    if (!row) throw new Error(`${resource} ${number} not found`);
    return row;
  };
  const order = (ref: string) => byNumber('orders', numbers.orders.get(ref)!);
  const invoice = (ref: string) => byNumber('invoices', numbers.invoices.get(ref)!);

  beforeAll(async () => {
    t = await startTestApp();
    const session = await t.createSession(t.adminToken, { candidates: [{ name: 'Héloïse Historique', candidateNumber: 'H01' }] });
    sb = session.candidates[0].sandboxId;
    api = t.as(await t.candidateToken(session, 0));
    base = `/api/sandboxes/${sb}`;
    for (const resource of ['quotes', 'orders', 'delivery-notes', 'invoices', 'credit-notes']) docs[resource] = await listAll(api, `${base}/${resource}`);
  });

  afterAll(() => t.close());

  describe('documents', () => {
    it('plants a dozen sales or more, with at least six anomalies of different kinds', () => {
      expect(history.orders.length).toBeGreaterThanOrEqual(12);
      expect(history.orders.length).toBeLessThanOrEqual(20);
      const kinds = new Set(PLANTED.flatMap((p) => p.codes));
      expect(kinds.size).toBeGreaterThanOrEqual(6);
      const notes = [...history.quotes, ...history.orders, ...history.deliveryNotes, ...history.invoices, ...history.creditNotes].filter((d) => d.anomaly);
      expect(notes.length).toBeGreaterThanOrEqual(6);
    });

    it('gives every history document its number, per type in date order, all validated', () => {
      const lists = [
        ['quotes', numbers.quotes],
        ['orders', numbers.orders],
        ['delivery-notes', numbers.deliveryNotes],
        ['invoices', numbers.invoices],
        ['credit-notes', numbers.creditNotes],
      ] as const;
      for (const [resource, expected] of lists) {
        expect(docs[resource].map((d) => d.number).sort()).toEqual([...expected.values()].sort());
        for (const d of docs[resource]) {
          expect((d.date as string) < SCENARIO_DAY).toBe(true);
          expect(d.validatedAt).toEqual(expect.stringMatching(/^2026-0[1-3]-\d\dT/));
        }
        // number order is date order
        const sorted = [...docs[resource]].sort((a, b) => String(a.number).localeCompare(String(b.number)));
        expect(sorted.map((d) => d.date)).toEqual([...sorted.map((d) => d.date)].sort());
      }
      expect(docs['delivery-notes'].every((d) => d.status === 'validated')).toBe(true);
      expect(docs.invoices.every((d) => d.status === 'validated')).toBe(true);
      expect(docs['credit-notes'].every((d) => d.status === 'validated')).toBe(true);
    });

    it('keeps the quotes’ statuses: sent, accepted, refused, validated, and one expired on the scenario date', () => {
      for (const q of history.quotes) {
        const row = byNumber('quotes', numbers.quotes.get(q.ref)!);
        expect({ ref: q.ref, status: row.status }).toEqual({ ref: q.ref, status: q.status });
      }
      const display = new Set(docs.quotes.map((q) => q.displayStatus));
      expect(display).toEqual(new Set(['accepted', 'refused', 'sent', 'validated', 'expired']));
      const expired = docs.quotes.filter((q) => q.displayStatus === 'expired');
      expect(expired.map((q) => q.number)).toEqual([numbers.quotes.get('dev-partdieu')]);
      expect((expired[0].validUntil as string) < SCENARIO_DAY).toBe(true);
      const refused = byNumber('quotes', numbers.quotes.get('dev-pixel')!);
      expect(refused).toMatchObject({ status: 'refused', decidedAt: '2026-01-20T09:30:00' });
    });

    it('derives the orders’ statuses from their deliveries: delivered, partially delivered (backorder), awaiting delivery, cancelled', async () => {
      expect(order('cmd-baticoncept')).toMatchObject({ status: 'validated', requestedDeliveryDate: '2026-03-19', clientReference: 'BCR-2026-031' });
      expect(order('cmd-chabert').status).toBe('cancelled');
      for (const ref of ['cmd-studio', 'cmd-sdsi', 'cmd-villeurbanne']) expect(order(ref).status).toBe('partially_delivered');
      for (const ref of ['cmd-canuts', 'cmd-moreau', 'cmd-liege', 'cmd-berthier', 'cmd-leman', 'cmd-dermaplus', 'cmd-savoie', 'cmd-archipel', 'cmd-panorama', 'cmd-perret']) {
        expect({ ref, status: order(ref).status }).toEqual({ ref, status: 'delivered' });
      }
      const villeurbanne = (await api.get(`${base}/orders/${order('cmd-villeurbanne').id}`)).body;
      expect(villeurbanne.backorder).toBe(true);
      expect(villeurbanne.lines.map((l: Row) => [l.reference, l.ordered, l.delivered, l.remaining, l.invoiced])).toEqual([
        ['FOU-CLA-80', 50, 50, 0, 50],
        ['PAP-A4-80', 20, 20, 0, 20],
        ['RAN-BOI-ARC', 10, 6, 4, 6],
      ]);
      expect(villeurbanne.quote).toBeNull();
      const moreau = (await api.get(`${base}/orders/${order('cmd-moreau').id}`)).body;
      expect(moreau.quote).toEqual({ id: expect.any(Number), number: numbers.quotes.get('dev-moreau') });
      expect(moreau.deliveryNotes.map((n: Row) => n.number)).toEqual([numbers.deliveryNotes.get('bl-moreau')]);
      expect(moreau.invoices.map((n: Row) => n.number)).toEqual([numbers.invoices.get('fa-moreau')]);
    });

    it('stores invoices like the services: lines linked to the order and the delivery notes, due dates from the terms, intra-EU and export exempt', async () => {
      const moreau = (await api.get(`${base}/invoices/${invoice('fa-moreau').id}`)).body;
      const orderLines = (await api.get(`${base}/orders/${order('cmd-moreau').id}`)).body.lines as Row[];
      expect(moreau).toMatchObject({ type: 'invoice', orderId: order('cmd-moreau').id, date: '2026-01-13', paymentTerms: 'net_30', dueDate: '2026-02-12', vatRegime: 'standard' });
      expect(moreau.deliveryNotes.map((n: Row) => n.number)).toEqual([numbers.deliveryNotes.get('bl-moreau')]);
      expect(moreau.lines.map((l: Row) => l.orderLineId)).toEqual(orderLines.map((l) => l.id));
      expect(moreau.lines.every((l: Row) => typeof l.deliveryNoteLineId === 'number')).toBe(true);
      expect(moreau.netCents).toBe(moreau.lines.reduce((s: number, l: Row) => s + (l.netCents as number), 0));
      expect(moreau.creditNotes).toEqual([expect.objectContaining({ number: numbers.creditNotes.get('av-moreau'), grossCents: 3600 })]);
      expect(invoice('fa-dermaplus')).toMatchObject({ paymentTerms: 'net_45_eom', dueDate: '2026-04-14' });
      expect(invoice('fa-liege')).toMatchObject({ vatRegime: 'intra_eu', vatCents: 0 });
      expect(invoice('fa-leman')).toMatchObject({ vatRegime: 'export', vatCents: 0, paymentTerms: 'on_receipt', dueDate: '2026-02-05' });
      const overdue = docs.invoices.filter((i) => (i.dueDate as string) < SCENARIO_DAY);
      expect(overdue.length).toBeGreaterThanOrEqual(5);
      expect(docs.invoices.some((i) => (i.dueDate as string) >= SCENARIO_DAY)).toBe(true);
      const leman = docs['delivery-notes'].find((n) => n.number === numbers.deliveryNotes.get('bl-leman'))!;
      expect(leman).toMatchObject({ incoterm: 'FCA', orderNumber: numbers.orders.get('cmd-leman') });
    });

    it('has a 30 % deposit invoice on the order awaiting delivery', async () => {
      const deposit = invoice('fa-baticoncept-acompte');
      const o = (await api.get(`${base}/orders/${order('cmd-baticoncept').id}`)).body;
      expect(deposit).toMatchObject({ type: 'deposit', depositBp: 3000, orderId: o.id, paymentTerms: 'on_receipt', dueDate: deposit.date, netCents: Math.round(o.netCents * 0.3) });
      const detail = (await api.get(`${base}/invoices/${deposit.id}`)).body;
      expect(detail.lines).toEqual([expect.objectContaining({ label: `Acompte de 30 % sur la commande ${o.number}`, quantity: 1, productId: null })]);
    });

    it('prints the history documents like the candidate’s (PDF)', async () => {
      const targets = [
        ['quotes', byNumber('quotes', numbers.quotes.get('dev-berthier')!).id],
        ['orders', order('cmd-sdsi').id],
        ['delivery-notes', byNumber('delivery-notes', numbers.deliveryNotes.get('bl-leman')!).id],
        ['invoices', invoice('fa-liege').id],
        ['invoices', invoice('fa-baticoncept-acompte').id],
        ['credit-notes', byNumber('credit-notes', numbers.creditNotes.get('av-moreau')!).id],
      ] as const;
      for (const [resource, id] of targets) {
        const res = await api.get(`${base}/${resource}/${id}/pdf`).buffer(true);
        expect({ resource, id, status: res.status, type: res.headers['content-type'] }).toEqual({ resource, id, status: 200, type: 'application/pdf' });
      }
    });

    it('freezes the parties on every validated invoice and keeps the authors’ anomaly notes out of the sandbox', () => {
      const file = sandboxFile(t.dataDir, sb);
      const snapshots = withSqlite(file, (db) => db.prepare('SELECT number, partiesSnapshot FROM invoice').all() as { number: string; partiesSnapshot: string }[]);
      expect(snapshots).toHaveLength(history.invoices.length);
      for (const s of snapshots) {
        const parties = JSON.parse(s.partiesSnapshot);
        expect(parties.seller.name).toBe(scenario.company.name);
        expect(parties.buyer.code).toMatch(/^C\d{4}$/);
      }
      const anomalies = [...history.quotes, ...history.orders, ...history.deliveryNotes, ...history.invoices, ...history.creditNotes].map((d) => d.anomaly).filter((a): a is string => !!a);
      const text = withSqlite(file, (db) => {
        const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
        return tables.map((table) => JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).raw().all())).join('\n');
      });
      for (const a of anomalies) expect(text).not.toContain(a.slice(0, 40));
      expect(text).not.toContain('Contrôle : ');
    });
  });

  describe('three-way control', () => {
    const control = async (ref: string) => {
      const res = await api.get(`${base}/orders/${order(ref).id}/control`);
      expect(res.status).toBe(200);
      return res.body as { orderNumber: string; anomalies: { code: string; resource: string; id?: number }[] };
    };

    it.each(PLANTED.map((p) => [p.order, p] as const))('names the planted anomaly of %s', async (_ref, planted) => {
      const result = await control(planted.order);
      const codes = result.anomalies.map((a) => a.code).sort();
      if (planted.exact) expect(codes).toEqual([...planted.codes].sort());
      else for (const code of planted.codes) expect(codes).toContain(code);
      if (planted.invoice) {
        const id = invoice(planted.invoice).id;
        for (const a of result.anomalies.filter((x) => planted.codes.includes(x.code))) expect(a).toMatchObject({ resource: 'invoices', id });
      } else {
        for (const a of result.anomalies) expect(a).toMatchObject({ resource: 'orders', id: order(planted.order).id });
      }
    });

    it('finds no anomaly on the clean sales', async () => {
      const planted = new Set(PLANTED.map((p) => p.order));
      const clean = history.orders.map((o) => o.ref).filter((ref) => !planted.has(ref));
      expect(clean.length).toBeGreaterThanOrEqual(6);
      for (const ref of clean) {
        const result = await control(ref);
        expect({ ref, anomalies: result.anomalies }).toEqual({ ref, anomalies: [] });
      }
    });

    it('lines the duplicate invoice up against the first one', async () => {
      const result = (await api.get(`${base}/orders/${order('cmd-archipel').id}/control`)).body;
      expect(result.documents.invoices.map((i: Row) => i.number)).toEqual([numbers.invoices.get('fa-archipel'), numbers.invoices.get('fa-archipel-bis')]);
      expect(result.anomalies.find((a: Row) => a.code === 'DUPLICATE_INVOICE')).toMatchObject({ id: invoice('fa-archipel-bis').id });
    });
  });

  describe('stock at the scenario date', () => {
    it('has each product’s openingStock on hand, the history’s deliveries in the ledger, never negative', async () => {
      const products = await listAll(api, `${base}/products`);
      const movements = await listAll(api, `${base}/stock-movements`);
      const firstDay = [...history.quotes, ...history.orders, ...history.deliveryNotes, ...history.invoices, ...history.creditNotes].map((d) => d.date).sort()[0];
      for (const p of scenario.products) {
        const row = products.find((x) => x.reference === p.reference)!;
        expect({ ref: p.reference, onHand: row.onHand }).toEqual({ ref: p.reference, onHand: p.type === 'good' ? p.openingStock ?? 0 : 0 });
        const ledger = movements.filter((m) => m.productId === row.id).sort((a, b) => String(a.date).localeCompare(String(b.date)) || (a.id as number) - (b.id as number));
        let running = 0;
        for (const m of ledger) {
          running = Math.round((running + (m.quantity as number)) * 1000) / 1000;
          expect({ ref: p.reference, date: m.date, running: running >= 0 }).toEqual({ ref: p.reference, date: m.date, running: true });
        }
        const opening = ledger.find((m) => m.type === 'opening');
        if (opening) expect(opening.date).toBe(`${firstDay}T00:00:00`);
      }
      const outs = movements.filter((m) => m.type === 'out');
      expect(new Set(outs.map((m) => m.sourceType))).toEqual(new Set(['delivery-note']));
      const noteIds = new Set(docs['delivery-notes'].map((n) => n.id));
      expect(outs.every((m) => noteIds.has(m.sourceId as number))).toBe(true);
      expect(outs.every((m) => (m.date as string) < SCENARIO_DAY)).toBe(true);
    });

    it('reserves what validated orders still have to deliver; one product out of stock, eight at or below their reorder point', async () => {
      const products = await listAll(api, `${base}/products`, { type: 'good' });
      const reserved = Object.fromEntries(products.filter((p) => (p.reserved as number) > 0).map((p) => [p.reference, p.reserved]));
      expect(reserved).toEqual({ 'INF-BRA-2E': 1, 'SIE-OPE-ERGO': 4, 'RAN-BOI-ARC': 4, 'MOB-BUR-120': 4, 'MOB-CAI-3T': 4, 'MOB-CLO-ACO': 4 });
      const out = await listAll(api, `${base}/products`, { outOfStock: true });
      expect(out.map((p) => p.reference)).toEqual(['SIE-OPE-ERGO']);
      const below = await listAll(api, `${base}/products`, { belowReorderPoint: true });
      expect(below.map((p) => p.reference).sort()).toEqual(
        ['CAF-GRA-1KG', 'FOU-NOT-76', 'INF-TON-59A', 'MOB-BUR-ELEC', 'PAP-A4-80', 'RAN-BOI-ARC', 'SIE-OPE-ERGO', 'SIE-VIS-4P'],
      );
    });
  });

  describe('the candidate continues the series', () => {
    it('numbers the next invoice and quote after the history’s last ones, without gap', async () => {
      const client = (await listAll(api, `${base}/third-parties`, { role: 'client', zone: 'fr', customerType: 'b2b' }))[0];
      const lastFa = Math.max(...[...numbers.invoices.values()].map((n) => Number(n.slice(-4))));
      const draft = await api.post(`${base}/invoices`).send({ clientId: client.id, lines: [{ label: 'Prestation de conseil', quantity: 1, unitPriceCents: 10000, vatRateBp: 2000 }] });
      expect(draft.status).toBe(201);
      const validated = await api.post(`${base}/invoices/${draft.body.id}/validate`);
      expect(validated.status).toBe(200);
      expect(validated.body.number).toBe(`FA-2026-${String(lastFa + 1).padStart(4, '0')}`);
      expect(validated.body.date).toBe(SCENARIO_DAY);

      const product = (await listAll(api, `${base}/products`, { type: 'good' }))[0];
      const quote = await api.post(`${base}/quotes`).send({ clientId: client.id, lines: [{ productId: product.id, quantity: 1 }] });
      const q = await api.post(`${base}/quotes/${quote.body.id}/validate`);
      expect(q.body.number).toBe(`DEV-2026-${String(history.quotes.length + 1).padStart(4, '0')}`);
    });

    it('delivers the backorder of the history: stock out, order delivered', async () => {
      const o = (await api.get(`${base}/orders/${order('cmd-villeurbanne').id}`)).body;
      const note = await api.post(`${base}/delivery-notes`).send({ orderId: o.id });
      expect(note.status).toBe(201);
      expect(note.body.lines.map((l: Row) => [l.reference, l.quantity])).toEqual([['RAN-BOI-ARC', 4]]);
      const validated = await api.post(`${base}/delivery-notes/${note.body.id}/validate`);
      expect(validated.status).toBe(200);
      expect(validated.body.number).toBe(`BL-2026-${String(history.deliveryNotes.length + 1).padStart(4, '0')}`);
      expect((await api.get(`${base}/orders/${o.id}`)).body.status).toBe('delivered');
    });

    it('keeps the journal chain valid', async () => {
      const verify = await api.get(`${base}/journal/verify`);
      expect(verify.status).toBe(200);
      expect(verify.body.ok).toBe(true);
    });
  });
});
