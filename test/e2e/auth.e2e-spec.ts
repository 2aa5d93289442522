import { clientBody } from '../support/fixtures';
import { ADMIN_PASSWORD, CreatedSession, dataFiles, sandboxFingerprint, startTestApp, TestApp, withSqlite } from '../support/test-app';
import crypto from 'node:crypto';
import path from 'node:path';

const MINUTE = 60_000;

describe('Authentication', () => {
  let t: TestApp;
  let running: CreatedSession;

  beforeAll(async () => {
    t = await startTestApp();
    running = await t.createSession(t.adminToken, { name: 'Session en cours' });
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('POST /api/auth/login', () => {
    it('returns a token and the public user of a staff account, without sandboxId', async () => {
      const res = await t.http.post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        token: expect.stringMatching(/^[A-Za-z0-9_-]{20,200}$/),
        expiresAt: expect.any(String),
        user: { id: expect.any(Number), username: 'admin', role: 'admin', displayName: expect.any(String) },
      });
      expect(res.body.user).not.toHaveProperty('sandboxId');
      expect(res.body).not.toHaveProperty('user.passwordHash');
    });

    it("returns the candidate's own sandboxId for a candidate", async () => {
      const c = running.candidates[0];
      const res = await t.http.post('/api/auth/login').send({ username: c.username, password: c.password });
      expect(res.status).toBe(200);
      expect(res.body.user).toEqual({ id: expect.any(Number), username: c.username, role: 'candidate', displayName: c.name, sandboxId: c.sandboxId });
    });

    it('refuses a wrong password with 401 and a French message', async () => {
      const res = await t.http.post('/api/auth/login').send({ username: 'admin', password: 'not-the-password' });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ code: 'INVALID_CREDENTIALS', message: 'Identifiant ou mot de passe incorrect.' });
    });

    it('refuses an unknown user with the same 401 answer as a wrong password', async () => {
      const res = await t.http.post('/api/auth/login').send({ username: 'nobody-here', password: 'whatever-password' });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ code: 'INVALID_CREDENTIALS', message: 'Identifiant ou mot de passe incorrect.' });
    });

    it('refuses a login without username or password with 422 field errors', async () => {
      const res = await t.http.post('/api/auth/login').send({ username: '' });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual({ username: 'app.validation.required', password: 'app.validation.required' });
    });

    it('throttles with 429 and Retry-After after 5 failures for one username and IP, even with the right password', async () => {
      const jury = await t.createJury('throttled-jury');
      for (let i = 0; i < 5; i++) {
        const res = await t.http.post('/api/auth/login').send({ username: jury.username, password: `wrong-${i}` });
        expect(res.status).toBe(401);
      }
      const blocked = await t.http.post('/api/auth/login').send({ username: jury.username, password: jury.password });
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('LOGIN_THROTTLED');
      expect(blocked.body.message).toMatch(/tentatives/);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.headers['retry-after']).toBe(String(blocked.body.retryAfterSeconds));

      const other = await t.http.post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD });
      expect(other.status).toBe(200);
    });
  });

  describe('me and logout', () => {
    it('returns the current user on GET /api/auth/me', async () => {
      const token = await t.candidateToken(running, 1);
      const res = await t.as(token).get('/api/auth/me');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        user: { id: expect.any(Number), username: running.candidates[1].username, role: 'candidate', displayName: running.candidates[1].name, sandboxId: running.candidates[1].sandboxId },
      });
    });

    it('refuses the token after logout (204), while other tokens of the same user stay valid', async () => {
      const token = await t.login('admin', ADMIN_PASSWORD);
      const other = await t.login('admin', ADMIN_PASSWORD);
      const out = await t.as(token).post('/api/auth/logout');
      expect(out.status).toBe(204);
      const after = await t.as(token).get('/api/auth/me');
      expect(after.status).toBe(401);
      expect(after.body.code).toBe('UNAUTHENTICATED');
      const still = await t.as(other).get('/api/auth/me');
      expect(still.status).toBe(200);
    });

    it.each([
      ['no Authorization header', undefined],
      ['an empty bearer', 'Bearer '],
      ['another scheme', `Basic ${Buffer.from('admin:x').toString('base64')}`],
      ['garbage characters', 'Bearer <script>alert(1)</script>'],
      ['a well-formed but unknown token', `Bearer ${'A'.repeat(43)}`],
      ['a token with a trailing extra word', 'Bearer abcdefghijklmnopqrstuvwxyz0123 extra'],
    ])('answers 401 UNAUTHENTICATED with %s', async (_label, header) => {
      const req = t.http.get('/api/auth/me');
      if (header !== undefined) req.set('Authorization', header);
      const res = await req;
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ code: 'UNAUTHENTICATED', message: 'Vous devez vous connecter.' });
    });

    it('answers 401 TOKEN_EXPIRED for a token past its expiry', async () => {
      const token = await t.login('admin', ADMIN_PASSWORD);
      const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
      const changed = withSqlite(
        path.join(t.dataDir, 'control.sqlite'),
        (db) => db.prepare(`UPDATE auth_token SET expiresAt = '2000-01-01T00:00:00.000Z' WHERE tokenHash = ?`).run(tokenHash).changes,
        { readonly: false },
      );
      expect(changed).toBe(1);
      const res = await t.as(token).get('/api/auth/me');
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('TOKEN_EXPIRED');
      expect(res.body.message).toMatch(/expiré/);
    });
  });

  describe('candidates and their session window', () => {
    it('refuses login (403 SESSION_ENDED) to a candidate whose time is over, but not to one with extra time left', async () => {
      const session = await t.createSession(t.adminToken, {
        name: 'Session terminée',
        startsAt: new Date(Date.now() - 70 * MINUTE).toISOString(),
        durationMinutes: 60,
        candidates: [
          { name: 'Sans tiers-temps', candidateNumber: 'E1', extraMinutes: 0 },
          { name: 'Avec tiers-temps', candidateNumber: 'E2', extraMinutes: 20 },
        ],
      });
      const ended = await t.http.post('/api/auth/login').send({ username: session.candidates[0].username, password: session.candidates[0].password });
      expect(ended.status).toBe(403);
      expect(ended.body.code).toBe('SESSION_ENDED');
      expect(ended.body.message).toMatch(/terminée/);

      const extra = await t.http.post('/api/auth/login').send({ username: session.candidates[1].username, password: session.candidates[1].password });
      expect(extra.status).toBe(200);
    });

    it('refuses login (403 SESSION_NOT_OPEN) to an exam that is not open yet', async () => {
      const session = await t.createSession(t.adminToken, {
        name: 'Session de la semaine prochaine',
        startsAt: new Date(Date.now() + 7 * 24 * 60 * MINUTE).toISOString(),
        candidates: [{ name: 'Candidat trop tôt', candidateNumber: 'H1' }],
      });
      const res = await t.http.post('/api/auth/login').send({ username: session.candidates[0].username, password: session.candidates[0].password });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('SESSION_NOT_OPEN');
      expect(res.body.message).toMatch(/pas encore ouverte/);
    });

    it('lets a candidate read once the session is open and before its start, but refuses writes with 423 SESSION_NOT_STARTED', async () => {
      const session = await t.createSession(t.adminToken, {
        name: 'Session de demain',
        startsAt: new Date(Date.now() + 24 * 60 * MINUTE).toISOString(),
        candidates: [{ name: 'Candidat en avance', candidateNumber: 'F1' }],
      });
      const sb = session.candidates[0].sandboxId;
      expect((await t.as(t.adminToken).post(`/api/sessions/${session.id}/open`).send({})).status).toBe(200);
      const token = await t.candidateToken(session);
      const client = t.as(token);

      await expect(client.get(`/api/sandboxes/${sb}/company`)).resolves.toHaveProperty('status', 200);
      const list = await client.get(`/api/sandboxes/${sb}/third-parties`);
      expect(list.status).toBe(200);
      const context = await client.get(`/api/sandboxes/${sb}/context`);
      expect(context.body).toMatchObject({ writable: false, lockReason: 'SESSION_NOT_STARTED' });

      const before = sandboxFingerprint(t.dataDir, sb);
      const files = dataFiles(t.dataDir);
      const created = await client.post(`/api/sandboxes/${sb}/third-parties`).send(clientBody());
      expect(created.status).toBe(423);
      expect(created.body.code).toBe('SESSION_NOT_STARTED');
      expect(created.body.message).toMatch(/pas encore commencé/);
      const updated = await client.put(`/api/sandboxes/${sb}/company`).send({ phone: '04 78 00 00 00' });
      expect(updated.status).toBe(423);
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
      expect(dataFiles(t.dataDir)).toEqual(files);
    });

    it("never lets a candidate token outlive the candidate's end (start + duration + extra minutes) by more than the 30 reading minutes after the lock", async () => {
      const startsAt = new Date(Date.now() - MINUTE);
      const session = await t.createSession(t.adminToken, {
        name: 'Session courte',
        startsAt: startsAt.toISOString(),
        durationMinutes: 30,
        candidates: [
          { name: 'Court', candidateNumber: 'G1', extraMinutes: 0 },
          { name: 'Tiers-temps', candidateNumber: 'G2', extraMinutes: 15 },
        ],
      });
      for (const extra of [0, 15]) {
        const c = session.candidates.find((x) => x.extraMinutes === extra)!;
        const res = await t.http.post('/api/auth/login').send({ username: c.username, password: c.password });
        expect(res.status).toBe(200);
        // After the end the sandbox is locked (423 on writes) and still readable for 30 minutes.
        const end = new Date(session.startsAt).getTime() + (30 + extra) * MINUTE;
        expect(new Date(c.endsAt).getTime()).toBe(end);
        expect(new Date(res.body.expiresAt).getTime()).toBe(end + 30 * MINUTE);
      }
      const staff = await t.http.post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD });
      expect(new Date(staff.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 60 * MINUTE);
    });
  });
});
