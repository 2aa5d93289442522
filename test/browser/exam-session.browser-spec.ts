/**
 * An exam session end to end in Chromium (issue 5):
 * - a proctor creates an anonymous exam session in the form, imports candidates from a CSV (a wrong
 *   file first: rows in error with their line numbers, nothing created), gets the credentials once and
 *   the login cards PDF, then gives the start signal;
 * - a candidate signs in: instructions, a countdown that matches the server, only the delivered inbox
 *   messages, the recording notice; makes a quote, which the proctor's live table counts without reload;
 * - the proctor ends the session: the candidate's lock banner appears by itself and the write actions go;
 * - an admin assigns the jury; the jury sees only that session, by candidate numbers, opens the
 *   candidate's sandbox read-only in the candidate's own screens and downloads the dossier PDF;
 * - a timed message arrives on the scenario clock in a training session (started 19 min 25 s ago, so
 *   that the scenario's +20 min message lands during the test: the browser server's clock cannot be
 *   moved), with its notification; the training self-check lists the checks.
 * axe-core on the candidate home, the proctor console and the jury screens.
 */
import type { Page, Response } from 'playwright-core';
import {
  api,
  apiLogin,
  ADMIN_PASSWORD,
  describeBrowser,
  launchBrowser,
  loginThroughUi,
  screenshot,
  seriousA11yViolations,
  startServer,
  type BrowserHandle,
  type ServerHandle,
} from './support';

jest.setTimeout(240_000);

const SESSION_NAME = 'Examen navigateur — groupe A';
const LOCKED_TEXT = 'Temps écoulé : votre travail est verrouillé. Vous pouvez encore consulter vos documents.';
const FIRST_TIMED_SUBJECT = 'Demande de devis — mobilier pour notre nouvelle agence';

async function expectNoSeriousA11yViolation(page: Page, screen: string) {
  const violations = await seriousA11yViolations(page);
  if (violations.length > 0) throw new Error(`axe (${screen}):\n${violations.join('\n')}`);
}

/** "2026-11-22T18:45" in the browser's time zone (Europe/Paris), for a datetime-local input. */
const localInputValue = (date: Date) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
};

