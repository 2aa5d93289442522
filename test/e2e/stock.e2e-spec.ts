import { enc, journalOf, listAll, Row } from '../support/fixtures';
import { Client, sandboxFile, sandboxFingerprint, startTestApp, TestApp, withSqlite } from '../support/test-app';

describe('Stock movements', () => {
  let t: TestApp;
  let sb: string;
  let username: string;
  let api: Client;
  let url: string;
  let good: Row;
  let service: Row;

  const product = async (id: number) => (await api.get(`/api/sandboxes/${sb}/products/${id}`)).body as Row;

  beforeAll(async () => {
    t = await startTestApp();
    const session = await t.createSession(t.adminToken, { candidates: [{ name: 'Alice', candidateNumber: 'ST1' }] });
    sb = session.candidates[0].sandboxId;
    username = session.candidates[0].username;
    api = t.as(await t.candidateToken(session));
    url = `/api/sandboxes/${sb}/stock-movements`;
    const products = await listAll(api, `/api/sandboxes/${sb}/products`);
    good = products.find((p) => p.type === 'good' && (p.onHand as number) >= 10)!;
    service = products.find((p) => p.type === 'service')!;
    expect(good).toBeDefined();
    expect(service).toBeDefined();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists the ledger with Content-Range and filters by product and type', async () => {
    const res = await api.get(`${url}?filter=${enc({ productId: good.id })}&range=${enc([0, 99])}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toMatch(new RegExp(`^stock-movements 0-\\d+/${res.body.length}$`));
    expect(res.body[0]).toMatchObject({ productId: good.id, productReference: good.reference, productLabel: good.label, type: 'opening', sourceType: 'scenario' });
    const openings = await listAll(api, url, { type: 'opening' });
    for (const m of openings) expect(m.type).toBe('opening');
  });

  it('adds an adjustment with a reason: 201, and on hand grows by the quantity', async () => {
    const before = (await product(good.id as number)).onHand as number;
    const res = await api.post(url).send({ productId: good.id, type: 'adjustment', quantity: 5, reason: 'Retour client non enregistré' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.any(Number),
      productId: good.id,
      productReference: good.reference,
      type: 'adjustment',
      quantity: 5,
      reason: 'Retour client non enregistré',
      sourceType: 'manual',
      author: username,
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
    });
    const after = await product(good.id as number);
    expect(after.onHand).toBe(before + 5);
    expect(after.available).toBe(before + 5);
  });

  it('keeps decimal quantities exact (3 decimals)', async () => {
    const before = (await product(good.id as number)).onHand as number;
    await expect(api.post(url).send({ productId: good.id, type: 'adjustment', quantity: 0.1, reason: 'Décimales' })).resolves.toHaveProperty('status', 201);
    await expect(api.post(url).send({ productId: good.id, type: 'adjustment', quantity: 0.2, reason: 'Décimales' })).resolves.toHaveProperty('status', 201);
    await expect(api.post(url).send({ productId: good.id, type: 'adjustment', quantity: -0.3, reason: 'Décimales' })).resolves.toHaveProperty('status', 201);
    expect((await product(good.id as number)).onHand).toBe(before);
  });

  it('writes the difference for an inventory count, and on hand becomes the count', async () => {
    const before = (await product(good.id as number)).onHand as number;
    const res = await api.post(url).send({ productId: good.id, type: 'inventory', countedQuantity: before - 3, reason: 'Inventaire tournant' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ type: 'inventory', quantity: -3 });
    expect((await product(good.id as number)).onHand).toBe(before - 3);
    const up = await api.post(url).send({ productId: good.id, type: 'inventory', countedQuantity: before + 2.5, reason: 'Inventaire annuel' });
    expect(up.body.quantity).toBe(5.5);
    expect((await product(good.id as number)).onHand).toBe(before + 2.5);
  });

  it('lets the stock reach exactly zero', async () => {
    const onHand = (await product(good.id as number)).onHand as number;
    const res = await api.post(url).send({ productId: good.id, type: 'adjustment', quantity: -onHand, reason: 'Casse totale' });
    expect(res.status).toBe(201);
    const after = await product(good.id as number);
    expect(after).toMatchObject({ onHand: 0, available: 0, belowReorderPoint: true });
    const out = await listAll(api, `/api/sandboxes/${sb}/products`, { outOfStock: true });
    expect(out.map((p) => p.id)).toContain(good.id);
    await api.post(url).send({ productId: good.id, type: 'inventory', countedQuantity: 40, reason: 'Réception comptée' });
  });

  describe('refusals write nothing', () => {
    const cases: [string, () => Record<string, unknown>, number, Record<string, unknown>][] = [
      ['an adjustment that would make the stock negative', () => ({ productId: good.id, type: 'adjustment', quantity: -41, reason: 'Trop' }), 422, { code: 'STOCK_NEGATIVE', errors: { quantity: 'app.errors.STOCK_NEGATIVE' } }],
      ['a negative inventory count', () => ({ productId: good.id, type: 'inventory', countedQuantity: -1, reason: 'Inventaire' }), 422, { errors: { countedQuantity: 'app.validation.positive' } }],
      ['an inventory without count', () => ({ productId: good.id, type: 'inventory', reason: 'Inventaire' }), 422, { errors: { countedQuantity: 'app.validation.required' } }],
      ['a zero adjustment', () => ({ productId: good.id, type: 'adjustment', quantity: 0, reason: 'Rien' }), 422, { errors: { quantity: 'app.validation.not_zero' } }],
      ['an adjustment without quantity', () => ({ productId: good.id, type: 'adjustment', reason: 'Rien' }), 422, { errors: { quantity: 'app.validation.required' } }],
      ['an adjustment without reason', () => ({ productId: good.id, type: 'adjustment', quantity: 1 }), 422, { errors: { reason: 'app.validation.required' } }],
      ['an adjustment with a blank reason', () => ({ productId: good.id, type: 'adjustment', quantity: 1, reason: '   ' }), 422, { errors: { reason: 'app.validation.required' } }],
      ['a movement of a service', () => ({ productId: service.id, type: 'adjustment', quantity: 1, reason: 'Service' }), 422, { code: 'STOCK_SERVICE_PRODUCT', errors: { productId: 'app.errors.STOCK_SERVICE_PRODUCT' } }],
      ['a movement of an unknown product', () => ({ productId: 999999, type: 'adjustment', quantity: 1, reason: 'Fantôme' }), 422, { errors: { productId: 'app.validation.not_found' } }],
      ['a movement type reserved to documents', () => ({ productId: good.id, type: 'out', quantity: -1, reason: 'Sortie' }), 422, { errors: { type: 'app.validation.choice' } }],
      ['an opening movement', () => ({ productId: good.id, type: 'opening', quantity: 100, reason: 'Ouverture' }), 422, { errors: { type: 'app.validation.choice' } }],
      ['a quantity with 4 decimals', () => ({ productId: good.id, type: 'adjustment', quantity: 1.0005, reason: 'Précision' }), 422, { errors: { quantity: 'app.validation.number' } }],
    ];

    it.each(cases)('answers %s with the right error', async (_label, body, status, expected) => {
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = await api.post(url).send(body());
      expect(res.status).toBe(status);
      expect(res.body).toMatchObject({ message: expect.any(String), ...expected });
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });

    it.each(['put', 'delete'] as const)('refuses %s on a ledger entry with 405 STOCK_LEDGER_APPEND_ONLY', async (method) => {
      const [movement] = await listAll(api, url, { productId: good.id });
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = await api[method](`${url}/${movement.id}`).send({ ...movement, quantity: 1000 });
      expect(res.status).toBe(405);
      expect(res.body).toEqual({ code: 'STOCK_LEDGER_APPEND_ONLY', message: expect.any(String) });
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });
  });

  describe('journal', () => {
    it('records every movement with its before → after label, and the chain verifies', async () => {
      const movements = (await listAll(api, url, { productId: good.id })).filter((m) => m.sourceType === 'manual');
      const journal = await journalOf(api, sb);
      const entries = journal.filter((e) => e.resource === 'stock-movements');
      expect(entries.map((e) => e.recordId).sort()).toEqual(movements.map((m) => String(m.id)).sort());
      for (const e of entries) {
        expect(['adjustment', 'inventory']).toContain(e.action);
        expect(e.label).toContain(`${good.reference} : `);
        expect(e.username).toBe(username);
      }
      await expect(api.get(`/api/sandboxes/${sb}/journal/verify`)).resolves.toMatchObject({ status: 200, body: { ok: true, count: journal.length } });
    });

    it('filters the journal and answers Content-Range: journal ...', async () => {
      const res = await api.get(`/api/sandboxes/${sb}/journal?filter=${enc({ resource: 'stock-movements', action: 'inventory' })}&range=${enc([0, 1])}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-range']).toMatch(/^journal 0-1\/\d+$/);
      for (const e of res.body) expect(e).toMatchObject({ resource: 'stock-movements', action: 'inventory' });
      expect(res.body[0]).not.toHaveProperty('hash');
    });

    it('reports ok:false with brokenAtId once an entry is tampered with in the SQLite file', async () => {
      const journal = await journalOf(api, sb);
      const target = journal[Math.floor(journal.length / 2)];
      withSqlite(sandboxFile(t.dataDir, sb), (db) => db.prepare('UPDATE journal_entry SET label = ? WHERE id = ?').run(`${target.label} (corrigé)`, target.id), { readonly: false });
      const res = await api.get(`/api/sandboxes/${sb}/journal/verify`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ok: false, count: journal.length, brokenAtId: target.id });
    });

    it('reports ok:false when an entry is deleted from the SQLite file', async () => {
      const journal = await journalOf(api, sb);
      const target = journal[0];
      withSqlite(sandboxFile(t.dataDir, sb), (db) => db.prepare('DELETE FROM journal_entry WHERE id = ?').run(target.id), { readonly: false });
      const res = await api.get(`/api/sandboxes/${sb}/journal/verify`);
      expect(res.body).toEqual({ ok: false, count: journal.length - 1, brokenAtId: journal[1].id });
    });
  });
});
