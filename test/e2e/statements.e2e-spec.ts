/**
 * Account statements and the aged balance over HTTP, on a situation made through the API (fresh
 * clients: invoices, a credit note, partial payment, overpayment, a cancelled payment, a back-dated
 * unallocated payment) so that nothing depends on the seed's exact figures: the statement reconciles
 * with itself and with GET invoices / GET payments, its PDF says it in the client's language, sending
 * it fills the outbox, and the aged balance (JSON, CSV, XLSX) agrees with the invoices' balances.
 */
import { strFromU8, unzipSync } from 'fflate';
import { clientBody, contactBody, enc, listAll, Row } from '../support/fixtures';
import { Client, sandboxFingerprint, startTestApp, TestApp } from '../support/test-app';
import { binary, pdfText } from '../support/pdf';

const frMoney = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100).replace(/[\u00a0\u202f]/g, ' ');
const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
const bucketOf = (days: number) => (days <= 0 ? 'notDue' : days <= 30 ? 'd1to30' : days <= 60 ? 'd31to60' : days <= 90 ? 'd61to90' : 'over90');
const BUCKETS = ['notDueCents', 'd1to30Cents', 'd31to60Cents', 'd61to90Cents', 'over90Cents'] as const;

/** A CSV line split on ';' with RFC 4180 quotes. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') cells.push(cell), (cell = '');
    else cell += ch;
  }
  cells.push(cell);
  return cells;
}
const centsOf = (text: string) => (text ? Math.round(Number(text.replace(',', '.')) * 100) : 0);

describe('Statements and aged balance', () => {
  let t: TestApp;
  let api: Client;
  let sb: string;
  let base: string;
  let today: string;
  let client: Row;
  let english: Row;
  const docs: Record<string, Row> = {};

  const invoice = async (clientId: number, netCents: number, extra: Record<string, unknown> = {}) => {
    const draft = await api.post(`${base}/invoices`).send({ clientId, lines: [{ label: 'Prestation de conseil', quantity: 1, unitPriceCents: netCents, vatRateBp: 2000 }], ...extra });
    if (draft.status !== 201) throw new Error(`invoice: ${draft.status} ${JSON.stringify(draft.body)}`);
    return (await api.post(`${base}/invoices/${draft.body.id}/validate`)).body as Row;
  };
  const pay = async (body: Record<string, unknown>) => {
    const res = await api.post(`${base}/payments`).send({ clientId: client.id, method: 'transfer', ...body });
    if (res.status !== 201) throw new Error(`payment: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Row;
  };
  const statement = async (clientId: number, query = '') => {
    const res = await api.get(`${base}/statements/${clientId}${query}`);
    if (res.status !== 200) throw new Error(`statement: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Record<string, any>;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const session = await t.createSession(t.adminToken);
    sb = session.candidates[0].sandboxId;
    api = t.as(await t.candidateToken(session, 0));
    base = `/api/sandboxes/${sb}`;
    today = (await api.get(`${base}/aged-balance`)).body.date;

    client = (await api.post(`${base}/third-parties`).send(clientBody({ name: 'Papeterie Relevé SARL', email: 'compta@papeterie-releve.fr' }))).body;
    english = (
      await api.post(`${base}/third-parties`).send(
        clientBody({ name: 'London Office Ltd', language: 'en', siren: null, siret: null, vatNumber: null, billingCountry: 'GB', billingPostcode: 'SW1A 1AA', billingCity: 'London', phone: '+44 20 7946 0000', email: 'accounts@london-office.example' }),
      )
    ).body;
    if (typeof client.id !== 'number' || typeof english.id !== 'number') throw new Error('could not create the clients');

    docs.a = await invoice(client.id, 100000); // 1 200,00 € TTC, net 30
    docs.b = await invoice(client.id, 50000); // 600,00 €
    docs.c = await invoice(client.id, 30000, { paymentTerms: 'on_receipt' }); // 360,00 €, due today: not due yet
    const credit = (await api.post(`${base}/credit-notes`).send({ invoiceId: docs.a.id, reason: 'Remise accordée', amountCents: 10000, vatRateBp: 2000 })).body;
    docs.credit = (await api.post(`${base}/credit-notes/${credit.id}/validate`)).body; // 120,00 €
    docs.early = await pay({ date: `${today.slice(0, 4)}-01-10`, amountCents: 1000, reference: 'ACOMPTE-JANV', allocations: [] }); // 10,00 € kept as credit
    docs.partial = await pay({ amountCents: 20000, reference: 'VIR-PARTIEL', allocations: [{ invoiceId: docs.b.id, amountCents: 20000 }] });
    docs.over = await pay({ amountCents: 113000, method: 'cheque', reference: 'CHQ-4411', allocations: [{ invoiceId: docs.a.id, amountCents: 108000 }] }); // 50,00 € too much
    const bounced = await pay({ amountCents: 30000, reference: 'CHQ-IMPAYE', allocations: [{ invoiceId: docs.c.id, amountCents: 30000 }] });
    await api.post(`${base}/payments/${bounced.id}/cancel`).send({ reason: 'Chèque revenu impayé' });

    docs.en = await invoice(english.id, 20000);
  }, 60_000);

  afterAll(() => t.close());

  describe('GET statements/:clientId', () => {
    it('lists the period (1 January – today by default) with a running balance and reconciles', async () => {
      const s = await statement(client.id);
      expect(s).toMatchObject({ from: `${today.slice(0, 4)}-01-01`, to: today, date: today, openingBalanceCents: 0, client: { id: client.id, name: 'Papeterie Relevé SARL' } });
      expect(s.entries.map((e: Row) => [e.kind, e.number, e.debitCents, e.creditCents])).toEqual([
        ['payment', 'ACOMPTE-JANV', 0, 1000],
        ['invoice', docs.a.number, 120000, 0],
        ['invoice', docs.b.number, 60000, 0],
        ['invoice', docs.c.number, 36000, 0],
        ['credit_note', docs.credit.number, 0, 12000],
        ['payment', 'CHQ-4411', 0, 113000],
        ['payment', 'VIR-PARTIEL', 0, 20000],
      ]);
      expect(s.entries[1]).toMatchObject({ label: 'Facture', dueDate: docs.a.dueDate });
      expect(s.entries[4].label).toBe(`Avoir sur facture ${docs.a.number}`);
      expect(s.entries[5].label).toBe('Règlement par chèque — réf. CHQ-4411');
      let running = s.openingBalanceCents;
      for (const e of s.entries) expect(e.balanceCents).toBe((running += e.debitCents - e.creditCents));

      const sumOf = (kind: string, field: string) => s.entries.filter((e: Row) => e.kind === kind).reduce((x: number, e: Row) => x + (e[field] as number), 0);
      expect(s.closingBalanceCents).toBe(s.openingBalanceCents + sumOf('invoice', 'debitCents') - sumOf('credit_note', 'creditCents') - sumOf('payment', 'creditCents'));
      expect(s.closingBalanceCents).toBe(70000);
    });

    it('agrees with GET invoices and GET payments: not due + overdue = Σ balances, minus the unallocated credit', async () => {
      const s = await statement(client.id);
      const invoices = await listAll(api, `${base}/invoices`, { clientId: client.id, status: 'validated' });
      const payments = await listAll(api, `${base}/payments`, { clientId: client.id, status: 'recorded' });
      const balances = invoices.reduce((x, i) => x + (i.balanceCents as number), 0);
      const unallocated = payments.reduce((x, p) => x + (p.unallocatedCents as number), 0);
      expect([balances, unallocated]).toEqual([76000, 6000]);
      expect(s).toMatchObject({ notDueCents: 76000, overdueCents: 0, unallocatedCreditCents: 6000, overdueInvoices: [] });
      expect(s.closingBalanceCents).toBe(balances - unallocated);
      expect(s.closingBalanceCents).toBe(s.notDueCents + s.overdueCents - s.unallocatedCreditCents);
    });

    it('carries what came before `from` in the opening balance, and states the account on a past `to`', async () => {
      const feb = await statement(client.id, `?from=${today.slice(0, 4)}-02-01`);
      expect(feb.openingBalanceCents).toBe(-1000);
      expect(feb.entries.map((e: Row) => e.number)).not.toContain('ACOMPTE-JANV');
      expect(feb.closingBalanceCents).toBe(70000);
      const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
      const past = await statement(client.id, `?to=${yesterday}`);
      expect(past).toMatchObject({ closingBalanceCents: -1000, notDueCents: 0, overdueCents: 0, unallocatedCreditCents: 1000 });
    });

    it('on a seeded client with history: overdue invoices as GET invoices says, and the opening balance chains with the day before', async () => {
      const overdue = (await listAll(api, `${base}/invoices`, { status: 'validated' })).filter((i) => i.paymentStatus === 'overdue');
      expect(overdue.length).toBeGreaterThan(0);
      const clientId = overdue[0].clientId as number;
      const s = await statement(clientId);
      const mine = overdue.filter((i) => i.clientId === clientId);
      expect(s.overdueInvoices.map((i: Row) => [i.number, i.balanceCents, i.daysOverdue]).sort()).toEqual(mine.map((i) => [i.number, i.balanceCents, i.daysOverdue]).sort());
      const invoices = await listAll(api, `${base}/invoices`, { clientId, status: 'validated' });
      const payments = await listAll(api, `${base}/payments`, { clientId, status: 'recorded' });
      expect(s.notDueCents + s.overdueCents).toBe(invoices.reduce((x, i) => x + (i.balanceCents as number), 0));
      expect(s.unallocatedCreditCents).toBe(payments.reduce((x, p) => x + (p.unallocatedCents as number), 0));
      expect(s.closingBalanceCents).toBe(s.notDueCents + s.overdueCents - s.unallocatedCreditCents);

      const cut = `${today.slice(0, 4)}-02-15`;
      const before = await statement(clientId, `?from=2020-01-01&to=${today.slice(0, 4)}-02-14`);
      const after = await statement(clientId, `?from=${cut}`);
      expect(after.openingBalanceCents).toBe(before.closingBalanceCents);
      expect(after.closingBalanceCents).toBe((await statement(clientId, '?from=2020-01-01')).closingBalanceCents);
    });
  });

  describe('statement PDF', () => {
    it('prints, in French, the client, every document, the closing balance, not due / overdue and the bank details', async () => {
      const res = await api.get(`${base}/statements/${client.id}/pdf`).buffer(true).parse(binary as never);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(`inline; filename="releve-${client.code}-${today}.pdf"`);
      const text = pdfText(res.body as Buffer);
      for (const mention of ['RELEVÉ DE COMPTE', 'Papeterie Relevé SARL', client.code as string, docs.a.number, docs.b.number, docs.c.number, docs.credit.number, 'CHQ-4411', 'VIR-PARTIEL', 'ACOMPTE-JANV', 'Solde antérieur', 'Non échu', 'IBAN', 'BIC', 'Page 1 /']) {
        expect(text).toContain(mention);
      }
      expect(text).toContain(frMoney(70000));
      expect(text).toContain(frMoney(120000));
      expect(text).not.toContain('CHQ-IMPAYE');
    });

    it('prints the overdue invoices with their days overdue for a seeded client', async () => {
      const overdue = (await listAll(api, `${base}/invoices`, { status: 'validated' })).filter((i) => i.paymentStatus === 'overdue');
      const res = await api.get(`${base}/statements/${overdue[0].clientId}/pdf`).buffer(true).parse(binary as never);
      const text = pdfText(res.body as Buffer);
      expect(text).toContain('Factures échues au');
      expect(text).toMatch(new RegExp(`${overdue[0].number}.*${overdue[0].daysOverdue}\\s*j`));
    });

    it('speaks English to an English client', async () => {
      const res = await api.get(`${base}/statements/${english.id}/pdf`).buffer(true).parse(binary as never);
      const text = pdfText(res.body as Buffer);
      const gross = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format((docs.en.grossCents as number) / 100);
      for (const mention of ['STATEMENT OF ACCOUNT', 'London Office Ltd', 'Balance brought forward', 'Not yet due', docs.en.number as string, gross]) expect(text).toContain(mention);
      expect(text).not.toContain('Solde');
    });
  });

  describe('POST statements/:clientId/send', () => {
    it('puts an e-mail with the statement PDF in the outbox, in the client’s language, and journals it', async () => {
      const res = await api.post(`${base}/statements/${client.id}/send`).send({});
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ direction: 'out', channel: 'email', toAddress: 'compta@papeterie-releve.fr', relatedResource: 'statements', relatedId: client.id, thirdPartyId: client.id });
      expect(res.body.subject).toContain('Relevé de compte');
      expect(res.body.body.replace(/[\u00a0\u202f]/g, ' ')).toContain(frMoney(70000));
      expect(res.body.attachments).toEqual([expect.objectContaining({ filename: `releve-${client.code}-${today}.pdf`, contentType: 'application/pdf' })]);
      const file = await api.get(`${base}/messages/${res.body.id}/attachments/${res.body.attachments[0].id}`).buffer(true).parse(binary as never);
      expect((file.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdfText(file.body as Buffer)).toContain('Papeterie Relevé SARL');
      const journal = (await api.get(`${base}/journal?filter=${enc({ resource: 'statements', action: 'send' })}`)).body;
      expect(journal[0].label).toContain('compta@papeterie-releve.fr');

      const en = await api.post(`${base}/statements/${english.id}/send`).send({ subject: 'Your statement' });
      expect(en.status).toBe(201);
      expect(en.body.subject).toBe('Your statement');
      expect(en.body.body).toContain('Please find attached the statement of your customer account');
    });

    it('writes to the chosen contact', async () => {
      const contact = (await api.post(`${base}/contacts`).send(contactBody(client.id as number, { email: 'elodie@papeterie-releve.fr' }))).body;
      const res = await api.post(`${base}/statements/${client.id}/send`).send({ contactId: contact.id });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ toAddress: 'elodie@papeterie-releve.fr', toName: 'Élodie Garnier' });
      expect(res.body.body).toContain('Madame Garnier');
    });
  });

  describe('GET aged-balance', () => {
    it('totals are the sums of the rows; every invoice sits in the bucket of its days overdue on the scenario date', async () => {
      const report = (await api.get(`${base}/aged-balance`)).body;
      expect(report.date).toBe(today);
      expect(report.rows.length).toBeGreaterThan(1);
      for (const key of [...BUCKETS, 'totalCents'] as const) expect(report.rows.reduce((x: number, r: Row) => x + (r[key] as number), 0)).toBe(report.totals[key]);
      const invoices = new Map((await listAll(api, `${base}/invoices`, { status: 'validated' })).map((i) => [i.id, i]));
      for (const row of report.rows) {
        expect(row.totalCents).toBe(BUCKETS.reduce((x, k) => x + row[k], 0));
        expect(row.totalCents).toBe(row.invoices.reduce((x: number, i: Row) => x + (i.balanceCents as number), 0));
        for (const i of row.invoices) {
          const days = Math.max(0, daysBetween(i.dueDate, today));
          expect([i.number, i.daysOverdue, i.bucket]).toEqual([i.number, days, bucketOf(days)]);
          expect(invoices.get(i.invoiceId)).toMatchObject({ balanceCents: i.balanceCents, daysOverdue: days, clientId: row.clientId });
        }
      }
      const totals = report.rows.map((r: Row) => r.totalCents);
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
      expect(report.rows.some((r: Row) => r.over90Cents || r.d61to90Cents || r.d31to60Cents || r.d1to30Cents)).toBe(true);
    });

    it('keeps one client with ?clientId', async () => {
      const report = (await api.get(`${base}/aged-balance?clientId=${client.id}`)).body;
      expect(report.rows).toEqual([
        expect.objectContaining({ clientId: client.id, clientCode: client.code, notDueCents: 76000, d1to30Cents: 0, totalCents: 76000, invoices: [expect.objectContaining({ number: docs.c.number, balanceCents: 36000, daysOverdue: 0, bucket: 'notDue' }), expect.objectContaining({ number: docs.b.number, balanceCents: 40000, bucket: 'notDue' })] }),
      ]);
      expect(report.totals.totalCents).toBe(76000);
    });

    it('exports a CSV (;, decimal comma, UTF-8 BOM, CRLF) that parses back to the same figures', async () => {
      const report = (await api.get(`${base}/aged-balance`)).body;
      const res = await api.get(`${base}/aged-balance/export?format=csv`).buffer(true).parse(binary as never);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="balance-agee-${today}.csv"`);
      const body = res.body as Buffer;
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = body.subarray(3).toString('utf8').split('\r\n');
      expect(lines.pop()).toBe('');
      expect(lines[0]).toBe('Code client;Client;Non échu;1–30 j;31–60 j;61–90 j;> 90 j;Total');
      expect(lines).toHaveLength(report.rows.length + 2);
      report.rows.forEach((row: Row, i: number) => {
        const cells = csvCells(lines[i + 1]);
        expect(cells.slice(0, 2)).toEqual([row.clientCode, row.clientName]);
        expect(cells.slice(2).map(centsOf)).toEqual([...BUCKETS, 'totalCents'].map((k) => row[k]));
      });
      const totals = csvCells(lines.at(-1)!);
      expect(totals.slice(0, 2)).toEqual(['', 'Total']);
      expect(totals.slice(2).map(centsOf)).toEqual([...BUCKETS, 'totalCents'].map((k) => report.totals[k]));
      expect(lines[1]).toMatch(/;\d+,\d{2};/);
    });

    it('exports an XLSX workbook whose sheet holds the same numbers as numeric cells', async () => {
      const report = (await api.get(`${base}/aged-balance`)).body;
      const res = await api.get(`${base}/aged-balance/export?format=xlsx`).buffer(true).parse(binary as never);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="balance-agee-${today}.xlsx"`);
      const files = unzipSync(new Uint8Array(res.body as Buffer));
      expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']));
      const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
      const rowsXml = [...sheet.matchAll(/<row r="(\d+)">(.*?)<\/row>/g)];
      expect(rowsXml).toHaveLength(report.rows.length + 2);
      const numbers = (xml: string) => [...xml.matchAll(/<v>(-?\d+\.\d{2})<\/v>/g)].map((m) => Math.round(Number(m[1]) * 100));
      report.rows.forEach((row: Row, i: number) => {
        expect(rowsXml[i + 1][2]).toContain(`<t>${row.clientCode}</t>`);
        expect(numbers(rowsXml[i + 1][2])).toEqual([...BUCKETS, 'totalCents'].map((k) => row[k]));
      });
      expect(numbers(rowsXml.at(-1)![2])).toEqual([...BUCKETS, 'totalCents'].map((k) => report.totals[k]));
      expect(strFromU8(files['xl/styles.xml'])).toContain('#,##0.00');
    });
  });

  describe('bad input', () => {
    it.each<[string, string, number, Record<string, string> | null, Record<string, unknown>?]>([
      ['GET', '/statements/CLIENT?from=2026-02-30', 422, { from: 'app.validation.date' }],
      ['GET', '/statements/CLIENT?to=2099-01-01', 422, { to: 'app.validation.date_in_future' }],
      ['GET', '/statements/CLIENT?from=2026-03-10&to=2026-03-01', 422, { from: 'app.validation.from_after_to' }],
      ['GET', '/statements/CLIENT/pdf?to=demain', 422, { to: 'app.validation.date' }],
      ['GET', '/statements/PROSPECT', 422, { clientId: 'app.validation.not_a_client' }],
      ['GET', '/statements/999999', 404, null],
      ['GET', '/aged-balance?clientId=abc', 422, { clientId: 'app.validation.integer' }],
      ['GET', '/aged-balance/export?format=pdf', 422, { format: 'app.validation.choice' }],
      ['POST', '/statements/CLIENT/send?from=2026-03-10&to=2026-03-01', 422, { from: 'app.validation.from_after_to' }],
      ['POST', '/statements/CLIENT/send', 422, { to: 'app.validation.email' }, { to: 'pas-une-adresse' }],
      ['POST', '/statements/CLIENT/send', 422, { contactId: 'app.validation.contact_of_other_client' }, { contactId: 1 }],
      ['POST', '/statements/PROSPECT/send', 422, { clientId: 'app.validation.not_a_client' }],
      ['POST', '/statements/999999/send', 404, null],
    ])('%s %s → %i and nothing written', async (method, url, status, errors, body = {}) => {
      const prospect = (await listAll(api, `${base}/third-parties`, { role: 'prospect' }))[0];
      const target = `${base}${url.replace('CLIENT', String(client.id)).replace('PROSPECT', String(prospect.id))}`;
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = method === 'GET' ? await api.get(target) : await api.post(target).send(body);
      expect(res.status).toBe(status);
      if (errors) expect(res.body.errors).toEqual(errors);
      else expect(res.body.code).toBe('NOT_FOUND');
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });

    it('refuses to send when no e-mail address is known', async () => {
      const silent = (await api.post(`${base}/third-parties`).send(clientBody({ name: 'Sans Courriel SARL', siren: '552100570', siret: '55210057000019', vatNumber: 'FR47552100570', email: null }))).body;
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = await api.post(`${base}/statements/${silent.id}/send`).send({});
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual({ to: 'app.validation.email_required_to_send' });
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });
  });
});
