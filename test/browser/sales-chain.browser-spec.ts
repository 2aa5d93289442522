/**
 * The sales chain in Chromium: a candidate makes a quote for a French B2B client (two product lines,
 * a discount, live totals from the server), validates it, records the client's acceptance, turns it
 * into an order, validates the order, delivers part of it (backorder visible), invoices the delivery
 * note, validates the invoice, sends it by e-mail (PDF attached, into the sandbox's outbox, read back in
 * "Messagerie"), then credits part of it. Screenshots at each step; axe-core on the quote editor, the
 * invoice page, the send dialog and the message page.
 */
import type { Page } from 'playwright-core';
import {
  api,
  describeBrowser,
  euros,
  expectNoSeriousA11yViolation,
  launchBrowser,
  loginThroughUi,
  normalise,
  screenshot,
  shutDown,
  signInCandidate,
  startServer,
  waitForText,
  type BrowserHandle,
  type CandidateCredentials,
  type ServerHandle,
} from './support';

jest.setTimeout(120_000);

interface Product {
  id: number;
  reference: string;
  label: string;
  type: string;
  salePriceCents: number;
  vatRateBp: number;
  onHand: number;
  available: number;
}

/** Confirms the dialog react-admin's <Confirm> opens, by its confirm button. */
async function confirmDialog(page: Page, button: string | RegExp) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.waitForTimeout(250);
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describeBrowser('Comptoir in Chromium — sales chain', () => {
  let server: ServerHandle;
  let browser: BrowserHandle;
  let candidate: CandidateCredentials;
  let token: string;
  let base: string;
  let client: { id: number; name: string; code: string };
  let desk: Product;
  let paper: Product;
  let grossCents = 0;
  let quoteNumber = '';
  let orderNumber = '';
  let invoiceNumber = '';
  let invoiceUrl = '';
  let orderUrl = '';
  let deliveryNoteUrl = '';

  const get = async <T = any>(path: string) => (await api<T>(server.baseUrl, 'GET', `${base}${path}`, { token })).json;
  const list = async <T = any>(resource: string, filter: Record<string, unknown> = {}) =>
    get<T[]>(
      `/${resource}?${new URLSearchParams({
        sort: JSON.stringify(['id', 'ASC']),
        range: JSON.stringify([0, 199]),
        filter: JSON.stringify(filter),
      })}`,
    );

  beforeAll(async () => {
    server = await startServer();
    ({ candidate, token, base } = await signInCandidate(server.baseUrl, 'Chloé Ventes'));
    const clients = await list('third-parties', { role: 'client', zone: 'fr', customerType: 'b2b' });
    client = clients.find((c: any) => c.paymentTerms === 'net_30') ?? clients[0];
    const goods = await list<Product>('products', { type: 'good' });
    desk = goods.find((p) => p.vatRateBp === 2000 && p.available >= 6 && p.salePriceCents >= 10000)!;
    paper = goods.find((p) => p.vatRateBp === 550 && p.available >= 10) ?? goods.find((p) => p.id !== desk.id && p.available >= 10)!;
    expect(client && desk && paper).toBeTruthy();
    browser = await launchBrowser();
  });

  afterAll(() => shutDown(server, browser));

  it('shows the sales block on the home page and the quote list with its status tabs', async () => {
    const { page } = browser;
    await loginThroughUi(page, server.baseUrl, candidate.username, candidate.password);
    await page.getByRole('heading', { level: 3, name: 'Ventes' }).waitFor();
    await page.getByText('Devis envoyés, en attente de réponse').waitFor();
    await screenshot(page, 'sales-01-dashboard');

    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Devis', exact: true }).click();
    await page.getByRole('tab', { name: /^Tous \(\d+\)$/ }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await waitForText(page.getByRole('status').filter({ hasText: 'Total TTC de la page' }), 'Total TTC de la page');
    await screenshot(page, 'sales-02-quotes-list');
    await page.getByRole('tab', { name: /^Brouillons/ }).click();
    await page.getByText('Aucun résultat trouvé avec les filtres actuels.').waitFor();
    await page.getByRole('tab', { name: /^Tous/ }).click();
    await page.locator('table tbody tr').first().waitFor();
  });

  it('types a quote at the keyboard, with live totals and line errors from the server', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Nouveau devis' }).click();
    // The editor is there when its first line is (the list's own "Client" filter is gone by then).
    await page.getByRole('combobox', { name: 'Article, ligne 1' }).waitFor();
    const clientInput = page.getByRole('combobox', { name: /^Client/ });
    await clientInput.fill(client.code);
    const clientOption = page.getByRole('option', { name: new RegExp(client.code) });
    await clientOption.waitFor();
    await page.waitForTimeout(300);
    await clientOption.click();

    // Line 1: product by reference; Enter picks it and moves to the quantity.
    const product1 = page.getByRole('combobox', { name: 'Article, ligne 1' });
    await product1.click();
    await product1.fill(desk.reference);
    await page.getByRole('option', { name: new RegExp(`^${desk.reference}`) }).first().waitFor();
    await page.waitForTimeout(300);
    await product1.press('Enter');
    const quantity1 = page.getByRole('textbox', { name: 'Quantité, ligne 1' });
    expect(await quantity1.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('5');
    // Beyond the delegation: the server's refusal lands on the line's discount.
    const discount1 = page.getByRole('textbox', { name: 'Remise en %, ligne 1' });
    await discount1.fill('15');
    await page.locator('#line-1-errors').getByText('Remise au-delà de votre délégation', { exact: false }).waitFor();
    // The cell says it is wrong and points at the message.
    expect(await discount1.getAttribute('aria-describedby')).toBe('line-1-errors');
    await screenshot(page, 'sales-03-quote-discount-refused');
    await discount1.fill('5');
    // Enter adds line 2 and puts the cursor in it.
    await discount1.press('Enter');
    const product2 = page.getByRole('combobox', { name: 'Article, ligne 2' });
    expect(await product2.evaluate((el) => el === document.activeElement)).toBe(true);
    await product2.fill(paper.reference);
    await page.getByRole('option', { name: new RegExp(`^${paper.reference}`) }).first().waitFor();
    await page.waitForTimeout(300);
    await product2.press('Enter');
    await page.keyboard.type('10');
    await page.locator('input[name="globalDiscountBp"]').fill('2');

    // The same lines priced by the server directly: the editor must show exactly these figures.
    const expected = (
      await api(server.baseUrl, 'POST', `${base}/document-totals`, {
        token,
        body: {
          clientId: client.id,
          globalDiscountBp: 200,
          lines: [
            { productId: desk.id, quantity: 5, discountBp: 500 },
            { productId: paper.id, quantity: 10 },
          ],
        },
      })
    ).json;
    const totals = page.locator('section[aria-labelledby="live-totals-title"]');
    await waitForText(totals, euros(expected.grossCents));
    await waitForText(totals, euros(expected.netCents));
    await waitForText(totals, 'TVA 5,5 %');
    await waitForText(page.locator('tr[data-line="1"]'), euros(expected.lineNets[0]));
    await waitForText(page.locator('tr[data-line="2"]'), euros(expected.lineNets[1]));
    await screenshot(page, 'sales-04-quote-editor');
    await expectNoSeriousA11yViolation(page, 'quote editor');
    grossCents = expected.grossCents;

    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { level: 2, name: 'Devis (brouillon)' }).waitFor();
    await waitForText(page.locator('main'), euros(grossCents));
    await screenshot(page, 'sales-05-quote-draft');
  });

  it('validates the quote, sends it by post through the send dialog, records the acceptance, then turns it into an order', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Valider', exact: true }).click();
    await page.getByRole('dialog').getByText('reçoit son numéro définitif').waitFor();
    await confirmDialog(page, 'Valider');
    const heading = page.getByRole('heading', { level: 2, name: /^Devis DEV-2026-\d{4}$/ });
    await heading.waitFor();
    quoteNumber = (await heading.innerText()).replace('Devis ', '');

    // Sent through the "Envoyer" dialog: by post this time (no e-mail), which records the transmission.
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    const sendDialog = page.getByRole('dialog', { name: `Envoyer : Devis ${quoteNumber}` });
    await sendDialog.waitFor();
    await sendDialog.getByRole('radio', { name: 'Courrier postal' }).check();
    await sendDialog.getByText("Aucun e-mail n'est envoyé", { exact: false }).waitFor();
    await sendDialog.getByRole('button', { name: 'Enregistrer la transmission' }).click();
    await page.getByText('Transmission enregistrée : courrier postal.').waitFor();
    await sendDialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { level: 2, name: `Devis ${quoteNumber}` }).waitFor();
    await waitForText(page.getByRole('region', { name: 'Envois' }), 'Courrier postal');
    await page.getByText('Envoyé', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Accepté par le client' }).click();
    await confirmDialog(page, 'Accepté par le client');
    await page.getByRole('button', { name: 'Transformer en commande' }).waitFor();
    await screenshot(page, 'sales-06-quote-accepted');

    await page.getByRole('button', { name: 'Transformer en commande' }).click();
    await confirmDialog(page, 'Transformer en commande');
    await page.getByRole('heading', { level: 2, name: 'Commande (brouillon)' }).waitFor();
    await page.getByRole('navigation', { name: 'Chaîne de la vente' }).getByRole('link', { name: quoteNumber }).waitFor();
  });

  it("adds the client's PO number and validates the order", async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Éditer' }).click();
    const po = page.locator('input[name="clientReference"]');
    await po.waitFor();
    await po.fill('PO-NAV-4217');
    await waitForText(page.locator('section[aria-labelledby="live-totals-title"]'), euros(grossCents));
    await screenshot(page, 'sales-07-order-editor');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { level: 2, name: 'Commande (brouillon)' }).waitFor();
    await page.getByText('PO-NAV-4217').waitFor();

    await page.getByRole('button', { name: 'Valider', exact: true }).click();
    await page.getByRole('dialog').getByText('le stock des articles est réservé').waitFor();
    await confirmDialog(page, 'Valider');
    const heading = page.getByRole('heading', { level: 2, name: /^Commande CMD-2026-\d{4}$/ });
    await heading.waitFor();
    orderNumber = (await heading.innerText()).replace('Commande ', '');
    orderUrl = page.url();
    await screenshot(page, 'sales-08-order-validated');
  });

  it('delivers part of the order: the backorder shows on the order', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Créer un bon de livraison' }).click();
    const dialog = page.getByRole('dialog');
    const toDeliver1 = dialog.getByRole('textbox', { name: 'Quantité à livrer, ligne 1' });
    await toDeliver1.waitFor();
    expect(await toDeliver1.inputValue()).toBe('5');
    expect(await dialog.getByRole('textbox', { name: 'Quantité à livrer, ligne 2' }).inputValue()).toBe('10');
    await toDeliver1.fill('3');
    await dialog.getByLabel('Transporteur').fill('Transports Rhône Express');
    await dialog.getByLabel('Nombre de colis').fill('2');
    await dialog.getByLabel('Poids (kg)').fill('48,5');
    await page.waitForTimeout(300);
    await screenshot(page, 'sales-09-delivery-dialog');
    await dialog.getByRole('button', { name: 'Créer le bon de livraison' }).click();
    await page.getByRole('heading', { level: 2, name: 'Bon de livraison (brouillon)' }).waitFor();

    await page.getByRole('button', { name: 'Valider', exact: true }).click();
    await page.getByRole('dialog').getByText('les articles sortent du stock').waitFor();
    await confirmDialog(page, 'Valider');
    const heading = page.getByRole('heading', { level: 2, name: /^Bon de livraison BL-2026-\d{4}$/ });
    await heading.waitFor();
    deliveryNoteUrl = page.url();
    await screenshot(page, 'sales-10-delivery-note-validated');

    await page.getByRole('navigation', { name: 'Chaîne de la vente' }).getByRole('link', { name: orderNumber }).click();
    await page.getByRole('heading', { level: 2, name: `Commande ${orderNumber}` }).waitFor();
    await page.getByText('Partiellement livrée').first().waitFor();
    await page.getByText('Reliquat à livrer').first().waitFor();
    const deskRow = page.locator('tr', { hasText: desk.reference }).first();
    await waitForText(deskRow, 'Reliquat à livrer');
    await screenshot(page, 'sales-11-order-backorder');
  });

  it('invoices the delivery note and validates the invoice (with the frozen-invoice warning)', async () => {
    const { page } = browser;
    await page.goto(deliveryNoteUrl);
    await page.getByRole('button', { name: 'Facturer', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Facture (brouillon)' }).waitFor();
    await page.getByText('PO-NAV-4217').waitFor();
    await screenshot(page, 'sales-12-invoice-draft');

    await page.getByRole('button', { name: 'Valider', exact: true }).click();
    await page.getByRole('dialog').getByText('une facture validée ne pourra plus être modifiée', { exact: false }).waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'sales-13-invoice-validate-confirm');
    await confirmDialog(page, 'Valider');
    const heading = page.getByRole('heading', { level: 2, name: /^Facture FA-2026-\d{4}$/ });
    await heading.waitFor();
    invoiceNumber = (await heading.innerText()).replace('Facture ', '');
    invoiceUrl = page.url();
    await page.getByText("Date d'échéance").waitFor();
    await screenshot(page, 'sales-14-invoice-validated');
    await expectNoSeriousA11yViolation(page, 'invoice show');

    // The PDF comes with the bearer token; a missing endpoint would only show a French notification.
    const popup = page.waitForEvent('popup', { timeout: 15_000 });
    await page.getByRole('button', { name: 'Aperçu PDF' }).click();
    const preview = await popup;
    await preview.waitForURL(/^blob:/, { timeout: 15_000 }).catch(() => undefined);
    if (!preview.isClosed()) {
      expect(preview.url()).toMatch(/^blob:/);
      await preview.close();
    } else {
      await page.getByText("Le PDF de ce document n'est pas encore disponible sur ce serveur.").waitFor();
    }
    const download = page.waitForEvent('download', { timeout: 15_000 }).catch(() => null);
    await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
    const file = await download;
    if (file) expect(file.suggestedFilename()).toBe(`${invoiceNumber}.pdf`);
    else await page.getByText("Le PDF de ce document n'est pas encore disponible sur ce serveur.").waitFor();
  });

  it('sends the invoice by e-mail and reads it back in "Messagerie"', async () => {
    const { page } = browser;
    await page.goto(invoiceUrl);
    await page.getByRole('heading', { level: 2, name: `Facture ${invoiceNumber}` }).waitFor();
    await waitForText(page.getByRole('region', { name: 'Envois' }), 'Pas encore envoyé');
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Envoyer : Facture ${invoiceNumber}` });
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: 'E-mail avec le PDF en pièce jointe' }).isChecked()).toBe(true);
    await dialog.getByRole('group', { name: 'Destinataire' }).getByRole('radio').first().waitFor();

    // "Autre adresse" wants an address.
    await dialog.getByRole('radio', { name: 'Autre adresse' }).check();
    await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await dialog.getByText('Champ obligatoire').waitFor();

    const contacts = await list('contacts', { thirdPartyId: client.id });
    const withEmail = contacts.filter((c: any) => !!c.email);
    const contact = withEmail.find((c: any) => c.preferredChannel === 'email') ?? withEmail[0];
    let to = 'compta@client-navarre.example';
    if (contact) {
      to = contact.email;
      await dialog.getByRole('radio', { name: new RegExp(to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).check();
    } else {
      await dialog.getByRole('textbox', { name: /Adresse e-mail du destinataire/ }).fill(to);
    }
    // Subject and message left empty: the server writes them in the client's language.
    expect(await dialog.getByRole('textbox', { name: 'Objet' }).getAttribute('placeholder')).toContain('le logiciel rédige un objet standard en français');
    await page.waitForTimeout(300);
    await screenshot(page, 'sales-send-01-dialog');
    await expectNoSeriousA11yViolation(page, 'send dialog');
    await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await page.getByText(`Document envoyé à ${to} (boîte d'envoi)`).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const sends = page.getByRole('region', { name: 'Envois' });
    await waitForText(sends, 'E-mail');
    await waitForText(sends, to);
    await screenshot(page, 'sales-send-02-invoice-sent');

    // The outbox lists it, with the invoice number as a link and its attachment.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Messagerie' }).click();
    await page.getByRole('tab', { name: /^Envoyés \(\d+\)$/, selected: true }).waitFor();
    const row = page.locator('table tbody tr', { hasText: invoiceNumber }).first();
    await row.getByRole('link', { name: invoiceNumber, exact: true }).waitFor();
    await waitForText(row, to);
    await waitForText(row, 'E-mail');
    await screenshot(page, 'sales-send-03-outbox');

    await page.getByRole('tab', { name: /^Reçus/ }).click();
    await page.getByText("Aucun message reçu pour l'instant").waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'sales-send-04-inbox-empty');
    await page.getByRole('tab', { name: /^Envoyés/ }).click();
    await page.locator('table tbody tr', { hasText: invoiceNumber }).first().getByRole('link').first().click();

    // The message itself: envelope, text, and the PDF opened with the bearer token.
    const attachment = page.getByRole('link', { name: `${invoiceNumber}.pdf` });
    await attachment.waitFor();
    expect(await page.getByRole('link', { name: /^FA-2026-\d{4}\.pdf$/ }).count()).toBe(1);
    const main = page.locator('main');
    await waitForText(main, to);
    await waitForText(main, invoiceNumber);
    await waitForText(main, 'Envoyé par');
    await waitForText(main, 'Chloé Ventes');
    const body = normalise(await main.locator('p.MuiTypography-root', { hasText: invoiceNumber }).last().innerText());
    expect(body.split('\n').length).toBeGreaterThan(2);
    await screenshot(page, 'sales-send-05-message');
    await expectNoSeriousA11yViolation(page, 'message show');
    const popup = page.waitForEvent('popup', { timeout: 15_000 });
    await attachment.click();
    const preview = await popup;
    await preview.waitForURL(/^blob:/, { timeout: 15_000 });
    await preview.close();

    // Back to the invoice through the message's document link.
    await page.getByRole('link', { name: invoiceNumber, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: `Facture ${invoiceNumber}` }).waitFor();
  });

  it('credits part of the invoice and validates the credit note', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Créer un avoir' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Partiel : par ligne et quantité' }).check();
    await dialog.getByRole('textbox', { name: 'Quantité à créditer, ligne 1' }).fill('1');
    // The reason is mandatory.
    await dialog.getByRole('button', { name: "Créer l'avoir" }).click();
    await dialog.getByText('Champ obligatoire').waitFor();
    await dialog.getByLabel('Motif').fill('Bureau livré rayé, repris par le transporteur');
    await dialog.getByRole('checkbox', { name: /Remettre les articles en stock/ }).check();
    await page.waitForTimeout(300);
    await screenshot(page, 'sales-15-credit-dialog');
    await dialog.getByRole('button', { name: "Créer l'avoir" }).click();
    await page.getByRole('heading', { level: 2, name: 'Avoir (brouillon)' }).waitFor();

    await page.getByRole('button', { name: 'Valider', exact: true }).click();
    await confirmDialog(page, 'Valider');
    const heading = page.getByRole('heading', { level: 2, name: /^Avoir AV-2026-\d{4}$/ });
    await heading.waitFor();
    const chain = page.getByRole('navigation', { name: 'Chaîne de la vente' });
    await chain.getByRole('link', { name: invoiceNumber }).waitFor();
    await chain.getByRole('link', { name: quoteNumber }).waitFor();
    await screenshot(page, 'sales-16-credit-note-validated');
  });

  it('shows the three-way control of the order', async () => {
    const { page } = browser;
    await page.goto(orderUrl);
    await page.getByRole('tab', { name: 'Contrôle des documents' }).click();
    await page.getByRole('heading', { level: 3, name: 'Contrôle des documents de la vente' }).waitFor();
    await page.locator('table').filter({ hasText: desk.reference }).first().waitFor({ timeout: 10_000 });
    await page.getByText('Aucune anomalie', { exact: false }).waitFor();
    await screenshot(page, 'sales-17-order-control');
  });

  it('shows a planted anomaly of the scenario history in the three-way control', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/orders`);
    await page.getByLabel('Rechercher').fill('CMD-2026-0003');
    // The search is applied after a debounce and written into the URL: wait for it, or its late
    // navigation back to the filtered list would take the order page away after the click.
    await page.waitForURL((url) => decodeURIComponent(url.search).includes('CMD-2026-0003'));
    await page.getByRole('cell', { name: 'CMD-2026-0003' }).click();
    await page.getByRole('heading', { level: 2, name: 'Commande CMD-2026-0003' }).waitFor();
    await page.getByRole('tab', { name: 'Contrôle des documents' }).click();
    // Seeded: 4 ordered, 3 delivered, 4 invoiced (FA-2026-0003).
    await page.getByText('Facturé 4, livré 3 seulement', { exact: false }).first().waitFor();
    await screenshot(page, 'sales-18-planted-anomaly');
  });
});
