import fs from 'node:fs';
import path from 'node:path';
import { enc } from '../support/fixtures';
import { CreatedSession, dataFiles, sandboxFile, SCENARIO_ID, sessionInput, startTestApp, StaffAccount, TestApp } from '../support/test-app';

describe('Scenarios and sessions', () => {
  let t: TestApp;
  let proctor: StaffAccount;
  let jury: StaffAccount;

  beforeAll(async () => {
    t = await startTestApp();
    proctor = await t.createProctor();
    jury = await t.createJury();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists the scenarios with id, title, hash and description', async () => {
    const res = await t.as(t.adminToken).get('/api/scenarios');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.arrayContaining([
        { id: SCENARIO_ID, title: expect.any(String), hash: expect.stringMatching(/^[a-f0-9]{16}$/), description: expect.any(String) },
      ]),
    );
    for (const s of res.body) expect(Object.keys(s).sort()).toEqual(['description', 'hash', 'id', 'title']);
  });

  describe('POST /api/sessions', () => {
    let session: CreatedSession;

    beforeAll(async () => {
      const res = await t.as(proctor.token).post('/api/sessions').send(
        sessionInput({
          name: 'BTS NDRC — épreuve E5',
          candidates: [
            { name: 'Alice Martin', candidateNumber: '2026-001', extraMinutes: 0 },
            { name: 'Bruno Leroy', candidateNumber: '2026-002', extraMinutes: 30 },
            { name: 'Chloé Petit', candidateNumber: '2026-003' },
          ],
        }),
      );
      expect(res.status).toBe(201);
      session = res.body;
    });

    it("answers 201 with the session and each candidate's id, username, password and sandboxId", async () => {
      expect(session).toMatchObject({
        id: expect.any(Number),
        name: 'BTS NDRC — épreuve E5',
        scenarioId: SCENARIO_ID,
        scenarioTitle: expect.any(String),
        mode: 'exam',
        durationMinutes: 180,
        status: 'running',
        candidateCount: 3,
      });
      expect(session.candidates).toHaveLength(3);
      for (const c of session.candidates) {
        expect(c).toEqual({
          id: expect.any(Number),
          name: expect.any(String),
          candidateNumber: expect.any(String),
          extraMinutes: expect.any(Number),
          username: expect.stringMatching(/^s\d+-/),
          password: expect.stringMatching(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/),
          sandboxId: expect.stringMatching(/^sb-[a-f0-9]{16}$/),
          endsAt: expect.any(String),
          resetCount: 0,
          lastResetAt: null,
          // Lifecycle (issue 5).
          anonymousCode: null,
          extendedMinutes: 0,
          access: 'write',
          remainingSeconds: expect.any(Number),
          locked: false,
          lockedAt: null,
          lockedSnapshot: null,
          unlockedUntil: null,
          firstLoginAt: null,
          lastSeenAt: null,
        });
      }
      expect(new Set(session.candidates.map((c) => c.sandboxId)).size).toBe(3);
      expect(new Set(session.candidates.map((c) => c.username)).size).toBe(3);
      expect(session.candidates.find((c) => c.name === 'Chloé Petit')!.extraMinutes).toBe(0);
    });

    it('never shows the passwords again on GET /api/sessions/:id', async () => {
      const res = await t.as(t.adminToken).get(`/api/sessions/${session.id}`);
      expect(res.status).toBe(200);
      expect(res.body.candidates).toHaveLength(3);
      for (const c of res.body.candidates) expect(c).not.toHaveProperty('password');
      expect(JSON.stringify(res.body)).not.toContain(session.candidates[0].password);
      expect(res.body.candidates.map((c: { sandboxId: string }) => c.sandboxId).sort()).toEqual(session.candidates.map((c) => c.sandboxId).sort());
    });

    it('lets every candidate log in with the given password, each to their own sandbox', async () => {
      for (const c of session.candidates) {
        const res = await t.http.post('/api/auth/login').send({ username: c.username, password: c.password });
        expect(res.status).toBe(200);
        expect(res.body.user.sandboxId).toBe(c.sandboxId);
        const context = await t.as(res.body.token).get(`/api/sandboxes/${c.sandboxId}/context`);
        expect(context.status).toBe(200);
        expect(context.body).toMatchObject({ sandboxId: c.sandboxId, candidateName: c.name, candidateNumber: c.candidateNumber, writable: true, sessionMode: 'exam' });
      }
    });

    it('creates one sandbox file per candidate under <dataDir>/sandboxes', async () => {
      for (const c of session.candidates) expect(fs.existsSync(sandboxFile(t.dataDir, c.sandboxId))).toBe(true);
      expect(path.dirname(sandboxFile(t.dataDir, session.candidates[0].sandboxId))).toBe(path.join(t.dataDir, 'sandboxes'));
    });

    it('lets a jury list and read sessions, with Content-Range', async () => {
      // A jury sees only the sessions they are assigned to (test/e2e/jury.e2e-spec.ts).
      expect((await t.as(proctor.token).post(`/api/sessions/${session.id}/juries`).send({ userId: jury.id })).status).toBe(201);
      const res = await t.as(jury.token).get(`/api/sessions?sort=${enc(['id', 'ASC'])}&range=${enc([0, 9])}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-range']).toMatch(/^sessions 0-\d+\/\d+$/);
      const row = res.body.find((s: { id: number }) => s.id === session.id);
      expect(row).toMatchObject({ id: session.id, scenarioTitle: expect.any(String), status: 'running', candidateCount: 3, endsAt: expect.any(String), createdAt: expect.any(String) });
      expect(row).not.toHaveProperty('templateKey');
      await expect(t.as(jury.token).get(`/api/sessions/${session.id}`)).resolves.toHaveProperty('status', 200);
    });

    it('answers 404 for an unknown session', async () => {
      const res = await t.as(t.adminToken).get('/api/sessions/999999');
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
    });
  });

  describe('refused creations create nothing', () => {
    const state = async () => {
      const sessions = await t.as(t.adminToken).get('/api/sessions');
      const users = await t.as(t.adminToken).get('/api/users');
      return { sessions: sessions.headers['content-range'], users: users.headers['content-range'], files: dataFiles(t.dataDir) };
    };

    const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
      [
        'duplicate candidate numbers',
        { candidates: [{ name: 'A', candidateNumber: '007' }, { name: 'B', candidateNumber: '007' }] },
        { candidates: { 1: { candidateNumber: 'app.validation.duplicate' } } },
      ],
      [
        'candidate numbers that would give the same username',
        { candidates: [{ name: 'A', candidateNumber: 'AB-12' }, { name: 'B', candidateNumber: 'ab12' }] },
        { candidates: { 1: { candidateNumber: 'app.validation.duplicate' } } },
      ],
      ['an unknown scenario', { scenarioId: 'no-such-scenario' }, { scenarioId: expect.stringMatching(/^app\.(validation|errors)\./) }],
      ['a missing name', { name: undefined }, { name: 'app.validation.required' }],
      ['no candidate list', { candidates: null }, { candidates: 'app.validation.required' }],
      ['a missing candidate number', { candidates: [{ name: 'A' }] }, { candidates: { 0: { candidateNumber: 'app.validation.required' } } }],
      ['a duration given as a string', { durationMinutes: '180' }, { durationMinutes: 'app.validation.integer' }],
      ['an unknown mode', { mode: 'party' }, { mode: 'app.validation.choice' }],
      ['a start that is not a date', { startsAt: 'demain 8h' }, { startsAt: 'app.validation.date' }],
      ['candidates given as a string', { candidates: 'Alice, Bruno' }, { candidates: 'app.validation.required' }],
      ['a candidate that is not an object', { candidates: ['Alice'] }, { candidates: { 0: expect.stringMatching(/^app\.validation\./) } }],
      ['negative extra minutes', { candidates: [{ name: 'A', candidateNumber: '1', extraMinutes: -5 }] }, { candidates: { 0: { extraMinutes: 'app.validation.positive' } } }],
      ['a candidate number with slashes', { candidates: [{ name: 'A', candidateNumber: '../../etc' }] }, { candidates: { 0: { candidateNumber: 'app.validation.candidate_number' } } }],
    ];

    it.each(cases)('answers 422 { errors } for %s', async (_label, overrides, errors) => {
      const before = await state();
      const res = await t.as(t.adminToken).post('/api/sessions').send(sessionInput(overrides as never));
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ message: expect.any(String), errors });
      expect(await state()).toEqual(before);
    });

    it('creates a session without candidates (they come from a CSV import later)', async () => {
      const res = await t.as(t.adminToken).post('/api/sessions').send(sessionInput({ name: 'Session vide', candidates: [] } as never));
      expect(res.status).toBe(201);
      expect(res.body.candidates).toEqual([]);
    });

    it('refuses creation to a jury and to a candidate (403)', async () => {
      const session = await t.createSession(t.adminToken, { name: 'Pour le candidat' });
      const candidate = await t.candidateToken(session);
      const before = await state();
      for (const token of [jury.token, candidate]) {
        const res = await t.as(token).post('/api/sessions').send(sessionInput());
        expect(res.status).toBe(403);
        expect(res.body).toEqual({ code: 'FORBIDDEN', message: expect.any(String) });
      }
      expect(await state()).toEqual(before);
      const list = await t.as(candidate).get('/api/sessions');
      expect(list.status).toBe(403);
    });
  });

  it('publishes an OpenAPI document at /api/docs-json listing every API route', async () => {
    const res = await t.http.get('/api/docs-json');
    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<string, Record<string, unknown>>;
    const express = t.app.getHttpAdapter().getInstance();
    const routes: { path: string; method: string }[] = [];
    for (const layer of express.router.stack) {
      const route = layer.route as { path: string; methods: Record<string, boolean> } | undefined;
      if (!route || typeof route.path !== 'string' || !route.path.startsWith('/api/') || route.path.startsWith('/api/docs')) continue;
      for (const method of Object.keys(route.methods)) routes.push({ path: route.path, method });
    }
    expect(routes.length).toBeGreaterThan(30);
    const missing = routes.filter((r) => !paths[r.path.replace(/:(\w+)/g, '{$1}')]?.[r.method]).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
    expect(paths['/api/sessions'].post).toBeDefined();
    expect(paths['/api/sandboxes/{sandboxId}/third-parties']).toBeDefined();
  });
});
