/**
 * Receivables in Chromium: a candidate records a payment on an overdue invoice (Règlements, with its
 * allocation), opens the reminders worklist, generates the level-2 letter of a client due for it,
 * reads the reminder (figures, PDF served and its text), then produces the account statement of the
 * client who paid and checks the figures against the server's. Screenshots at each step; axe-core on
 * the worklist, the reminder form and the statement.
 */
import { readFileSync } from 'node:fs';
import { pdfText } from '../support/pdf';
import {
  api,
  describeBrowser,
  euros,
  expectNoSeriousA11yViolation,
  launchBrowser,
  loginThroughUi,
  screenshot,
  shutDown,
  signInCandidate,
  startServer,
  waitForText,
  type BrowserHandle,
  type CandidateCredentials,
  type ServerHandle,
} from './support';

jest.setTimeout(180_000);

interface WorklistInvoice {
  invoiceId: number;
  number: string;
  balanceCents: number;
  daysOverdue: number;
  lastLevel: number;
}

interface WorklistRow {
  clientId: number;
  clientCode: string;
  clientName: string;
  customerType: 'b2b' | 'b2c';
  nextStep: { level?: number; kind: string } | null;
  dueToday: boolean;
  totalBalanceCents: number;
  invoices: WorklistInvoice[];
}

const frDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

