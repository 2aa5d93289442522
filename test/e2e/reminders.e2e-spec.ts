/**
 * Recovery procedure through the API: the worklist, written reminders (e-mail, letter, formal notice)
 * with their letter read back from the PDF (legal-fr §3.2), phone reminders with a promise to pay,
 * payment plans, litigation, and refused requests that write nothing.
 *
 * Exact figures come from a situation made here: clients and invoices created through the API on
 * the seed date (16/03/2026, paid on receipt), then the sandbox's scenario clock moved to 08/05/2026
 * (53 days overdue). The worklist on the seed date is checked for consistency only, since the seed's
 * history may change.
 */
import path from 'node:path';
import { clientBody, contactBody, IDS, journalOf, listAll, Row } from '../support/fixtures';
import { Client, sandboxFingerprint, startTestApp, TestApp, withSqlite } from '../support/test-app';
import { binary, pdfText } from '../support/pdf';

const LATER = '2026-05-08';

/** Moves a sandbox's scenario clock (control database), then waits out the guard's 5-second cache. */
async function setScenarioStart(t: TestApp, sandboxId: string, at: string): Promise<void> {
  withSqlite(path.join(t.dataDir, 'control.sqlite'), (db) => db.prepare('UPDATE sandbox SET scenarioStartAt = ? WHERE id = ?').run(at, sandboxId), { readonly: false });
  await new Promise((resolve) => setTimeout(resolve, 5_200));
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
/** Independent check of legal-fr §3.3: Σ balance × days × rate / 365, rounded to the cent once. */
function expectedPenalty(segments: { baseCents: number; days: number }[], rateBp: number): number {
  return Math.round(segments.reduce((s, g) => s + g.baseCents * g.days, 0) * rateBp / 10_000 / 365);
}
const fr = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100).replace(/[\u00a0\u202f]/g, ' ');

