import fs from 'node:fs';
import path from 'node:path';
import { clientBody, journalOf, listAll, Row } from '../support/fixtures';
import { Client, CreatedSession, fileFingerprint, listFiles, sandboxFingerprint, StaffAccount, startTestApp, TestApp, withSqlite } from '../support/test-app';

describe('Sandbox reset', () => {
  let t: TestApp;
  let session: CreatedSession;
  let sbA: string;
  let sbB: string;
  let candidateA: Client;
  let candidateB: Client;
  let proctor: StaffAccount;
  let client: Row;
  let product: Row;
  let good: Row;
  let reset: { status: number; body: Record<string, unknown> };

  beforeAll(async () => {
    t = await startTestApp();
    session = await t.createSession(t.adminToken);
    [sbA, sbB] = session.candidates.map((c) => c.sandboxId);
    candidateA = t.as(await t.candidateToken(session, 0));
    candidateB = t.as(await t.candidateToken(session, 1));
    proctor = await t.createProctor('surveillant-reset');

    // Candidate A works: a new client, a new price, a stock adjustment.
    const base = `/api/sandboxes/${sbA}`;
    const created = await candidateA.post(`${base}/third-parties`).send(clientBody({ name: 'Client créé avant réinitialisation' }));
    expect(created.status).toBe(201);
    client = created.body;
    const products = await listAll(candidateA, `${base}/products`);
    product = products[0];
    const edited = await candidateA.put(`${base}/products/${product.id}`).send({ ...product, salePriceCents: (product.salePriceCents as number) + 999 });
    expect(edited.status).toBe(200);
    good = products.find((p) => p.type === 'good' && (p.onHand as number) > 0)!;
    const moved = await candidateA.post(`${base}/stock-movements`).send({ productId: good.id, type: 'adjustment', quantity: -1, reason: 'Casse' });
    expect(moved.status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('refusals', () => {
    it('refuses a reset by the candidate (403), even of their own sandbox', async () => {
      const before = sandboxFingerprint(t.dataDir, sbA);
      const res = await candidateA.post(`/api/sandboxes/${sbA}/reset`).send({ reason: 'Je recommence' });
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ code: 'FORBIDDEN', message: expect.any(String) });
      expect(sandboxFingerprint(t.dataDir, sbA)).toBe(before);
    });

    it('refuses a reset by a jury (403)', async () => {
      const jury = await t.createJury();
      const res = await t.as(jury.token).post(`/api/sandboxes/${sbA}/reset`).send({ reason: 'Essai' });
      expect(res.status).toBe(403);
    });

    it.each([
      ['no body', undefined],
      ['no reason', {}],
      ['a blank reason', { reason: '   ' }],
      ['a reason that is not text', { reason: 42 }],
    ])('answers 422 errors.reason for %s, and resets nothing', async (_label, body) => {
      const before = sandboxFingerprint(t.dataDir, sbA);
      const req = t.as(proctor.token).post(`/api/sandboxes/${sbA}/reset`);
      const res = await (body === undefined ? req : req.send(body));
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual({ reason: expect.stringMatching(/^app\.validation\.(required|string)$/) });
      expect(sandboxFingerprint(t.dataDir, sbA)).toBe(before);
      expect(fs.existsSync(path.join(t.dataDir, 'snapshots', sbA))).toBe(false);
    });

    it('answers 404 for an unknown sandbox', async () => {
      const res = await t.as(proctor.token).post('/api/sandboxes/sb-0000000000000000/reset').send({ reason: 'Essai' });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('SANDBOX_NOT_FOUND');
    });
  });

  describe('by a proctor', () => {
    beforeAll(async () => {
      reset = await t.as(proctor.token).post(`/api/sandboxes/${sbA}/reset`).send({ reason: 'Fichier client corrompu par erreur' });
    });

    it('answers 200 with sandboxId, resetAt, the snapshot path and durationMs', async () => {
      expect(reset.status).toBe(200);
      expect(reset.body).toEqual({
        sandboxId: sbA,
        resetAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        snapshot: expect.stringMatching(new RegExp(`^snapshots/${sbA}/[^/]+\\.sqlite$`)),
        durationMs: expect.any(Number),
      });
      expect(reset.body.durationMs).toBeGreaterThanOrEqual(0);
    });

    it("removes the candidate's client", async () => {
      await expect(candidateA.get(`/api/sandboxes/${sbA}/third-parties/${client.id}`)).resolves.toHaveProperty('status', 404);
      await expect(listAll(candidateA, `/api/sandboxes/${sbA}/third-parties`, { q: 'réinitialisation' })).resolves.toEqual([]);
    });

    it("puts price and stock back to the template values, the same as an untouched candidate's sandbox", async () => {
      const [a, b] = await Promise.all([candidateA.get(`/api/sandboxes/${sbA}/products/${product.id}`), candidateB.get(`/api/sandboxes/${sbB}/products/${product.id}`)]);
      expect(a.body.salePriceCents).toBe(product.salePriceCents);
      expect(a.body.salePriceCents).toBe(b.body.salePriceCents);
      const [ga, gb] = await Promise.all([candidateA.get(`/api/sandboxes/${sbA}/products/${good.id}`), candidateB.get(`/api/sandboxes/${sbB}/products/${good.id}`)]);
      expect(ga.body.onHand).toBe(good.onHand);
      expect(ga.body.onHand).toBe(gb.body.onHand);
      // Every table but the journal (and its AUTOINCREMENT counter) holds the template's rows again.
      const exclude = ['journal_entry', 'sqlite_sequence'];
      expect(sandboxFingerprint(t.dataDir, sbA, { exclude })).toBe(sandboxFingerprint(t.dataDir, sbB, { exclude }));
    });

    it("keeps the previous state as a snapshot under <dataDir>/snapshots/<id>/, with the candidate's client", async () => {
      const file = path.join(t.dataDir, reset.body.snapshot as string);
      expect(path.dirname(file)).toBe(path.join(t.dataDir, 'snapshots', sbA));
      expect(fs.existsSync(file)).toBe(true);
      expect(listFiles(path.join(t.dataDir, 'snapshots', sbA)).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
      const names = withSqlite(file, (db) => db.prepare('SELECT name FROM third_party WHERE id = ?').pluck().all(client.id));
      expect(names).toEqual(['Client créé avant réinitialisation']);
      const price = withSqlite(file, (db) => db.prepare('SELECT salePriceCents FROM product WHERE id = ?').pluck().get(product.id));
      expect(price).toBe((product.salePriceCents as number) + 999);
      expect(fileFingerprint(file)).not.toBe(sandboxFingerprint(t.dataDir, sbA));
    });

    it('starts the new journal with a reset entry naming the proctor and the reason, and the chain verifies', async () => {
      const journal = await journalOf(candidateA, sbA);
      expect(journal).toHaveLength(1);
      expect(journal[0]).toMatchObject({ resource: 'sandbox', recordId: sbA, action: 'reset', username: 'surveillant-reset', role: 'proctor' });
      expect(journal[0].label).toContain(proctor.displayName);
      expect(journal[0].label).toContain('Fichier client corrompu par erreur');
      await expect(candidateA.get(`/api/sandboxes/${sbA}/journal/verify`)).resolves.toMatchObject({ status: 200, body: { ok: true, count: 1 } });
    });

    it('counts the reset on the session detail', async () => {
      const res = await t.as(proctor.token).get(`/api/sessions/${session.id}`);
      const a = res.body.candidates.find((c: { sandboxId: string }) => c.sandboxId === sbA);
      const b = res.body.candidates.find((c: { sandboxId: string }) => c.sandboxId === sbB);
      expect(a).toMatchObject({ resetCount: 1, lastResetAt: reset.body.resetAt });
      expect(b).toMatchObject({ resetCount: 0, lastResetAt: null });
    });

    it('lets the candidate keep working with the same token, the journal chaining after the reset', async () => {
      const res = await candidateA.post(`/api/sandboxes/${sbA}/third-parties`).send(clientBody({ name: 'Client après réinitialisation' }));
      expect(res.status).toBe(201);
      const journal = await journalOf(candidateA, sbA);
      expect(journal.map((e) => e.action)).toEqual(['reset', 'create']);
      await expect(candidateA.get(`/api/sandboxes/${sbA}/journal/verify`)).resolves.toMatchObject({ body: { ok: true, count: 2 } });
    });

    it("leaves the other candidate's sandbox untouched", async () => {
      const journal = await journalOf(candidateB, sbB);
      expect(journal).toEqual([]);
    });
  });
});