describeBrowser('Comptoir in Chromium — receivables', () => {
  let server: ServerHandle;
  let browser: BrowserHandle;
  let candidate: CandidateCredentials;
  let token: string;
  let base: string;
  /** Pays part of its overdue invoice; its statement is checked at the end. */
  let payer: WorklistRow;
  let paidInvoice: WorklistInvoice;
  let paymentCents = 0;
  const paymentReference = 'REF-NAVIGATEUR-0316';
  /** Due for the level-2 letter today. */
  let level2: WorklistRow;
  let reminderId = 0;

  const get = async <T = any>(path: string) => {
    const { status, json } = await api<T>(server.baseUrl, 'GET', `${base}${path}`, { token });
    if (status !== 200) throw new Error(`GET ${path}: ${status} ${JSON.stringify(json)}`);
    return json;
  };

  beforeAll(async () => {
    server = await startServer();
    ({ candidate, token, base } = await signInCandidate(server.baseUrl, 'Inès Recouvrement'));
    const worklist = await get<WorklistRow[]>('/reminders/worklist');
    const due2 = worklist.filter((r) => r.dueToday && r.nextStep?.kind === 'letter' && r.nextStep.level === 2);
    level2 = due2.find((r) => r.customerType === 'b2b') ?? due2[0];
    // The payer: another client, one overdue invoice and nothing to send today.
    payer = worklist.find((r) => r.clientId !== level2?.clientId && r.invoices.length === 1 && !r.dueToday && r.invoices[0].balanceCents > 20_000)!;
    expect(level2).toBeTruthy();
    expect(payer).toBeTruthy();
    paidInvoice = payer.invoices[0];
    // A partial payment: a round amount under the balance.
    paymentCents = Math.floor(paidInvoice.balanceCents / 2 / 100) * 100;
    browser = await launchBrowser();
  });

  afterAll(() => shutDown(server, browser));

  it('records a partial payment on an overdue invoice, allocated to it', async () => {
    const { page } = browser;
    await loginThroughUi(page, server.baseUrl, candidate.username, candidate.password);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Règlements', exact: true }).click();
    await page.getByRole('link', { name: 'Enregistrer un règlement' }).first().click();
    await page.waitForURL(/\/payments\/create/);
    await page.getByRole('button', { name: 'Enregistrer le règlement' }).waitFor();

    const clientInput = page.getByRole('combobox', { name: /^Client/ });
    await clientInput.fill(payer.clientCode);
    const option = page.getByRole('option', { name: new RegExp(payer.clientCode) });
    await option.waitFor();
    await page.waitForTimeout(300);
    await option.click();

    await page.getByRole('textbox', { name: /^Montant/ }).first().fill(String(paymentCents / 100).replace('.', ','));
    const method = page.getByRole('combobox', { name: /Mode de règlement/ });
    if (!(await method.innerText()).replace(/[\s\u200b]/g, '')) {
      await method.click();
      await page.getByRole('option', { name: 'Virement' }).click();
    }
    await page.getByRole('textbox', { name: /Référence bancaire/ }).fill(paymentReference);
    const allocation = page.getByRole('textbox', { name: `Montant affecté à la facture ${paidInvoice.number}` });
    await allocation.waitFor();
    await allocation.fill(String(paymentCents / 100).replace('.', ','));
    await screenshot(page, 'receivables-01-payment');
    await page.getByRole('button', { name: 'Enregistrer le règlement' }).click();
    await page.waitForURL(/\/payments\/\d+\/show/);
    await page.getByText(paymentReference).first().waitFor();
    await screenshot(page, 'receivables-02-payment-recorded');

    // The server allocated it as typed: the invoice's balance went down by the payment.
    const invoice = await get<{ balanceCents: number }>(`/invoices/${paidInvoice.invoiceId}`);
    expect(invoice.balanceCents).toBe(paidInvoice.balanceCents - paymentCents);
  });

  it('opens the reminders worklist: clients to chase today, next step, invoices on demand', async () => {
    const { page } = browser;
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Relances', exact: true }).click();
    await page.waitForURL(/\/reminders\/worklist/);
    const today = page.getByRole('switch', { name: /À traiter aujourd'hui/ });
    await today.waitFor();
    expect(await today.isChecked()).toBe(true);
    const row = page.getByRole('row').filter({ hasText: level2.clientName }).first();
    await waitForText(row, 'Niveau 2 — relance ferme courrier');
    await waitForText(row, euros(level2.totalBalanceCents));

    // The invoices of a client open under its row, by a button that says whether it is open.
    const expand = page.getByRole('button', { name: `Afficher les factures de ${level2.clientName}` });
    expect(await expand.getAttribute('aria-expanded')).toBe('false');
    await expand.click();
    const collapse = page.getByRole('button', { name: `Masquer les factures de ${level2.clientName}` });
    expect(await collapse.getAttribute('aria-expanded')).toBe('true');
    const invoices = page.getByRole('table', { name: `Factures échues de ${level2.clientName}` });
    await waitForText(invoices, level2.invoices[0].number);
    await invoices.getByRole('link', { name: level2.invoices[0].number }).waitFor();
    await screenshot(page, 'receivables-03-worklist');
    await expectNoSeriousA11yViolation(page, 'reminders worklist');

    // The payer has nothing due today: it shows once the filter is off.
    expect(await page.getByRole('row').filter({ hasText: payer.clientName }).count()).toBe(0);
    await today.uncheck();
    await page.getByRole('row').filter({ hasText: payer.clientName }).first().waitFor();
    await today.check();
  });

  it('generates the level-2 letter: form pre-filled from the procedure, figures from the server', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: `Relancer ${level2.clientName}` }).click();
    await page.waitForURL(/\/reminders\/create/);
    await waitForText(page.getByRole('combobox', { name: /^Niveau/ }), 'Niveau 2 — relance ferme courrier');
    expect(await page.getByRole('radio', { name: 'Courrier postal' }).isChecked()).toBe(true);
    for (const invoice of level2.invoices) {
      expect(await page.getByRole('checkbox', { name: `Sélectionner la facture ${invoice.number}` }).isChecked()).toBe(true);
    }
    await waitForText(page.locator('form'), `Principal : ${euros(level2.totalBalanceCents)}`);
    await screenshot(page, 'receivables-04-reminder-form');
    await expectNoSeriousA11yViolation(page, 'reminder form');

    await page.getByRole('button', { name: 'Générer la relance' }).click();
    await page.waitForURL(/\/reminders\/\d+\/show/);
    reminderId = Number(/\/reminders\/(\d+)\/show/.exec(page.url())![1]);
    const reminder = await get<{ level: number; kind: string; balanceCents: number; penaltyCents: number; indemnityCents: number; totalClaimedCents: number }>(
      `/reminders/${reminderId}`,
    );
    expect(reminder).toMatchObject({ level: 2, kind: 'letter', balanceCents: level2.totalBalanceCents });
    expect(reminder.totalClaimedCents).toBe(reminder.balanceCents + reminder.penaltyCents + reminder.indemnityCents);
    expect(reminder.penaltyCents).toBeGreaterThan(0);

    await page.getByRole('heading', { level: 2, name: `Relance n° 2 — ${level2.clientName}` }).waitFor();
    const claim = page.getByRole('region', { name: 'Montant réclamé' });
    await waitForText(claim, euros(reminder.balanceCents));
    await waitForText(claim, euros(reminder.penaltyCents));
    await waitForText(claim, euros(reminder.indemnityCents));
    await waitForText(claim, euros(reminder.totalClaimedCents));
    await page.getByRole('region', { name: 'Démarches déjà entreprises' }).waitFor();
    await screenshot(page, 'receivables-05-reminder');
  });

  it('serves the letter as a PDF with the client and "Relance n° 2"', async () => {
    const { page, context } = browser;
    // "Télécharger le PDF": the file the candidate gets.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const path = await download.path();
    const text = pdfText(readFileSync(path!));
    expect(text).toContain(level2.clientName);
    expect(text).toContain('Relance n° 2');
    for (const invoice of level2.invoices) expect(text).toContain(invoice.number);

    // "Ouvrir la lettre (PDF)" opens it in a new tab.
    const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Ouvrir la lettre (PDF)' }).click()]);
    await tab.waitForURL(/^blob:/, { timeout: 15_000 });
    await tab.close();
  });

  it('produces the account statement of the client who paid, with the server figures', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/third-parties/${payer.clientId}/show`);
    await page.getByRole('link', { name: 'Relevé de compte', exact: true }).click();
    await page.waitForURL(/\/statements\?clientId=/);
    await page.getByRole('heading', { name: `Relevé de compte — ${payer.clientName}` }).waitFor();

    const statement = await get<{
      from: string;
      to: string;
      openingBalanceCents: number;
      closingBalanceCents: number;
      notDueCents: number;
      overdueCents: number;
      totalDebitCents: number;
      totalCreditCents: number;
    }>(`/statements/${payer.clientId}`);
    const summary = page.getByRole('region', { name: 'Synthèse du compte' });
    await waitForText(summary, `Solde d'ouverture\n${euros(statement.openingBalanceCents)}`);
    await waitForText(summary, `Solde de clôture\n${euros(statement.closingBalanceCents)}`);
    await waitForText(summary, `Dont non échu\n${euros(statement.notDueCents)}`);
    await waitForText(summary, `Dont échu\n${euros(statement.overdueCents)}`);

    const lines = page.getByRole('table', { name: new RegExp(`Relevé de compte de ${payer.clientName}`) });
    const paymentRow = lines.getByRole('row').filter({ hasText: paymentReference });
    await waitForText(paymentRow, euros(paymentCents));
    await waitForText(lines, `Totaux et solde au ${frDate(statement.to)}`);
    await waitForText(page.getByTestId('statement-closing'), euros(statement.closingBalanceCents));
    // The invoice partly paid is still overdue, for what is left.
    const overdue = page.getByRole('table', { name: 'Factures échues' });
    await waitForText(overdue.getByRole('row').filter({ hasText: paidInvoice.number }), euros(paidInvoice.balanceCents - paymentCents));
    await screenshot(page, 'receivables-06-statement');
    await expectNoSeriousA11yViolation(page, 'account statement');

    // Sent to the client: an e-mail with the PDF in the outbox.
    await page.getByRole('button', { name: 'Envoyer au client' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await screenshot(page, 'receivables-07-statement-send');
    await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText("Relevé de compte envoyé (boîte d'envoi).").waitFor();
    const messages = await get<Array<{ relatedResource: string; relatedId: number; attachments: unknown[] }>>(
      `/messages?${new URLSearchParams({ filter: JSON.stringify({ direction: 'out' }), sort: JSON.stringify(['id', 'DESC']), range: JSON.stringify([0, 9]) })}`,
    );
    const sent = messages.find((m) => m.relatedResource === 'statements' && m.relatedId === payer.clientId);
    expect(sent?.attachments).toHaveLength(1);
  });
});