describe('Reminders, calls, payment plans, litigation', () => {
  let t: TestApp;
  // Sandbox at the seed date (worklist consistency) and sandbox whose clock is moved (exact figures).
  let seedApi: Client;
  let seedBase: string;
  let api: Client;
  let sb: string;
  let base: string;
  let company: Row;
  let rateBp: number;
  let b2b: Row;
  let accountant: Row;
  let b2c: Row;
  let english: Row;
  let promiser: Row;
  let planner: Row;
  const inv: Record<string, Row> = {};

  const createClient = async (body: Record<string, unknown>) => {
    const res = await api.post(`${base}/third-parties`).send(body);
    if (res.status !== 201) throw new Error(`client: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Row;
  };
  const invoice = async (client: Row, netCents: number, paymentTerms = 'on_receipt') => {
    const draft = await api.post(`${base}/invoices`).send({ clientId: client.id, paymentTerms, lines: [{ label: 'Fournitures de bureau', quantity: 1, unitPriceCents: netCents, vatRateBp: 2000 }] });
    if (draft.status !== 201) throw new Error(`invoice: ${draft.status} ${JSON.stringify(draft.body)}`);
    const res = await api.post(`${base}/invoices/${draft.body.id}/validate`);
    if (res.status !== 200 && res.status !== 201) throw new Error(`validate: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Row;
  };
  const remind = (body: Record<string, unknown>) => api.post(`${base}/reminders`).send(body);
  const pdfOf = async (reminderId: number) => {
    const res = await api.get(`${base}/reminders/${reminderId}/pdf`).buffer(true).parse(binary as never);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    return pdfText(res.body as Buffer, 'raw');
  };
  const worklistRow = async (clientId: number) => ((await api.get(`${base}/reminders/worklist`)).body as Row[]).find((r) => r.clientId === clientId);

  beforeAll(async () => {
    t = await startTestApp();
    const session = await t.createSession(t.adminToken);
    seedApi = t.as(await t.candidateToken(session, 0));
    seedBase = `/api/sandboxes/${session.candidates[0].sandboxId}`;
    sb = session.candidates[1].sandboxId;
    api = t.as(await t.candidateToken(session, 1));
    base = `/api/sandboxes/${sb}`;

    company = (await api.get(`${base}/company`)).body;
    rateBp = (company.latePenaltyRatesBp as Record<string, number>)?.['2026-H1'] ?? (company.latePenaltyRateBp as number);

    b2b = await createClient(clientBody({ name: 'Papeterie Étoile Recouvrement', paymentTerms: 'on_receipt' }));
    accountant = (await api.post(`${base}/contacts`).send(contactBody(b2b.id, { civility: 'M.', firstName: 'Paul', lastName: 'Mercier', jobTitle: 'Comptable fournisseurs', email: 'compta@papeterie-etoile.fr' }))).body;
    b2c = await createClient(clientBody({
      name: 'Camille Rousseau', customerType: 'b2c', legalForm: null, siren: null, siret: null, vatNumber: null, email: 'camille.rousseau@example.fr',
      billingLine1: '3 place Bellecour', billingPostcode: '69002', paymentTerms: 'on_receipt', creditLimitCents: null,
    }));
    english = await createClient(clientBody({
      name: 'Kensington Stationers Ltd', language: 'en', siren: null, siret: null, vatNumber: null, email: 'accounts@kensington-stationers.co.uk',
      billingLine1: '12 Kensington High Street', billingPostcode: 'W8 4PT', billingCity: 'London', billingCountry: 'GB', paymentTerms: 'on_receipt',
    }));
    promiser = await createClient(clientBody({ name: 'Imprimerie Promesse', siren: IDS.b.siren, siret: IDS.b.siret, vatNumber: IDS.b.vat, email: 'compta@imprimerie-promesse.fr', paymentTerms: 'on_receipt' }));
    planner = await createClient(clientBody({ name: 'Atelier Échéancier', siren: IDS.c.siren, siret: IDS.c.siret, vatNumber: IDS.c.vat, email: 'compta@atelier-echeancier.fr', paymentTerms: 'on_receipt' }));

    inv.a = await invoice(b2b, 100000); // 1 200,00 € TTC
    inv.b = await invoice(b2b, 50000); // 600,00 € TTC, 200 € paid on 10/04/2026
    inv.c = await invoice(b2b, 20000); // 240,00 € TTC, never reminded
    inv.notDue = await invoice(b2b, 10000, 'net_60');
    inv.d = await invoice(b2c, 25000); // 300,00 € TTC
    inv.e = await invoice(english, 40000); // export: 400,00 € without VAT
    inv.f = await invoice(promiser, 30000); // 360,00 € TTC
    inv.g = await invoice(planner, 100000); // 1 200,00 € TTC

    await setScenarioStart(t, sb, `${LATER}T09:00:00`);
    const pay = await api.post(`${base}/payments`).send({ clientId: b2b.id, date: '2026-04-10', amountCents: 20000, method: 'transfer', allocations: [{ invoiceId: inv.b.id, amountCents: 20000 }] });
    if (pay.status !== 201) throw new Error(`payment: ${pay.status} ${JSON.stringify(pay.body)}`);
  }, 90_000);

  afterAll(() => t?.close());

  describe('worklist on the seed date', () => {
    it('lists every client with overdue invoices, consistently with the invoices list', async () => {
      const res = await seedApi.get(`${seedBase}/reminders/worklist`);
      expect(res.status).toBe(200);
      const rows = res.body as Row[];
      const overdue = (await listAll(seedApi, `${seedBase}/invoices`, { status: 'validated' })).filter((i) => i.paymentStatus === 'overdue');
      expect(new Set(rows.map((r) => r.clientId))).toEqual(new Set(overdue.map((i) => i.clientId)));
      for (const row of rows) {
        const invoices = row.invoices as Row[];
        expect(invoices.length).toBeGreaterThan(0);
        expect(invoices.every((i) => (i.daysOverdue as number) > 0 && (i.balanceCents as number) > 0)).toBe(true);
        expect(row.totalBalanceCents).toBe(invoices.reduce((s, i) => s + (i.balanceCents as number), 0));
        expect(row.maxDaysOverdue).toBe(Math.max(...invoices.map((i) => i.daysOverdue as number)));
        expect(row.lastLevel).toBe(Math.max(...invoices.map((i) => i.lastLevel as number)));
        const next = row.nextStep as { level?: number; kind: string } | null;
        // Never a skipped level: the next level is right after the last one done on some invoice.
        if (next?.level) expect(invoices.some((i) => (i.lastLevel as number) + 1 === next.level)).toBe(true);
        if (row.dueToday) expect(next).not.toBeNull();
        expect(row).toEqual(expect.objectContaining({ clientCode: expect.any(String), clientName: expect.any(String), customerType: expect.stringMatching(/^b2[bc]$/), language: expect.stringMatching(/^(fr|en)$/) }));
      }
      const order = rows.map((r) => (r.dueToday ? 0 : 1));
      expect(order).toEqual([...order].sort());
    });
  });

  describe('written reminders', () => {
    let level1: Row;
    let level2: Row;

    it('puts the due clients of the moved clock in the worklist: level 1 due for the new client, 53 days overdue', async () => {
      const row = await worklistRow(b2b.id);
      expect(row).toMatchObject({ dueToday: true, lastLevel: 0, maxDaysOverdue: days('2026-03-16', LATER), nextStep: { level: 1, kind: 'email' } });
      expect((row!.invoices as Row[]).map((i) => i.number).sort()).toEqual([inv.a.number, inv.b.number, inv.c.number].sort());
    });

    it('sends a level 1 e-mail to the billing contact with the letter attached, and journals it', async () => {
      const res = await remind({ clientId: b2b.id, kind: 'email', invoiceIds: [inv.a.id, inv.b.id] });
      expect(res.status).toBe(201);
      level1 = res.body;
      expect(level1).toMatchObject({ level: 1, kind: 'email', date: LATER, newDeadline: '2026-05-16', contactId: accountant.id, language: 'fr', clientName: b2b.name });
      const message = (await api.get(`${base}/messages/${level1.messageId}`)).body;
      expect(message).toMatchObject({ direction: 'out', channel: 'email', toAddress: 'compta@papeterie-etoile.fr', relatedResource: 'reminders', relatedId: level1.id, thirdPartyId: b2b.id });
      expect(message.subject).toContain('Relance n° 1');
      expect(message.body).toContain('Monsieur Mercier');
      expect(message.attachments).toEqual([expect.objectContaining({ contentType: 'application/pdf', filename: `relance-1-${b2b.code}-${LATER}.pdf` })]);
      const file = await api.get(`${base}/messages/${message.id}/attachments/${message.attachments[0].id}`).buffer(true).parse(binary as never);
      expect((file.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdfText(file.body as Buffer, 'raw')).toContain('Relance n° 1');
      const journal = await journalOf(api, sb);
      expect(journal.some((e) => e.resource === 'reminders' && e.action === 'create' && e.recordId === String(level1.id) && e.label!.includes('Relance n° 1'))).toBe(true);
      // A and B wait for the deadline given; C, never reminded, still needs its level 1.
      const row = await worklistRow(b2b.id);
      expect(row).toMatchObject({ lastLevel: 1, lastReminderDate: LATER, dueToday: true, nextStep: { level: 1 } });
      expect(Object.fromEntries((row!.invoices as Row[]).map((i) => [i.number, i.lastLevel]))).toEqual({ [inv.a.number as string]: 1, [inv.b.number as string]: 1, [inv.c.number as string]: 0 });
    });

    it('refuses to skip a level (409, clear message) and writes nothing', async () => {
      const before = sandboxFingerprint(t.dataDir, sb);
      const notice = await remind({ clientId: b2b.id, kind: 'formal_notice', invoiceIds: [inv.a.id] });
      expect(notice.status).toBe(409);
      expect(notice.body).toMatchObject({ code: 'REMINDER_LEVEL_SKIPPED', invoiceNumber: inv.a.number, expectedLevel: 2 });
      expect(notice.body.message).toContain("n'a pas encore été faite");
      const letter = await remind({ clientId: b2b.id, kind: 'letter', invoiceIds: [inv.c.id] });
      expect(letter.status).toBe(409);
      expect(letter.body.message).toContain(inv.c.number);
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });

    it('sends a level 2 letter by post whose PDF has every item of legal-fr §3.2, figures to the cent', async () => {
      const res = await remind({ clientId: b2b.id, kind: 'letter', invoiceIds: [inv.a.id, inv.b.id], newDeadline: '2026-05-20' });
      expect(res.status).toBe(201);
      level2 = res.body;
      const late = days('2026-03-16', LATER);
      const penaltyA = expectedPenalty([{ baseCents: 120000, days: late }], rateBp);
      const penaltyB = expectedPenalty([{ baseCents: 60000, days: days('2026-03-16', '2026-04-09') }, { baseCents: 40000, days: days('2026-04-09', LATER) }], rateBp);
      const indemnity = company.recoveryIndemnityCents as number;
      const total = 120000 + 40000 + penaltyA + penaltyB + 2 * indemnity;
      expect(level2).toMatchObject({ level: 2, kind: 'letter', balanceCents: 160000, penaltyCents: penaltyA + penaltyB, indemnityCents: 2 * indemnity, totalClaimedCents: total });
      expect(level2.invoices).toEqual([
        expect.objectContaining({ invoiceNumber: inv.a.number, grossCents: 120000, paidCents: 0, balanceCents: 120000, daysLate: late, rateBp, penaltyCents: penaltyA, indemnityCents: indemnity }),
        expect.objectContaining({ invoiceNumber: inv.b.number, grossCents: 60000, paidCents: 20000, balanceCents: 40000, daysLate: late, rateBp, penaltyCents: penaltyB, indemnityCents: indemnity }),
      ]);
      expect(level2.stepsTaken).toEqual([expect.objectContaining({ kind: 'email', level: 1, date: LATER, reminderId: level1.id })]);
      const message = (await api.get(`${base}/messages/${level2.messageId}`)).body;
      expect(message).toMatchObject({ channel: 'post', toAddress: null, relatedResource: 'reminders', relatedId: level2.id });
      expect(message.attachments).toHaveLength(1);

      const text = await pdfOf(level2.id);
      const expected = [
        // 1. creditor identity and contact, debtor and address
        company.name, company.addressLine1, `${company.postcode} ${company.city}`, 'SIREN 864 909 262 RCS Lyon', 'SAS au capital de 80 000 €',
        `Tél. ${company.phone}`, company.email, b2b.name, '12 rue de la République', '69002 Lyon', "À l'attention de M. Paul Mercier",
        // 2. title
        'Relance n° 2',
        // 3. invoices: number, issue date, amount TTC, initial due date, paid, balance, days late
        `${inv.a.number} 16/03/2026 1 200,00 € 16/03/2026 0,00 € 1 200,00 € ${late}`,
        `${inv.b.number} 16/03/2026 600,00 € 16/03/2026 200,00 € 400,00 € ${late}`,
        // 4. principal + penalties (rate, period, amount) + 40 € per invoice = total
        `Principal (solde des factures) ${fr(160000)}`,
        `Pénalités de retard ${inv.a.number} : ${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(rateBp / 100)} % l'an, du 17/03/2026 au 08/05/2026 (${late} jours) ${fr(penaltyA)}`,
        `Pénalités de retard ${inv.b.number} :`, fr(penaltyB),
        `Indemnité forfaitaire pour frais de recouvrement : 40 € × 2 factures`, fr(2 * indemnity),
        `Total réclamé ${fr(total)}`,
        // 5. steps already taken
        'Démarches déjà effectuées', 'Relance n° 1 envoyée par e-mail le 08/05/2026.',
        // 6. new deadline and payment instructions
        `la somme de ${fr(total)} au plus tard le 20/05/2026`, `IBAN ${company.iban}`, `BIC ${company.bic}`, `référence ${inv.a.number}, ${inv.b.number}`,
        // 7. consequences
        "Conséquences d'un défaut de paiement", 'vous sont appliquées', 'mise en demeure par lettre recommandée',
        // 8. place, date, signature
        'Lyon, le 8 mai 2026', 'Pour Bureau Plus Distribution,', 'Marc Durand, Président',
      ];
      for (const item of expected) expect(text).toContain(item);
    });

    it('lists reminders with their client and filters them; a reminder shows its invoices and steps taken', async () => {
      const mine = await listAll(api, `${base}/reminders`, { clientId: b2b.id });
      expect(mine.map((r) => r.id).sort()).toEqual([level1.id, level2.id].sort());
      expect(mine.find((r) => r.id === level2.id)).toMatchObject({ clientName: b2b.name, clientCode: b2b.code, invoiceNumbers: [inv.a.number, inv.b.number] });
      expect((await listAll(api, `${base}/reminders`, { clientId: b2b.id, level: 1, kind: 'email' })).map((r) => r.id)).toEqual([level1.id]);
      expect((await listAll(api, `${base}/reminders`, { clientId: b2b.id, date_gte: LATER, date_lte: LATER })).length).toBe(2);
      expect((await api.get(`${base}/reminders?filter=${encodeURIComponent(JSON.stringify({ kind: 'fax' }))}`)).status).toBe(422);
      const detail = (await api.get(`${base}/reminders/${level1.id}`)).body;
      expect(detail).toMatchObject({ id: level1.id, stepsTaken: [], invoices: [expect.objectContaining({ invoiceId: inv.a.id, periodFrom: '2026-03-17', periodTo: LATER }), expect.objectContaining({ invoiceId: inv.b.id })] });
    });

    it('refuses litigation before the formal notice (409 saying what to do first), then allows it after', async () => {
      const before = sandboxFingerprint(t.dataDir, sb);
      const early = await api.post(`${base}/third-parties/${b2b.id}/litigation`).send({ reason: 'Aucun règlement' });
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('LITIGATION_NOT_ALLOWED');
      expect(early.body.message).toContain("Envoyez d'abord la mise en demeure");
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);

      const notice = await remind({ clientId: b2b.id, kind: 'formal_notice', invoiceIds: [inv.a.id, inv.b.id] });
      expect(notice.status).toBe(201);
      expect(notice.body).toMatchObject({ level: 3, kind: 'formal_notice' });
      expect((await api.get(`${base}/messages/${notice.body.messageId}`)).body).toMatchObject({ channel: 'post' });
      const text = await pdfOf(notice.body.id);
      for (const item of ['MISE EN DEMEURE DE PAYER', 'LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION', 'vaut mise en demeure', 'injonction de payer', 'frais de procédure', 'Relance n° 2 envoyée par courrier le 08/05/2026']) {
        expect(text).toContain(item);
      }

      expect((await api.post(`${base}/third-parties/${b2b.id}/litigation`).send({})).status).toBe(422);
      const res = await api.post(`${base}/third-parties/${b2b.id}/litigation`).send({ reason: 'Mise en demeure sans effet' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: b2b.id, riskStatus: 'blocked', litigationSince: LATER });
      const alert = (await api.get(`${base}/messages/${res.body.litigation.messageId}`)).body;
      expect(alert).toMatchObject({ channel: 'email', toAddress: 'm.durand@bureauplus-distribution.fr', subject: `Transfert au contentieux — ${b2b.name}` });
      for (const i of [inv.a, inv.b, inv.c]) expect(alert.body).toContain(i.number);
      expect(alert.body.replace(/[\u00a0\u202f]/g, ' ')).toContain(fr(120000 + 40000 + 24000));
      const journal = await journalOf(api, sb);
      expect(journal.some((e) => e.resource === 'third-parties' && e.action === 'litigation' && e.recordId === String(b2b.id))).toBe(true);
      expect(await worklistRow(b2b.id)).toMatchObject({ litigationSince: LATER, nextStep: null, dueToday: false });

      expect((await api.post(`${base}/third-parties/${b2b.id}/litigation`).send({ reason: 'encore' })).status).toBe(409);
      const after = await remind({ clientId: b2b.id, kind: 'email', invoiceIds: [inv.c.id] });
      expect(after.status).toBe(409);
      expect(after.body.code).toBe('CLIENT_IN_LITIGATION');
    });

    it('never claims the 40 € indemnity from a consumer', async () => {
      const res = await remind({ clientId: b2c.id, kind: 'email', invoiceIds: [inv.d.id] });
      expect(res.status).toBe(201);
      const penalty = expectedPenalty([{ baseCents: 30000, days: days('2026-03-16', LATER) }], rateBp);
      expect(res.body).toMatchObject({ indemnityCents: 0, penaltyCents: penalty, totalClaimedCents: 30000 + penalty });
      const text = await pdfOf(res.body.id);
      expect(text).toContain(`Total réclamé ${fr(30000 + penalty)}`);
      expect(text).not.toContain('Indemnité forfaitaire');
      expect(text).not.toMatch(/(^|\s)40(,00)? €/);
      expect(text).not.toContain('D441-5');
    });

    it('writes to an English-speaking client in English (e-mail and letter)', async () => {
      const res = await remind({ clientId: english.id, kind: 'email', invoiceIds: [inv.e.id] });
      expect(res.status).toBe(201);
      expect(res.body.language).toBe('en');
      const message = (await api.get(`${base}/messages/${res.body.messageId}`)).body;
      expect(message.toAddress).toBe('accounts@kensington-stationers.co.uk');
      expect(message.subject).toContain('Payment reminder no. 1');
      expect(message.body).toContain('According to our records');
      const text = await pdfOf(res.body.id);
      for (const item of ['Payment reminder no. 1', 'Unpaid invoices', 'Original due date', '16 Mar 2026', `€${((inv.e.grossCents as number) / 100).toFixed(2)}`, 'Total amount claimed', 'Lyon, 8 May 2026', 'Steps already taken', 'Consequences of non-payment', 'IBAN']) {
        expect(text).toContain(item);
      }
      expect(text).not.toContain('Relance');
      // The same level may be sent again.
      const again = await remind({ clientId: english.id, kind: 'email', invoiceIds: [inv.e.id] });
      expect(again.status).toBe(201);
      expect(again.body).toMatchObject({ level: 1, stepsTaken: [expect.objectContaining({ kind: 'email', level: 1, reminderId: res.body.id })] });
    });
  });

  describe('phone reminders', () => {
    it('logs the call with a promise to pay, and the client is not due while the promise runs', async () => {
      expect(await worklistRow(promiser.id)).toMatchObject({ dueToday: true, nextStep: { level: 1 }, promise: null });
      const res = await remind({ clientId: promiser.id, kind: 'phone', invoiceIds: [inv.f.id], outcome: 'promise_to_pay', promisedDate: '2026-05-15', promisedAmountCents: 36000, notes: 'Virement annoncé par la comptable' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ kind: 'phone', level: 1, messageId: null, outcome: 'promise_to_pay', promisedDate: '2026-05-15', promisedAmountCents: 36000 });
      const call = (await api.get(`${base}/interactions/${res.body.interactionId}`)).body;
      expect(call).toMatchObject({ thirdPartyId: promiser.id, kind: 'call', outcome: 'promise_to_pay', promisedDate: '2026-05-15', promisedAmountCents: 36000, relatedResource: 'reminders', relatedId: res.body.id, thirdPartyName: promiser.name });
      expect((await listAll(api, `${base}/interactions`, { thirdPartyId: promiser.id, kind: 'call', relatedResource: 'reminders' })).map((i) => i.id)).toEqual([call.id]);
      expect(await worklistRow(promiser.id)).toMatchObject({ dueToday: false, promise: { date: '2026-05-15', amountCents: 36000 }, lastLevel: 0 });
      expect((await api.get(`${base}/reminders/${res.body.id}/pdf`)).status).toBe(409);
    });

    it('records other interactions and refuses bad ones', async () => {
      const ok = await api.post(`${base}/interactions`).send({ thirdPartyId: promiser.id, kind: 'note', subject: 'Client en difficulté passagère', notes: 'Vu au salon' });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ kind: 'note', at: expect.stringMatching(/^2026-05-08T/), author: expect.any(String) });
      const before = sandboxFingerprint(t.dataDir, sb);
      for (const [body, field] of [
        [{ thirdPartyId: promiser.id, kind: 'fax', subject: 'x' }, 'kind'],
        [{ thirdPartyId: promiser.id, kind: 'call' }, 'subject'],
        [{ thirdPartyId: 999999, kind: 'call', subject: 'x' }, 'thirdPartyId'],
        [{ thirdPartyId: promiser.id, kind: 'call', subject: 'x', outcome: 'promise_to_pay' }, 'promisedDate'],
        [{ thirdPartyId: promiser.id, kind: 'call', subject: 'x', outcome: 'promise_to_pay', promisedDate: '2026-05-01' }, 'promisedDate'],
        [{ thirdPartyId: promiser.id, kind: 'call', subject: 'x', at: '2027-01-01T10:00' }, 'at'],
      ] as const) {
        const res = await api.post(`${base}/interactions`).send(body);
        expect([res.status, Object.keys(res.body.errors ?? {})]).toEqual([422, expect.arrayContaining([field])]);
      }
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });
  });

  describe('payment plans', () => {
    let plan: Row;

    it('agrees a plan for the balance: the client is not due while it is kept', async () => {
      expect(await worklistRow(planner.id)).toMatchObject({ dueToday: true, paymentPlanId: null });
      const res = await api.post(`${base}/payment-plans`).send({ clientId: planner.id, invoiceIds: [inv.g.id], installments: [{ dueDate: '2026-05-15', amountCents: 60000 }, { dueDate: '2026-05-31', amountCents: 60000 }], notes: 'Accord téléphonique' });
      expect(res.status).toBe(201);
      plan = res.body;
      expect(plan).toMatchObject({ clientId: planner.id, agreedOn: LATER, totalCents: 120000, status: 'active', paidCents: 0, invoiceNumbers: [inv.g.number] });
      expect(plan.installments).toEqual([
        expect.objectContaining({ dueDate: '2026-05-15', amountCents: 60000, paidCents: 0, status: 'upcoming' }),
        expect.objectContaining({ dueDate: '2026-05-31', amountCents: 60000, paidCents: 0, status: 'upcoming' }),
      ]);
      expect(await worklistRow(planner.id)).toMatchObject({ dueToday: false, paymentPlanId: plan.id });
      expect((await listAll(api, `${base}/payment-plans`, { clientId: planner.id, status: 'active' })).map((p) => p.id)).toEqual([plan.id]);
    });

    it('refuses bad plans with 422 on the field, or 409 for a second plan on the same invoice, writing nothing', async () => {
      const before = sandboxFingerprint(t.dataDir, sb);
      const cases: [Record<string, unknown>, string, number][] = [
        [{ clientId: planner.id, invoiceIds: [inv.g.id], installments: [{ dueDate: '2026-05-15', amountCents: 60000 }] }, 'installments', 422],
        [{ clientId: planner.id, invoiceIds: [inv.g.id], installments: [{ dueDate: '2026-05-31', amountCents: 60000 }, { dueDate: '2026-05-15', amountCents: 60000 }] }, 'installments', 422],
        [{ clientId: planner.id, invoiceIds: [inv.g.id], installments: [{ dueDate: '2026-05-01', amountCents: 120000 }] }, 'installments', 422],
        [{ clientId: planner.id, invoiceIds: [inv.f.id], installments: [{ dueDate: '2026-05-31', amountCents: 36000 }] }, 'invoiceIds', 422],
        [{ clientId: planner.id, invoiceIds: [], installments: [{ dueDate: '2026-05-31', amountCents: 1 }] }, 'invoiceIds', 422],
        [{ clientId: planner.id, invoiceIds: [inv.g.id], installments: [{ dueDate: '2026-05-31', amountCents: 0 }] }, 'installments', 422],
        [{ clientId: planner.id, invoiceIds: [inv.g.id], installments: [{ dueDate: '2026-05-31', amountCents: 120000 }] }, '', 409],
      ];
      for (const [body, field, status] of cases) {
        const res = await api.post(`${base}/payment-plans`).send(body);
        expect(res.status).toBe(status);
        if (field) expect(Object.keys(res.body.errors)).toContain(field);
      }
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });

    it('follows the installments against the payments, cumulatively', async () => {
      await api.post(`${base}/payments`).send({ clientId: planner.id, amountCents: 70000, method: 'transfer', allocations: [{ invoiceId: inv.g.id, amountCents: 70000 }] });
      const followed = (await api.get(`${base}/payment-plans/${plan.id}`)).body;
      expect(followed).toMatchObject({ status: 'active', paidCents: 70000, remainingCents: 50000 });
      expect(followed.installments.map((i: Row) => [i.status, i.paidCents])).toEqual([['paid', 60000], ['partially_paid', 10000]]);
    });

    it('cancels a plan with a reason (journaled), then completes a new one once everything is paid', async () => {
      expect((await api.post(`${base}/payment-plans/${plan.id}/cancel`).send({})).status).toBe(422);
      const res = await api.post(`${base}/payment-plans/${plan.id}/cancel`).send({ reason: 'Nouvel accord' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'cancelled', cancelReason: 'Nouvel accord' });
      expect((await api.post(`${base}/payment-plans/${plan.id}/cancel`).send({ reason: 'encore' })).status).toBe(409);
      expect((await journalOf(api, sb)).some((e) => e.resource === 'payment-plans' && e.action === 'cancel' && e.label!.includes('Nouvel accord'))).toBe(true);

      const next = await api.post(`${base}/payment-plans`).send({ clientId: planner.id, invoiceIds: [inv.g.id], installments: [{ dueDate: '2026-05-20', amountCents: 50000 }] });
      expect(next.status).toBe(201);
      await api.post(`${base}/payments`).send({ clientId: planner.id, amountCents: 50000, method: 'transfer', allocations: [{ invoiceId: inv.g.id, amountCents: 50000 }] });
      expect((await api.get(`${base}/payment-plans/${next.body.id}`)).body).toMatchObject({ status: 'completed', installments: [expect.objectContaining({ status: 'paid' })] });
      expect((await api.post(`${base}/payment-plans/${next.body.id}/cancel`).send({ reason: 'trop tard' })).status).toBe(409);
    });
  });

  describe('bad input', () => {
    it.each([
      [{ kind: 'email', invoiceIds: [] }, 'invoiceIds'],
      [{ kind: 'fax', invoiceIds: ['a'] }, 'kind'],
      [{ kind: 'email', invoiceIds: ['notDue'] }, 'invoiceIds'],
      [{ kind: 'email', invoiceIds: ['f'] }, 'invoiceIds'],
      [{ kind: 'email', invoiceIds: ['c', 'c'] }, 'invoiceIds'],
      [{ kind: 'email', invoiceIds: ['e'], newDeadline: '2026-05-01', client: 'english' }, 'newDeadline'],
      [{ kind: 'letter', invoiceIds: ['e'], level: 7, client: 'english' }, 'level'],
      [{ kind: 'email', invoiceIds: ['e'], outcome: 'no_answer', client: 'english' }, 'outcome'],
      [{ kind: 'phone', invoiceIds: ['e'], client: 'english' }, 'outcome'],
      [{ kind: 'phone', invoiceIds: ['e'], outcome: 'promise_to_pay', client: 'english' }, 'promisedDate'],
      [{ kind: 'phone', invoiceIds: ['e'], outcome: 'promise_to_pay', promisedDate: '2026-05-07', client: 'english' }, 'promisedDate'],
      [{ kind: 'email', invoiceIds: ['e'], contactId: 999999, client: 'english' }, 'contactId'],
      [{ kind: 'email', invoiceIds: ['e'], client: 'prospect' }, 'clientId'],
    ])('refuses %j with 422 on the field and leaves the database unchanged', async (spec, field) => {
      const { client = 'b2b', invoiceIds, ...rest } = spec as Record<string, unknown>;
      const clients: Record<string, () => Promise<number>> = {
        b2b: async () => b2b.id,
        english: async () => english.id,
        prospect: async () => (await listAll(api, `${base}/third-parties`)).find((x) => x.isProspect && !x.isClient)!.id,
      };
      const body = { ...rest, clientId: await clients[client as string](), invoiceIds: (invoiceIds as string[]).map((k) => inv[k]?.id ?? k) };
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = await remind(body);
      expect(res.status).toBe(422);
      expect(Object.keys(res.body.errors)).toContain(field);
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });
  });
});
