/**
 * Foundation flow in Chromium: candidate signs in (recording notice), creates a client and a contact,
 * edits a product's price and adjusts its stock; a proctor resets the candidate's sandbox; the candidate
 * reloads and finds the pristine data. axe-core checks the main list and form screens.
 */
import type { Page } from 'playwright-core';
import {
  api,
  apiLogin,
  ADMIN_PASSWORD,
  createTrainingSession,
  demoProctor,
  describeBrowser,
  euros,
  expectNoSeriousA11yViolation,
  launchBrowser,
  loginThroughUi,
  normalise,
  screenshot,
  shutDown,
  startServer,
  type BrowserHandle,
  type CandidateCredentials,
  type ServerHandle,
} from './support';

jest.setTimeout(120_000);

const CLIENT_NAME = 'Atelier Comptoir Navigateur';

/** A random SIREN with a valid Luhn check digit. */
const randomSiren = () => {
  const digits = Array.from({ length: 8 }, () => Math.floor(Math.random() * 10));
  for (let check = 0; check < 10; check++) {
    const all = [...digits, check];
    const sum = all
      .map((d, i) => (i % 2 === 1 ? d * 2 : d))
      .map((d) => (d > 9 ? d - 9 : d))
      .reduce((a, b) => a + b, 0);
    if (sum % 10 === 0) return all.join('');
  }
  throw new Error('unreachable');
};

/** Value shown under a caption in the product's stock block. */
async function stockFigure(page: Page, caption: string) {
  const block = page.locator('section[aria-labelledby="stock-title"]');
  const text = await block.getByText(caption, { exact: true }).locator('xpath=following-sibling::*[1]').innerText();
  return Number(normalise(text).replace(/\s/g, '').replace(',', '.'));
}

