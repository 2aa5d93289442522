/**
 * Dossier PDFs and the session export through the API: a candidate makes a sales chain, a reminder,
 * sends an invoice and a statement and logs a call; the dossier read back with pdftotext holds the
 * cover, a table of contents whose page numbers are right, every production's number, the outbox,
 * the CRM entry and the journal's verification. Anonymous sessions show no name. A locked snapshot
 * is what gets graded and is never written to. The ZIP (unzipped with fflate) holds every dossier,
 * valid SQLite snapshots, checks.csv, marks.csv and README.txt. Roles: candidates never, juries only
 * for their sessions.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { listAll, Row } from '../support/fixtures';
import { binary, pdfText } from '../support/pdf';
import { Client, CreatedSession, StaffAccount, startTestApp, TestApp, withSqlite } from '../support/test-app';

const sha256 = (data: Buffer | Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

/** pdftotext separates pages with a form feed. */
const pagesOf = (pdf: Buffer) => pdfText(pdf).split('\f');

describe('Dossiers and session export', () => {
  let t: TestApp;
  let session: CreatedSession;
  let api: Client;
  let base: string;
  let sb: string;
  let proctor: StaffAccount;
  let jury: StaffAccount;
  let otherJury: StaffAccount;
  const numbers: Record<string, string> = {};
  let emailSubject: string;
  let crmSubject: string;
  let reminderClient: string;

  const dossierUrl = (s: CreatedSession, index = 0) => `/api/sessions/${s.id}/candidates/${s.candidates[index].id}/dossier.pdf`;
  const getPdf = async (token: string, url: string) => {
    const res = await t.as(token).get(url).buffer(true).parse(binary as never);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    return res.body as Buffer;
  };
  const getZip = async (token: string, s: CreatedSession) => {
    const res = await t.as(token).get(`/api/sessions/${s.id}/export.zip`).buffer(true).parse(binary as never);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="session-\d+-.+\.zip"$/);
    return unzipSync(new Uint8Array(res.body as Buffer));
  };
  const ok = (res: { status: number; body: unknown }, what: string) => {
    if (res.status !== 200 && res.status !== 201) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Row;
  };

  beforeAll(async () => {
    t = await startTestApp();
    session = await t.createSession(t.adminToken, { name: 'Session dossiers' });
    proctor = await t.createProctor();
    jury = await t.createJury();
    otherJury = await t.createJury();
    ok(await t.as(t.adminToken).post(`/api/sessions/${session.id}/juries`).send({ userId: jury.id }), 'assign jury');

    sb = session.candidates[0].sandboxId;
    base = `/api/sandboxes/${sb}`;
    api = t.as(await t.candidateToken(session, 0));

    // A sales chain: quote → order → delivery note → invoice.
    const client = (await listAll(api, `${base}/third-parties`, { role: 'client', zone: 'fr', customerType: 'b2b' })).find((c) => c.email)!;
    const lines = [{ label: 'Prestation de conseil', unit: 'heure', quantity: 3, unitPriceCents: 8500, vatRateBp: 2000 }];
    const quote = ok(await api.post(`${base}/quotes`).send({ clientId: client.id, lines }), 'quote');
    numbers.quote = ok(await api.post(`${base}/quotes/${quote.id}/validate`), 'validate quote').number as string;
    ok(await api.post(`${base}/quotes/${quote.id}/accept`), 'accept');
    const order = ok(await api.post(`${base}/quotes/${quote.id}/convert-to-order`), 'convert');
    numbers.order = ok(await api.post(`${base}/orders/${order.id}/validate`).send({}), 'validate order').number as string;
    const note = ok(await api.post(`${base}/delivery-notes`).send({ orderId: order.id }), 'delivery note');
    numbers.deliveryNote = ok(await api.post(`${base}/delivery-notes/${note.id}/validate`), 'validate note').number as string;
    const invoice = ok(await api.post(`${base}/invoices/from-delivery-notes`).send({ deliveryNoteIds: [note.id] }), 'invoice');
    numbers.invoice = ok(await api.post(`${base}/invoices/${invoice.id}/validate`), 'validate invoice').number as string;
    // A draft quote too: it is a production (printed with its draft watermark).
    ok(await api.post(`${base}/quotes`).send({ clientId: client.id, lines }), 'draft quote');

    // The invoice sent by e-mail, with a subject of our own.
    emailSubject = `Votre facture ${numbers.invoice} (dossier e2e)`;
    ok(await api.post(`${base}/invoices/${invoice.id}/send`).send({ channel: 'email', to: 'compta@example.fr', subject: emailSubject }), 'send invoice');

    // A written reminder from the worklist (the scenario's history has overdue invoices).
    const worklist = (await api.get(`${base}/reminders/worklist`)).body as Row[];
    for (const row of worklist) {
      const next = row.nextStep as { kind: string; level?: number } | null;
      if (!row.dueToday || !next || !['email', 'letter', 'formal_notice'].includes(next.kind)) continue;
      const res = await api.post(`${base}/reminders`).send({ clientId: row.clientId, kind: next.kind, level: next.level, invoiceIds: (row.invoices as Row[]).map((i) => i.invoiceId) });
      if (res.status === 201) {
        reminderClient = row.clientName as string;
        break;
      }
    }
    expect(reminderClient).toBeDefined();

    // A statement sent, and a call logged in the CRM.
    ok(await api.post(`${base}/statements/${client.id}/send`).send({ to: 'compta@example.fr' }), 'statement');
    crmSubject = 'Appel de suivi du devis (dossier e2e)';
    ok(await api.post(`${base}/interactions`).send({ thirdPartyId: client.id, kind: 'call', subject: crmSubject, outcome: 'done', notes: 'Client satisfait.' }), 'interaction');
  });

  afterAll(() => t.close());

  describe('dossier PDF', () => {
    let pdf: Buffer;
    let text: string;
    let pages: string[];

    beforeAll(async () => {
      pdf = await getPdf(proctor.token, dossierUrl(session));
      text = pdfText(pdf, 'raw');
      pages = pagesOf(pdf);
    });

    it('has a cover: session, scenario, mode, candidate, times in French and the fingerprint', () => {
      const cover = pages[0].replace(/\s+/g, ' ');
      expect(cover).toContain('Dossier du candidat');
      expect(cover).toContain('Session dossiers');
      expect(cover).toContain(session.scenarioTitle);
      expect(cover).toContain('Examen');
      expect(cover).toContain('Candidat n° 001 — Alice Candidate');
      expect(cover).toMatch(/Début (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \S+ \d{4} à \d{2}:\d{2}/);
      expect(cover).toMatch(/Fin \S+ \d{1,2} \S+ \d{4} à \d{2}:\d{2}/);
      expect(cover).toContain('Temps supplémentaire aucun');
      expect(cover).toMatch(/[0-9a-f]{64}/);
      expect(cover).toContain('l’espace n’était pas verrouillé');
    });

    it('has a table of contents whose page numbers point at the right pages', () => {
      expect(pages[1]).toContain('Sommaire');
      const toc = pages[1].split('\n');
      const pageOf = (needle: string) => {
        const line = toc.find((l) => l.includes(needle));
        expect(line).toBeDefined();
        return Number(/(\d+)\s*$/.exec(line!)![1]);
      };
      for (const n of Object.values(numbers)) expect(pages[pageOf(n) - 1]).toContain(n);
      expect(pages[pageOf('Journal d’activité') - 1]).toContain('Vérification de la chaîne');
      expect(pages[pageOf('E-mails et envois') - 1]).toContain('E-mails et envois');
      expect(pages[pageOf('Entrées CRM') - 1]).toContain(crmSubject);
      expect(pages[pageOf('Contrôles du scénario') - 1]).toContain('Contrôles du scénario');
      const total = pages.filter((p) => p.trim()).length;
      expect(text).toContain(`page ${total} / ${total}`);
    });

    it('prints every production as its real PDF, numbers included', () => {
      for (const n of Object.values(numbers)) expect(text).toContain(n);
      expect(text).toContain('DEVIS N° Brouillon (non numéroté)');
      expect(text).toMatch(/(Relance par e-mail|Lettre de relance|Mise en demeure) \(niveau \d\)/);
      expect(text).toContain(reminderClient);
      expect(text).toContain('Relevé de compte envoyé');
      // The scenario's history (documents the candidate never touched) stays out.
      const quotes = text.match(/Devis DEV-\d{4}-\d{4} —/g) ?? [];
      expect(quotes).toEqual([`Devis ${numbers.quote} —`]);
    });

    it('has the outbox, the CRM entries, the scenario checks and the verified journal', () => {
      expect(text).toContain(emailSubject);
      expect(text).toContain('À : ');
      expect(text).toContain(`${numbers.invoice}.pdf`);
      expect(text).toContain(crmSubject);
      expect(text).toContain('Client satisfait.');
      expect(text).toMatch(/Contrôles du scénario (\d+ contrôles? réussis? sur \d+|Le scénario ne déclare aucun contrôle)/);
      expect(text).toMatch(/Vérification de la chaîne : intègre\. Les \d+ entrées du journal sont chaînées/);
      expect(text).toContain('Validation · facture');
      expect(text).toContain('Acceptation · devis');
    });

    it('lists the same productions on screen for the jury (GET …/productions), not for a candidate', async () => {
      const url = `/api/sessions/${session.id}/candidates/${session.candidates[0].id}/productions`;
      const res = await t.as(jury.token).get(url);
      expect(res.status).toBe(200);
      expect(res.body.source).toBe('live');
      expect((res.body.documents as Row[]).map((d) => d.number)).toEqual(expect.arrayContaining([numbers.quote, numbers.order, numbers.deliveryNote, numbers.invoice]));
      expect((res.body.emails as Row[]).map((e) => e.subject)).toContain(emailSubject);
      expect((res.body.crm as Row[]).map((c) => c.subject)).toContain(crmSubject);
      expect((res.body.reminders as Row[]).length).toBeGreaterThan(0);
      expect((res.body.events as Row[]).some((e) => e.resource === 'invoices' && e.action === 'validate')).toBe(true);
      expect((await t.as(otherJury.token).get(url)).status).toBe(404);
      expect((await api.get(url)).status).toBe(403);
    });

    it('reports a broken journal chain', async () => {
      const other = await t.createSession(t.adminToken, { name: 'Session chaîne rompue' });
      const otherApi = t.as(await t.candidateToken(other, 0));
      const client = (await listAll(otherApi, `/api/sandboxes/${other.candidates[0].sandboxId}/third-parties`, { role: 'client' }))[0];
      ok(await otherApi.post(`/api/sandboxes/${other.candidates[0].sandboxId}/quotes`).send({ clientId: client.id, lines: [{ label: 'x', quantity: 1, unitPriceCents: 100, vatRateBp: 2000 }] }), 'quote');
      // Close the sandbox (a reset-free way: a snapshot through the registry closes it), then tamper with the journal.
      const file = path.join(t.dataDir, 'sandboxes', `${other.candidates[0].sandboxId}.sqlite`);
      await getPdf(t.adminToken, dossierUrl(other));
      withSqlite(file, (db) => db.prepare(`UPDATE journal_entry SET label = 'falsifié' WHERE id = (SELECT MAX(id) FROM journal_entry)`).run(), { readonly: false });
      const tampered = pdfText(await getPdf(t.adminToken, dossierUrl(other)), 'raw');
      expect(tampered).toMatch(/Vérification de la chaîne : ROMPUE à l’entrée n° \d+/);
    });
  });

  describe('anonymous session', () => {
    it('shows the anonymous code, never the name', async () => {
      const anonymous = await t.createSession(t.adminToken, {
        name: 'Session anonyme',
        anonymous: true,
        candidates: [{ name: 'Zoé Secrète', candidateNumber: '101', anonymousCode: 'K7F2' }, { name: 'Yann Caché', candidateNumber: '102' }],
      } as never);
      const text = pdfText(await getPdf(t.adminToken, dossierUrl(anonymous)), 'raw');
      expect(text).toContain('Candidat K7F2');
      expect(text).not.toContain('Zoé');
      expect(text).not.toContain('Secrète');
      const second = pdfText(await getPdf(t.adminToken, dossierUrl(anonymous, 1)), 'raw');
      expect(second).toContain('Candidat n° 102');
      expect(second).not.toContain('Yann');

      const zip = await getZip(t.adminToken, anonymous);
      expect(Object.keys(zip).filter((n) => n.startsWith('dossiers/')).sort()).toEqual(['dossiers/101-K7F2.pdf', 'dossiers/102.pdf']);
      const readme = Buffer.from(zip['README.txt']).toString('utf8');
      expect(readme).not.toMatch(/Zoé|Yann/);
    });
  });

  describe('locked snapshot', () => {
    it('grades the snapshot, never writes to it, and ignores later changes', async () => {
      const locked = await t.createSession(t.adminToken, { name: 'Session verrouillée' });
      const lockedSb = locked.candidates[0].sandboxId;
      const lockedApi = t.as(await t.candidateToken(locked, 0));
      const client = (await listAll(lockedApi, `/api/sandboxes/${lockedSb}/third-parties`, { role: 'client' }))[0];
      const quoteBody = { clientId: client.id, lines: [{ label: 'Avant verrouillage', quantity: 1, unitPriceCents: 1000, vatRateBp: 2000 }] };
      const before = ok(await lockedApi.post(`/api/sandboxes/${lockedSb}/quotes`).send(quoteBody), 'quote');
      const graded = ok(await lockedApi.post(`/api/sandboxes/${lockedSb}/quotes/${before.id}/validate`), 'validate').number as string;

      // A snapshot made the way SQLite allows from outside (backup API), recorded as the lock snapshot.
      const relative = path.join('snapshots', lockedSb, 'locked-e2e.sqlite');
      const snapshot = path.join(t.dataDir, relative);
      fs.mkdirSync(path.dirname(snapshot), { recursive: true });
      const source = new Database(path.join(t.dataDir, 'sandboxes', `${lockedSb}.sqlite`), { readonly: true });
      await source.backup(snapshot);
      source.close();
      withSqlite(path.join(t.dataDir, 'control.sqlite'), (db) => db.prepare('UPDATE candidate SET lockedAt = ?, lockedSnapshot = ? WHERE id = ?').run(new Date().toISOString(), relative, locked.candidates[0].id), { readonly: false });
      // After the snapshot: a quote that the jury does not grade.
      const after = ok(await lockedApi.post(`/api/sandboxes/${lockedSb}/quotes`).send(quoteBody), 'quote after');
      const notGraded = ok(await lockedApi.post(`/api/sandboxes/${lockedSb}/quotes/${after.id}/validate`), 'validate after').number as string;

      const bytes = fs.readFileSync(snapshot);
      const text = pdfText(await getPdf(t.adminToken, dossierUrl(locked)), 'raw');
      expect(text).toContain('l’instantané pris au verrouillage');
      expect(text).toContain(sha256(bytes));
      expect(text).toContain(graded);
      expect(text).not.toContain(notGraded);
      expect(text).toContain('Verrouillage');

      const zip = await getZip(proctor.token, locked);
      expect(sha256(zip[`snapshots/${lockedSb}.sqlite`])).toBe(sha256(bytes));
      // Never written to: same bytes, no SQLite sidecar next to it.
      expect(sha256(fs.readFileSync(snapshot))).toBe(sha256(bytes));
      expect(fs.readdirSync(path.dirname(snapshot))).toEqual(['locked-e2e.sqlite']);
    });
  });

  describe('export.zip', () => {
    let zip: Record<string, Uint8Array>;
    let dir: string;

    beforeAll(async () => {
      // A jury mark (control database), so that marks.csv is in the archive.
      withSqlite(path.join(t.dataDir, 'control.sqlite'), (db) =>
        db.prepare('INSERT INTO jury_mark (sessionId, candidateId, criterionId, juryId, pointsHundredths, maxPointsHundredths, comment, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(session.id, session.candidates[0].id, 'C1', jury.id, 1450, 2000, 'Chaîne complète', new Date().toISOString()), { readonly: false });
      zip = await getZip(jury.token, session);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossiers-e2e-'));
    });

    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('lists one dossier and one snapshot per candidate, the CSVs and a README', () => {
      expect(Object.keys(zip).sort()).toEqual([
        'README.txt',
        'checks.csv',
        'dossiers/001-Alice-Candidate.pdf',
        'dossiers/002-Bruno-Candidat.pdf',
        'marks.csv',
        `snapshots/${session.candidates[0].sandboxId}.sqlite`,
        `snapshots/${session.candidates[1].sandboxId}.sqlite`,
      ].sort());
    });

    it('holds valid SQLite snapshots with the candidate’s documents, fingerprinted in the dossier', () => {
      const file = path.join(dir, 'snapshot.sqlite');
      const data = zip[`snapshots/${sb}.sqlite`];
      fs.writeFileSync(file, data);
      withSqlite(file, (db) => {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect((db.prepare('SELECT COUNT(*) AS n FROM quote WHERE number = ?').get(numbers.quote) as { n: number }).n).toBe(1);
        expect((db.prepare('SELECT COUNT(*) AS n FROM quote').get() as { n: number }).n).toBeGreaterThan(1);
      });
      const dossier = pdfText(Buffer.from(zip['dossiers/001-Alice-Candidate.pdf']), 'raw');
      expect(dossier).toContain(sha256(data));
      for (const n of Object.values(numbers)) expect(dossier).toContain(n);
      expect(Buffer.from(zip['README.txt']).toString('utf8')).toContain(`SHA-256 ${sha256(data)}`);
    });

    it('has checks.csv and marks.csv with their headers', () => {
      const checks = Buffer.from(zip['checks.csv']).toString('utf8');
      expect(checks.startsWith('\ufeffcandidat;vérification;critère;libellé;réussie;points;preuve;détail\r\n')).toBe(true);
      const marks = Buffer.from(zip['marks.csv']).toString('utf8').replace(/^\ufeff/, '').split('\r\n');
      expect(marks[0]).toMatch(/Critère/);
      expect(marks.some((l) => l.includes('Chaîne complète') && l.includes('14,5'))).toBe(true);
      const readme = Buffer.from(zip['README.txt']).toString('utf8');
      expect(readme).toContain('Export de la session « Session dossiers »');
      expect(readme).toContain('checks.csv');
    });

    it('stops cleanly when the client goes away', async () => {
      const server = t.app.getHttpServer() as http.Server;
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as { port: number };
      await new Promise<void>((resolve, reject) => {
        const req = http.get({ host: '127.0.0.1', port, path: `/api/sessions/${session.id}/export.zip`, headers: { authorization: `Bearer ${proctor.token}` } }, (res) => {
          expect(res.statusCode).toBe(200);
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        });
        req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? resolve() : reject(e)));
      });
      const tmp = path.join(t.dataDir, 'tmp', 'dossiers');
      for (let i = 0; i < 100 && fs.existsSync(tmp) && fs.readdirSync(tmp).length; i++) await new Promise((r) => setTimeout(r, 100));
      expect(fs.existsSync(tmp) ? fs.readdirSync(tmp) : []).toEqual([]);
      // The server still answers, and a full export still works.
      expect(Object.keys(await getZip(t.adminToken, session))).toContain('checks.csv');
    });
  });

  describe('roles', () => {
    it('refuses candidates (403) and juries of other sessions (404)', async () => {
      const candidate = await t.candidateToken(session, 0);
      expect((await t.as(candidate).get(dossierUrl(session))).status).toBe(403);
      expect((await t.as(candidate).get(`/api/sessions/${session.id}/export.zip`)).status).toBe(403);
      expect((await t.as(otherJury.token).get(dossierUrl(session))).status).toBe(404);
      expect((await t.as(otherJury.token).get(`/api/sessions/${session.id}/export.zip`)).status).toBe(404);
      expect((await t.as(jury.token).get(dossierUrl(session))).status).toBe(200);
    });

    it('answers 404 for an unknown session or a candidate of another session', async () => {
      expect((await t.as(t.adminToken).get('/api/sessions/999999/export.zip')).body.code).toBe('SESSION_NOT_FOUND');
      expect((await t.as(t.adminToken).get(`/api/sessions/999999/candidates/${session.candidates[0].id}/dossier.pdf`)).status).toBe(404);
      const other = await t.createSession(t.adminToken, { name: 'Autre session' });
      const res = await t.as(t.adminToken).get(`/api/sessions/${session.id}/candidates/${other.candidates[0].id}/dossier.pdf`);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('CANDIDATE_NOT_FOUND');
    });
  });
});