const clockSeconds = (text: string) => {
  const match = /(\d{2}):(\d{2}):(\d{2})/.exec(text);
  if (!match) throw new Error(`not a countdown: ${text}`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
};

const isPdf = (response: Response) => (response.headers()['content-type'] ?? '').startsWith('application/pdf');

describeBrowser('Comptoir in Chromium — exam session', () => {
  let server: ServerHandle;
  let adminToken: string;
  let proctor: { username: string; password: string };
  let jury: { id: number; username: string; password: string; displayName: string };
  let proctorBrowser: BrowserHandle;
  let candidateBrowser: BrowserHandle | undefined;
  let juryBrowser: BrowserHandle | undefined;
  let adminBrowser: BrowserHandle | undefined;
  let trainingBrowser: BrowserHandle | undefined;
  let sessionUrl = '';
  let sessionId = 0;
  /** The typed candidate: the one who signs in. */
  const alice = { name: 'Alice Examen', number: 'E-001', username: '', password: '', sandboxId: '' };

  beforeAll(async () => {
    server = await startServer();
    adminToken = (await apiLogin(server.baseUrl, 'admin', ADMIN_PASSWORD)).token;
    const created = await Promise.all(
      (['proctor', 'jury'] as const).map((role) =>
        api(server.baseUrl, 'POST', '/users', {
          token: adminToken,
          body: { username: `${role}-navigateur`, displayName: role === 'jury' ? 'Jury Navigateur' : 'Surveillant Navigateur', role },
        }),
      ),
    );
    for (const res of created) expect(res.status).toBe(201);
    proctor = { username: created[0].json.username, password: created[0].json.password };
    jury = { id: created[1].json.id, username: created[1].json.username, password: created[1].json.password, displayName: 'Jury Navigateur' };
    proctorBrowser = await launchBrowser();
  });

  afterAll(async () => {
    const errors = [proctorBrowser, candidateBrowser, juryBrowser, adminBrowser, trainingBrowser]
      .flatMap((b) => b?.consoleErrors ?? [])
      // HTTP errors the flow provokes on purpose (the refused import, the 423 after the end) are logged by Chromium too.
      .filter((e) => !e.startsWith('Failed to load resource'));
    // eslint-disable-next-line no-console
    if (errors.length > 0) console.warn(`Browser console errors:\n${errors.join('\n')}`);
    for (const b of [proctorBrowser, candidateBrowser, juryBrowser, adminBrowser, trainingBrowser]) await b?.close();
    await server?.stop();
  });

  it('creates an anonymous exam session in the form and shows the credentials once, with the login cards PDF', async () => {
    const { page } = proctorBrowser;
    await loginThroughUi(page, server.baseUrl, proctor.username, proctor.password);
    await page.getByRole('navigation').getByRole('link', { name: "Sessions d'examen" }).click();
    await page.getByRole('link', { name: 'Nouvelle session' }).click();
    await page.locator('input[name="name"]').fill(SESSION_NAME);
    await page.getByRole('combobox', { name: /Scénario/ }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('radio', { name: 'Examen' }).check();
    await page.getByLabel('Anonymat des copies').check();
    // Within the 30 minutes before the start: the session opens by itself, candidates may sign in.
    await page.locator('input[name="startsAt"]').fill(localInputValue(new Date(Date.now() + 10 * 60_000)));
    await page.locator('input[name="durationMinutes"]').fill('60');
    await page.locator('input[name="candidates.0.name"]').fill(alice.name);
    await page.locator('input[name="candidates.0.candidateNumber"]').fill(alice.number);
    await screenshot(page, 'exam-01-session-create');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.getByRole('heading', { level: 2, name: 'Identifiants des candidats' }).waitFor();
    alice.username = (await page.getByTestId('credential-username').first().innerText()).trim();
    alice.password = (await page.getByTestId('credential-password').first().innerText()).trim();
    expect(alice.username).toMatch(/^s\d+-e001$/);

    const cards = page.waitForResponse((r) => r.url().endsWith('/login-cards') && r.request().method() === 'POST');
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Imprimer les cartes de connexion' }).click();
    const cardsResponse = await cards;
    expect(cardsResponse.status()).toBe(200);
    expect(isPdf(cardsResponse)).toBe(true);
    await (await popup).close();
    await screenshot(page, 'exam-02-credentials');

    await page.getByRole('button', { name: "J'ai noté les identifiants" }).click();
    await page.getByRole('heading', { level: 2, name: SESSION_NAME }).waitFor();
    sessionUrl = page.url();
    sessionId = Number(/\/sessions\/(\d+)\/show/.exec(sessionUrl)![1]);
    await page.getByText('Anonyme', { exact: true }).waitFor();
    await page.getByText('Examen', { exact: true }).first().waitFor();
  });

  it('imports candidates from a CSV: a wrong file shows its rows in error, the fixed one gives their credentials', async () => {
    const { page } = proctorBrowser;
    await page.getByRole('button', { name: 'Importer des candidats (CSV)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('csv-file').setInputFiles({
      name: 'candidats.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Nom;Numéro;Tiers-temps;Code d\'anonymat\nBruno Examen;E-002;0;A-2\nChloé Examen;E-002;30;A-3\n', 'utf8'),
    });
    await dialog.getByText('Fichier choisi : candidats.csv').waitFor();
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    const errors = dialog.getByTestId('import-errors');
    await errors.waitFor();
    // The refused row, by its line in the file (the header is line 1).
    await errors.getByRole('cell', { name: '3', exact: true }).waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'exam-03-import-errors');
    const live = await api(server.baseUrl, 'GET', `/sessions/${sessionId}`, { token: adminToken });
    expect(live.json.candidates).toHaveLength(1);

    await dialog.getByTestId('csv-file').setInputFiles({
      name: 'candidats-corrige.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Nom;Numéro;Tiers-temps;Code d\'anonymat\nBruno Examen;E-002;0;A-2\nChloé Examen;E-003;30;A-3\n', 'utf8'),
    });
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Identifiants des candidats' }).waitFor();
    expect(await page.getByTestId('credential-password').count()).toBe(2);
    const cards = page.waitForResponse((r) => r.url().endsWith('/login-cards'));
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Imprimer les cartes de connexion' }).click();
    expect(isPdf(await cards)).toBe(true);
    await (await popup).close();
    await page.getByRole('button', { name: "J'ai noté les identifiants" }).click();
    await page.getByRole('heading', { level: 2, name: SESSION_NAME }).waitFor();
    await page.getByTestId('live-row').nth(2).waitFor();
  });

  it('starts the session after a confirmation; the console shows the live table', async () => {
    const { page } = proctorBrowser;
    await page.getByRole('button', { name: 'Démarrer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /Démarrer la session/ });
    await dialog.getByRole('button', { name: 'Démarrer maintenant' }).click();
    await page.getByText(`Session « ${SESSION_NAME} » démarrée.`).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Terminer', exact: true }).waitFor();
    await page.getByTestId('events-table').getByText('Démarrage').waitFor();
    await screenshot(page, 'exam-04-proctor-console');
    await expectNoSeriousA11yViolation(page, 'proctor console');
  });

  it('shows the candidate the instructions, the countdown of the server and only the delivered messages', async () => {
    candidateBrowser = await launchBrowser();
    const { page } = candidateBrowser;
    await loginThroughUi(page, server.baseUrl, alice.username, alice.password);
    const me = await apiLogin(server.baseUrl, alice.username, alice.password);
    alice.sandboxId = me.user.sandboxId!;

    await page.getByRole('heading', { level: 3, name: 'Consignes' }).waitFor();
    await page.getByTestId('instructions').getByText('Travail à faire').waitFor();
    await page.getByRole('button', { name: 'Consignes (PDF)' }).waitFor();
    await page.getByTestId('recording-notice').getByText(/Vos actions .*sont enregistrées/).waitFor();
    // The countdown matches the server (within the few seconds of the two requests).
    await page.waitForFunction(() => /\d{2}:\d{2}:\d{2}/.test(document.querySelector('[data-testid="countdown"]')?.textContent ?? ''));
    const shown = clockSeconds(await page.getByTestId('countdown').innerText());
    const home = await api(server.baseUrl, 'GET', `/sandboxes/${alice.sandboxId}/home`, { token: me.token });
    expect(Math.abs(shown - home.json.remainingSeconds)).toBeLessThanOrEqual(5);
    expect(home.json.remainingSeconds).toBeGreaterThan(55 * 60);
    // The scenario's first message is due at +20 min: nothing is delivered yet, in the home and in the mailbox.
    await page.getByText('Aucun message reçu pour le moment.').waitFor();
    const inbox = await api(server.baseUrl, 'GET', `/sandboxes/${alice.sandboxId}/messages?filter=${encodeURIComponent('{"direction":"in"}')}`, {
      token: me.token,
    });
    expect((inbox.json as any[]).map((m) => m.subject)).not.toContain(FIRST_TIMED_SUBJECT);
    // An exam: no self-check.
    expect(await page.getByRole('button', { name: 'Vérifier mon travail' }).count()).toBe(0);
    await screenshot(page, 'exam-05-candidate-home');
    await expectNoSeriousA11yViolation(page, 'candidate home');

    // The PDF of the instructions.
    const pdf = page.waitForResponse((r) => r.url().endsWith('/instructions.pdf'));
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Consignes (PDF)' }).click();
    expect(isPdf(await pdf)).toBe(true);
    await (await popup).close();
  });

  it('makes a quote, which the live table counts without a reload', async () => {
    const { page } = candidateBrowser!;
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Devis', exact: true }).click();
    await page.getByRole('link', { name: 'Nouveau devis' }).click();
    await page.getByRole('combobox', { name: 'Article, ligne 1' }).waitFor();
    const clientInput = page.getByRole('combobox', { name: /^Client/ });
    await clientInput.fill('C0003');
    const clientOption = page.getByRole('option', { name: /C0003/ });
    await clientOption.waitFor();
    await page.waitForTimeout(300);
    await clientOption.click();
    const product = page.getByRole('combobox', { name: 'Article, ligne 1' });
    await product.click();
    await product.fill('MOB-BUR-140');
    await page.getByRole('option', { name: /^MOB-BUR-140/ }).first().waitFor();
    await page.waitForTimeout(300);
    await product.press('Enter');
    await page.keyboard.type('4');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { level: 2, name: 'Devis (brouillon)' }).waitFor();
    await screenshot(page, 'exam-06-candidate-quote');

    const proctorPage = proctorBrowser.page;
    const row = proctorPage.getByTestId('live-row').filter({ hasText: alice.name });
    await row.getByText('1 devis').waitFor({ timeout: 30_000 });
    await row.getByText('Au travail').waitFor();
  });

  it('ends the session with a reason: the candidate sees the lock banner by itself and the write actions go', async () => {
    const { page } = proctorBrowser;
    await page.getByRole('button', { name: 'Terminer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /Terminer maintenant/ });
    // The reason is mandatory.
    await dialog.getByRole('button', { name: 'Terminer la session' }).click();
    await dialog.getByText('Champ obligatoire').waitFor();
    await dialog.getByLabel(/^Motif/).fill('Fin anticipée : exercice du navigateur');
    await page.waitForTimeout(300);
    await screenshot(page, 'exam-07-end-dialog');
    await dialog.getByRole('button', { name: 'Terminer la session' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Archiver', exact: true }).waitFor();
    await page.getByTestId('live-row').filter({ hasText: alice.name }).getByText('Terminé').waitFor({ timeout: 30_000 });
    await screenshot(page, 'exam-08-proctor-ended');

    // The candidate's page polls its home (30 s): the banner comes without a reload.
    const candidate = candidateBrowser!.page;
    await candidate.getByTestId('lock-banner').getByText(LOCKED_TEXT).waitFor({ timeout: 45_000 });
    // The draft quote on screen lost its write actions.
    await candidate.getByRole('heading', { level: 2, name: 'Devis (brouillon)' }).waitFor();
    expect(await candidate.getByRole('button', { name: 'Valider', exact: true }).count()).toBe(0);
    expect(await candidate.getByRole('link', { name: 'Éditer' }).count()).toBe(0);
    await screenshot(candidate, 'exam-09-candidate-locked-quote');
    await candidate.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Devis', exact: true }).click();
    await candidate.locator('table tbody tr').first().waitFor();
    await candidate.getByTestId('lock-banner').getByText(LOCKED_TEXT).waitFor();
    expect(await candidate.getByRole('link', { name: 'Nouveau devis' }).count()).toBe(0);
    await candidate.getByRole('link', { name: 'Accueil' }).click();
    await candidate.getByTestId('countdown-state').getByText('Temps écoulé').waitFor();
    expect(await candidate.getByRole('link', { name: 'Nouveau devis' }).count()).toBe(0);
    await screenshot(candidate, 'exam-10-candidate-locked-home');
  });

  it('lets an admin assign the jury from the session page', async () => {
    adminBrowser = await launchBrowser();
    const { page } = adminBrowser;
    await loginThroughUi(page, server.baseUrl, 'admin', ADMIN_PASSWORD);
    await page.goto(sessionUrl);
    await page.getByRole('heading', { level: 2, name: SESSION_NAME }).waitFor();
    await page.getByRole('combobox', { name: 'Membre du jury' }).click();
    await page.getByRole('option', { name: /Jury Navigateur/ }).click();
    await page.getByRole('button', { name: 'Affecter' }).click();
    await page.getByTestId('jury-list').getByText('Jury Navigateur', { exact: true }).waitFor();
    await screenshot(page, 'exam-11-jury-assigned');
  });

  it("lets the jury read the candidate's sandbox read-only in the candidate's screens and download the dossier PDF", async () => {
    juryBrowser = await launchBrowser();
    const { page } = juryBrowser;
    await loginThroughUi(page, server.baseUrl, jury.username, jury.password);
    await page.getByRole('navigation').getByRole('link', { name: "Sessions d'examen" }).click();
    await page.getByRole('link', { name: SESSION_NAME }).waitFor();
    // Only the sessions the jury is assigned to.
    expect(await page.locator('table tbody tr').count()).toBe(1);
    await page.getByRole('link', { name: SESSION_NAME }).click();
    const candidates = page.getByTestId('jury-candidates');
    await candidates.getByRole('link', { name: alice.number, exact: true }).waitFor();
    // Anonymous: numbers / codes only, never the names.
    expect(await page.getByText(alice.name).count()).toBe(0);
    expect(await page.getByText('Bruno Examen').count()).toBe(0);
    await candidates.getByTestId('checks-cell').first().waitFor();
    await screenshot(page, 'exam-12-jury-session');
    await expectNoSeriousA11yViolation(page, 'jury session');

    await candidates.getByRole('link', { name: alice.number, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: `Candidat n° ${alice.number}` }).waitFor();
    await page.getByRole('tab', { name: 'Contrôles' }).click();
    await page.getByTestId('checks-summary').waitFor();
    await page.getByRole('tab', { name: 'Journal' }).click();
    await page.getByTestId('journal-timeline').getByText(/Création/).first().waitFor();
    await screenshot(page, 'exam-13-jury-candidate-journal');
    await page.getByRole('tab', { name: 'Notation' }).click();
    await page.getByTestId('marks-table').waitFor();
    await screenshot(page, 'exam-14-jury-marks');
    await expectNoSeriousA11yViolation(page, 'jury candidate file');

    const dossier = page.waitForResponse((r) => /\/dossier\.pdf$/.test(r.url()));
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Dossier PDF' }).click();
    const dossierResponse = await dossier;
    expect(dossierResponse.status()).toBe(200);
    expect(isPdf(dossierResponse)).toBe(true);
    await (await popup).close();

    await page.getByRole('button', { name: 'Consulter (lecture seule)' }).click();
    await page.getByTestId('readonly-banner').getByText(`Lecture seule — candidat n° ${alice.number}`).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    // The candidate's draft quote, in the candidate's own list; no way to write.
    await page.getByRole('tab', { name: /^Brouillons \(1\)/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Nouveau devis' }).count()).toBe(0);
    await screenshot(page, 'exam-15-jury-readonly-quotes');
    await page.getByRole('button', { name: 'Retour au dossier' }).click();
    await page.getByRole('heading', { level: 2, name: `Candidat n° ${alice.number}` }).waitFor();
    expect(await page.getByTestId('readonly-banner').count()).toBe(0);
  });

  it('delivers a timed message on the scenario clock, with a notification; training shows the self-check', async () => {
    // The +20 min message lands ~35 s from now: the session started 19 min 25 s ago.
    const scenarios = await api(server.baseUrl, 'GET', '/scenarios', { token: adminToken });
    const created = await api(server.baseUrl, 'POST', '/sessions', {
      token: adminToken,
      body: {
        name: 'Entraînement messages',
        scenarioId: scenarios.json[0].id,
        mode: 'training',
        startsAt: new Date(Date.now() - (19 * 60 + 25) * 1000).toISOString(),
        durationMinutes: 120,
        candidates: [{ name: 'Denis Messages', candidateNumber: 'M-1', extraMinutes: 0 }],
      },
    });
    expect(created.status).toBe(201);
    const trainee = created.json.candidates[0];
    trainingBrowser = await launchBrowser();
    const { page } = trainingBrowser;
    await loginThroughUi(page, server.baseUrl, trainee.username, trainee.password);
    await page.getByText('Aucun message reçu pour le moment.').waitFor();
    // The notification, then the message in the home's inbox (polled every 30 s), without a reload.
    await page.getByText(`Nouveau message reçu : « ${FIRST_TIMED_SUBJECT} »`).waitFor({ timeout: 100_000 });
    await page.getByTestId('home-inbox').getByRole('link', { name: FIRST_TIMED_SUBJECT }).waitFor();
    await screenshot(page, 'exam-16-timed-message');

    await page.getByRole('button', { name: 'Vérifier mon travail' }).click();
    await page.getByTestId('checks-summary').waitFor();
    expect(await page.getByTestId('check-row').count()).toBeGreaterThan(10);
    await screenshot(page, 'exam-17-training-self-check');

    await page.getByTestId('home-inbox').getByRole('link', { name: FIRST_TIMED_SUBJECT }).click();
    await page.getByRole('heading', { level: 2, name: FIRST_TIMED_SUBJECT }).waitFor();
  });
});