describeBrowser('Comptoir in Chromium — foundation', () => {
  let server: ServerHandle;
  let candidateBrowser: BrowserHandle;
  let proctorBrowser: BrowserHandle | undefined;
  let candidate: CandidateCredentials;
  let candidateToken: string;
  let product: { id: number; reference: string; label: string; salePriceCents: number; onHand: number };

  beforeAll(async () => {
    server = await startServer();
    const admin = await apiLogin(server.baseUrl, 'admin', ADMIN_PASSWORD);
    const { candidates } = await createTrainingSession(server.baseUrl, admin.token, ['Alice Navigateur', 'Bruno Navigateur']);
    expect(candidates).toHaveLength(2);
    candidate = candidates[0];
    candidateToken = (await apiLogin(server.baseUrl, candidate.username, candidate.password)).token;
    const products = await api(
      server.baseUrl,
      'GET',
      `/sandboxes/${candidate.sandboxId}/products?${new URLSearchParams({
        sort: JSON.stringify(['reference', 'ASC']),
        range: JSON.stringify([0, 49]),
        filter: JSON.stringify({ type: 'good' }),
      })}`,
      { token: candidateToken },
    );
    product = (products.json as any[]).find((p) => p.type === 'good' && p.onHand >= 3);
    expect(product).toBeDefined();
    candidateBrowser = await launchBrowser();
  });

  // HTTP errors the flow provokes on purpose (the 422 on a missing SIREN) are logged by Chromium too: shutDown leaves them out.
  afterAll(() => shutDown(server, candidateBrowser, proctorBrowser));

  it('shows the login page with the recording notice, then the candidate home', async () => {
    const { page } = candidateBrowser;
    await page.goto(server.baseUrl);
    await page.getByText("Vos actions dans l'application sont enregistrées dans un journal d'activité consultable par le jury.").waitFor();
    await screenshot(page, '01-login');
    await expectNoSeriousA11yViolation(page, 'login');

    await loginThroughUi(page, server.baseUrl, candidate.username, candidate.password);
    await page.getByRole('heading', { level: 2, name: `Bonjour ${candidate.name}` }).waitFor();
    // App bar: company name and the scenario date in French.
    await page.getByRole('banner').getByText(/(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \w+ \d{4}/).waitFor();
    await screenshot(page, '02-candidate-home');
  });

  it('creates a client, then a contact for it', async () => {
    const { page } = candidateBrowser;
    await page.getByRole('navigation').getByRole('link', { name: 'Clients', exact: true }).click();
    await page.getByRole('link', { name: /Nouveau client/ }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await screenshot(page, '03-clients-list');
    await expectNoSeriousA11yViolation(page, 'third-parties list');

    await page.getByRole('link', { name: /Nouveau client/ }).click();
    await page.locator('input[name="name"]').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Client', exact: true }).isChecked()).toBe(true);
    await screenshot(page, '04-client-create-empty');
    await expectNoSeriousA11yViolation(page, 'third-party create');

    await page.locator('input[name="name"]').fill(CLIENT_NAME);
    await page.locator('input[name="email"]').fill('contact@atelier-navigateur.fr');
    await page.locator('input[name="phone"]').fill('04 72 00 00 00');
    await page.locator('input[name="billingLine1"]').fill('12 rue de la République');
    await page.locator('input[name="billingPostcode"]').fill('69002');
    await page.locator('input[name="billingCity"]').fill('Lyon');
    await page.locator('input[name="creditLimitCents"]').fill('5 000,00');
    await screenshot(page, '05-client-create-filled');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    // The server's 422 lands on the field, in French.
    await page.getByText('SIREN obligatoire pour un client ou fournisseur professionnel établi en France').waitFor();
    await screenshot(page, '05b-client-create-server-error');
    await page.locator('input[name="siren"]').fill(randomSiren());
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.getByRole('heading', { level: 2, name: CLIENT_NAME }).waitFor();
    await screenshot(page, '06-client-show');

    await page.getByRole('tab', { name: 'Contacts' }).click();
    await page.getByRole('link', { name: 'Ajouter un contact' }).click();
    await page.locator('input[name="lastName"]').waitFor();
    await page.locator('input[name="firstName"]').fill('Claire');
    await page.locator('input[name="lastName"]').fill('Dumas');
    await page.locator('input[name="jobTitle"]').fill('Responsable des achats');
    await page.locator('input[name="email"]').fill('c.dumas@atelier-navigateur.fr');
    // The tier is prefilled from the tier's page.
    await expect(page.locator('input[name="thirdPartyId"], input[id="thirdPartyId"]').first().inputValue()).resolves.toContain(CLIENT_NAME);
    await screenshot(page, '07-contact-create');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.getByRole('heading', { level: 2, name: CLIENT_NAME }).waitFor();
    await page.getByRole('cell', { name: 'c.dumas@atelier-navigateur.fr' }).waitFor();
    await screenshot(page, '08-client-contacts');
  });

  it("edits a product's price, then adjusts its stock with a reason", async () => {
    const { page } = candidateBrowser;
    await page.getByRole('navigation').getByRole('link', { name: 'Articles', exact: true }).click();
    await page.locator('table tbody tr').first().waitFor();
    await screenshot(page, '09-products-list');
    await expectNoSeriousA11yViolation(page, 'products list');

    await page.goto(`${server.baseUrl}/products/${product.id}/show`);
    await page.getByRole('heading', { level: 2, name: product.label }).waitFor();
    await page.getByRole('link', { name: 'Éditer' }).click();
    const price = page.locator('input[name="salePriceCents"]');
    await price.waitFor();
    await expectNoSeriousA11yViolation(page, 'product edit');
    const newPriceCents = product.salePriceCents + 1234;
    await price.fill(String(newPriceCents / 100).replace('.', ','));
    await screenshot(page, '10-product-edit');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.getByRole('heading', { level: 2, name: product.label }).waitFor();
    await page.getByText(euros(newPriceCents), { exact: true }).waitFor();

    expect(await stockFigure(page, 'En stock')).toBe(product.onHand);
    await page.getByRole('button', { name: 'Ajuster le stock' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Quantité à ajouter ou retirer').fill('-2');
    await dialog.getByLabel('Motif').fill('Casse constatée à la réception');
    await page.waitForTimeout(400); // let the dialog finish its fade-in
    await screenshot(page, '11-stock-adjust-dialog');
    await dialog.getByRole('button', { name: 'Enregistrer le mouvement' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/Mouvement de stock enregistré/).waitFor();
    await page.waitForFunction(
      ({ expected }) => {
        const block = document.querySelector('section[aria-labelledby="stock-title"]');
        return !!block && block.textContent!.replace(/[\s\u00a0\u202f]/g, '').includes(`Enstock${expected}`);
      },
      { expected: product.onHand - 2 },
    );
    expect(await stockFigure(page, 'En stock')).toBe(product.onHand - 2);
    await page.getByRole('cell', { name: 'Casse constatée à la réception' }).waitFor();
    await screenshot(page, '12-product-after-adjust');
  });

  it("lets a proctor reset the candidate's sandbox with a reason", async () => {
    proctorBrowser = await launchBrowser();
    const { page } = proctorBrowser;
    const proctor = demoProctor(server.output()) ?? { username: 'admin', password: ADMIN_PASSWORD };
    await loginThroughUi(page, server.baseUrl, proctor.username, proctor.password);
    await page.getByRole('navigation').getByRole('link', { name: "Sessions d'examen" }).click();
    await page.getByRole('link', { name: 'Session navigateur' }).first().click();
    await page.getByRole('cell', { name: candidate.username }).waitFor();
    await screenshot(page, '13-session-show');

    await page.getByRole('button', { name: `Réinitialiser — ${candidate.name}` }).click();
    const dialog = page.getByRole('dialog');
    // The reason is mandatory.
    await dialog.getByRole('button', { name: 'Réinitialiser' }).click();
    await dialog.getByText('Champ obligatoire').waitFor();
    await dialog.getByLabel('Motif de la réinitialisation').fill('Erreur de manipulation signalée par la candidate');
    await page.waitForTimeout(400);
    await screenshot(page, '14-reset-dialog');
    await dialog.getByRole('button', { name: 'Réinitialiser' }).click();
    await page.getByText(new RegExp(`Bac à sable de ${candidate.name} réinitialisé en \\d+ ms`)).waitFor();
    await screenshot(page, '15-after-reset');
  });

  it('shows the candidate the pristine data after a reload', async () => {
    const { page } = candidateBrowser;
    await page.reload();
    await page.getByRole('heading', { level: 2, name: product.label }).waitFor();
    await page.getByText(euros(product.salePriceCents), { exact: true }).waitFor();
    expect(await stockFigure(page, 'En stock')).toBe(product.onHand);
    await screenshot(page, '16-product-after-reset');

    await page.goto(`${server.baseUrl}/third-parties?filter=${encodeURIComponent(JSON.stringify({ role: 'client', q: 'Navigateur' }))}`);
    await page.getByText('Aucun client pour l\'instant').waitFor();
    expect(await page.getByText(CLIENT_NAME).count()).toBe(0);
    await screenshot(page, '17-clients-after-reset');
  });
});
