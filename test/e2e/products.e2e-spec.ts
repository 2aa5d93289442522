import { enc, journalOf, listAll, productBody, Row } from '../support/fixtures';
import { Client, sandboxFingerprint, startTestApp, TestApp } from '../support/test-app';

describe('Products', () => {
  let t: TestApp;
  let sb: string;
  let api: Client;
  let url: string;
  let all: Row[];
  let familyId: number;

  beforeAll(async () => {
    t = await startTestApp();
    const session = await t.createSession(t.adminToken, { candidates: [{ name: 'Alice', candidateNumber: 'PR1' }] });
    sb = session.candidates[0].sandboxId;
    api = t.as(await t.candidateToken(session));
    url = `/api/sandboxes/${sb}/products`;
    all = await listAll(api, url);
    familyId = (await listAll(api, `/api/sandboxes/${sb}/product-families`))[0].id;
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('stock figures and list dialect', () => {
    it('gives every product onHand, reserved, available and belowReorderPoint, equal to its ledger', async () => {
      const movements = await listAll(api, `/api/sandboxes/${sb}/stock-movements`);
      // Reserved = what validated orders still have to deliver, read order by order through the API.
      const reservedMilli = new Map<number, number>();
      for (const status of ['validated', 'partially_delivered']) {
        for (const o of await listAll(api, `/api/sandboxes/${sb}/orders`, { status })) {
          const order = (await api.get(`/api/sandboxes/${sb}/orders/${o.id}`)).body as { lines: Row[] };
          for (const l of order.lines) if (l.productId) reservedMilli.set(l.productId as number, (reservedMilli.get(l.productId as number) ?? 0) + Math.round((l.remaining as number) * 1000));
        }
      }
      expect(reservedMilli.size).toBeGreaterThan(0);
      for (const p of all) {
        const ledger = movements.filter((m) => m.productId === p.id).reduce((sum, m) => sum + Math.round((m.quantity as number) * 1000), 0) / 1000;
        const reserved = p.type === 'good' ? (reservedMilli.get(p.id as number) ?? 0) / 1000 : 0;
        const expected = p.type === 'good' ? { onHand: ledger, reserved, available: Math.round((ledger - reserved) * 1000) / 1000 } : { onHand: 0, reserved: 0, available: 0 };
        expect({ ref: p.reference, onHand: p.onHand, reserved: p.reserved, available: p.available }).toEqual({ ref: p.reference, ...expected });
        expect(p.belowReorderPoint).toBe(p.type === 'good' && (p.available as number) <= (p.reorderPoint as number));
      }
      expect(all.some((p) => (p.onHand as number) > 0)).toBe(true);
    });

    it('answers Content-Range: products 0-9/<total> and sorts by reference by default', async () => {
      const res = await api.get(`${url}?range=${enc([0, 9])}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-range']).toBe(`products 0-9/${all.length}`);
      const refs = res.body.map((p: Row) => p.reference as string);
      expect(refs).toEqual([...all.map((p) => p.reference as string)].sort().slice(0, 10));
    });

    it('sorts by onHand', async () => {
      const res = await api.get(`${url}?sort=${enc(['onHand', 'DESC'])}&range=${enc([0, 999])}`);
      const onHand = res.body.map((p: Row) => p.onHand as number);
      expect(onHand).toEqual([...onHand].sort((a, b) => b - a));
    });

    it('filters belowReorderPoint=true: the goods at or under their reorder point', async () => {
      const rows = await listAll(api, url, { belowReorderPoint: true });
      const expected = all.filter((p) => p.belowReorderPoint).map((p) => p.id).sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(rows.map((p) => p.id).sort()).toEqual(expected);
    });

    it('filters outOfStock=true: the goods with nothing available', async () => {
      const rows = await listAll(api, url, { outOfStock: true });
      expect(rows.map((p) => p.id).sort()).toEqual(all.filter((p) => p.type === 'good' && (p.available as number) <= 0).map((p) => p.id).sort());
      for (const p of rows) expect(p.type).toBe('good');
    });

    it('filters by type, family, id list and free text', async () => {
      const services = await listAll(api, url, { type: 'service' });
      expect(services.length).toBeGreaterThan(0);
      expect(services.map((p) => p.id).sort()).toEqual(all.filter((p) => p.type === 'service').map((p) => p.id).sort());
      const family = await listAll(api, url, { familyId });
      expect(family.map((p) => p.id).sort()).toEqual(all.filter((p) => p.familyId === familyId).map((p) => p.id).sort());
      const ids = [all[0].id, all[5].id];
      expect((await listAll(api, url, { id: ids })).map((p) => p.id).sort()).toEqual([...ids].sort());
      const target = all[3];
      const byRef = await listAll(api, url, { q: (target.reference as string).toLowerCase() });
      expect(byRef.map((p) => p.id)).toContain(target.id);
    });

    it('shows family and supplier names and the margin', async () => {
      const p = all.find((x) => x.supplierId && (x.salePriceCents as number) > 0)!;
      expect(p).toMatchObject({ familyName: expect.any(String), supplierName: expect.any(String) });
      const margin = (p.salePriceCents as number) - (p.purchasePriceCents as number);
      expect(p.marginCents).toBe(margin);
      expect(p.markRateBp).toBe(Math.round((margin * 10000) / (p.salePriceCents as number)));
      expect(p.marginRateBp).toBe(Math.round((margin * 10000) / (p.purchasePriceCents as number)));
    });
  });

  describe('CRUD as a candidate', () => {
    let created: Row;

    it('creates a good (201) with an upper-cased reference and no stock yet', async () => {
      const body = productBody(familyId, { reference: 'e2e-clas-01' });
      const res = await api.post(url).send(body);
      expect(res.status).toBe(201);
      created = res.body;
      expect(created).toMatchObject({
        id: expect.any(Number),
        reference: 'E2E-CLAS-01',
        salePriceCents: 1250,
        purchasePriceCents: 700,
        marginCents: 550,
        marginRateBp: 7857, // taux de marge: 5.50 / 7.00
        markRateBp: 4400, // taux de marque: 5.50 / 12.50
        onHand: 0,
        reserved: 0,
        available: 0,
        belowReorderPoint: true,
        supplierId: null,
        supplierName: null,
        familyName: expect.any(String),
      });
      const read = await api.get(`${url}/${created.id}`);
      expect(read.body).toEqual(created);
    });

    it('updates the price with PUT and recomputes the margin', async () => {
      const res = await api.put(`${url}/${created.id}`).send({ ...created, salePriceCents: 1400, markRateBp: 1, onHand: 999 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ salePriceCents: 1400, marginCents: 700, marginRateBp: 10000, markRateBp: 5000, onHand: 0 });
    });

    it('refuses a reference already used by another product (422 reference_taken)', async () => {
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = await api.post(url).send(productBody(familyId, { reference: (all[0].reference as string).toLowerCase() }));
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual({ reference: 'app.validation.reference_taken' });
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });

    it.each([
      ['an unknown family', { familyId: 999999 }, 'familyId', 'not_found'],
      ['a supplier that is not a supplier', { supplierId: 999999 }, 'supplierId', 'not_a_supplier'],
      ['a VAT rate that does not exist', { vatRateBp: 1960 }, 'vatRateBp', 'choice'],
      ['a VAT rate in percent', { vatRateBp: 20 }, 'vatRateBp', 'choice'],
      ['a price in euros with decimals', { salePriceCents: 12.5 }, 'salePriceCents', 'integer'],
      ['a negative purchase price', { purchasePriceCents: -1 }, 'purchasePriceCents', 'positive'],
      ['an unknown type', { type: 'bundle' }, 'type', 'choice'],
      ['a reorder point with 4 decimals', { reorderPoint: 1.2345 }, 'reorderPoint', 'number'],
      ['a missing label', { label: null }, 'label', 'required'],
    ])('answers 422 for %s and writes nothing', async (_label, overrides, field, key) => {
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = await api.post(url).send(productBody(familyId, overrides));
      expect(res.status).toBe(422);
      expect(res.body.errors[field]).toBe(`app.validation.${key}`);
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });

    it('links a real supplier and shows its name', async () => {
      const supplier = (await listAll(api, `/api/sandboxes/${sb}/third-parties`, { role: 'supplier' }))[0];
      const res = await api.post(url).send(productBody(familyId, { supplierId: supplier.id, supplierReference: 'FOUR-123' }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ supplierId: supplier.id, supplierName: supplier.name });
    });

    it('deletes a product without movements, and refuses (409 PRODUCT_IN_USE) one with movements', async () => {
      const res = await api.delete(`${url}/${created.id}`);
      expect(res.status).toBe(200);
      await expect(api.get(`${url}/${created.id}`)).resolves.toHaveProperty('status', 404);

      const stocked = all.find((p) => (p.onHand as number) > 0)!;
      const before = sandboxFingerprint(t.dataDir, sb);
      const refused = await api.delete(`${url}/${stocked.id}`);
      expect(refused.status).toBe(409);
      expect(refused.body).toEqual({ code: 'PRODUCT_IN_USE', message: expect.any(String) });
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });

    it('records create, update and delete in the journal, and the chain verifies', async () => {
      const journal = await journalOf(api, sb);
      const mine = journal.filter((e) => e.resource === 'products' && e.recordId === String(created.id));
      expect(mine.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
      expect(mine[1].changes).toEqual({ before: { salePriceCents: 1250 }, after: { salePriceCents: 1400 } });
      await expect(api.get(`/api/sandboxes/${sb}/journal/verify`)).resolves.toMatchObject({ status: 200, body: { ok: true, count: journal.length } });
    });
  });

  describe('product families', () => {
    it('lists families with their product count', async () => {
      const families = await listAll(api, `/api/sandboxes/${sb}/product-families`);
      const products = await listAll(api, url);
      for (const f of families) expect(f.productCount).toBe(products.filter((p) => p.familyId === f.id).length);
    });

    it('creates a family, refuses a duplicate code, and refuses to delete a family in use (409)', async () => {
      const res = await api.post(`/api/sandboxes/${sb}/product-families`).send({ code: 'e2e', name: 'Famille e2e' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ code: 'E2E', productCount: 0 });
      const dup = await api.post(`/api/sandboxes/${sb}/product-families`).send({ code: 'E2E', name: 'Doublon' });
      expect(dup.status).toBe(422);
      expect(dup.body.errors).toEqual({ code: 'app.validation.reference_taken' });
      const inUse = await api.delete(`/api/sandboxes/${sb}/product-families/${familyId}`);
      expect(inUse.status).toBe(409);
      expect(inUse.body.code).toBe('FAMILY_IN_USE');
    });
  });
});
