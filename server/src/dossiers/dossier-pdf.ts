import { ParseSpeeds, PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { summarizeChecks, type CheckResult } from '../checks/index.js';
import { formatCents } from '../common/money/money.js';
import { COLORS, CONTENT_WIDTH, PAGE } from '../documents/pdf/blocks/layout.js';
import { FONT_BOLD, FONT_REGULAR } from '../documents/pdf/fonts.js';
import { renderPdf } from '../documents/pdf/pdf-document.js';
import { renderDocumentPdf } from '../documents/pdf/pdf-renderer.js';
import { renderReminderPdf } from '../documents/pdf/reminder-pdf.js';
import { DossierCover, parisShort, scenarioDateTime } from './dossier-cover.js';
import type { DossierData, DossierProduction } from './dossier-data.js';

export interface DossierInput {
  cover: DossierCover;
  data: DossierData;
  /** null: the scenario checks could not be evaluated (the section says so). */
  checks: CheckResult[] | null;
  /** Creation date written in the productions' PDFs (the scenario clock). */
  creationDate: Date;
}

interface TocEntry {
  level: 0 | 1;
  title: string;
  page: number | null;
}

/** Parse in one go: this runs in a worker thread, yielding to its event loop buys nothing. */
const LOAD = { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest };

const LEFT = PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin - 12;
const TOC_ROW = 15;
const TOC_FIRST_TOP = 112;
const TOC_TOP = PAGE.margin + 10;
const TOC_BOTTOM = PAGE.height - PAGE.margin - 20;
const TOC_FIRST_ROWS = Math.floor((TOC_BOTTOM - TOC_FIRST_TOP) / TOC_ROW);
const TOC_ROWS = Math.floor((TOC_BOTTOM - TOC_TOP) / TOC_ROW);

const KIND_LABELS: Record<string, string> = {
  quote: 'Devis', order: 'Commande', 'delivery-note': 'Bon de livraison', invoice: 'Facture', 'deposit-invoice': 'Facture d’acompte', 'credit-note': 'Avoir',
};
const STATUS_LABELS: Record<string, string> = {
  draft: 'brouillon', validated: 'validé', sent: 'envoyé', accepted: 'accepté', refused: 'refusé', cancelled: 'annulé',
  partially_delivered: 'livré en partie', delivered: 'livré',
};
/** Orders and invoices are feminine in French. */
const FEMININE_KINDS = new Set(['order', 'invoice', 'deposit-invoice']);
const FEMININE_STATUS_LABELS: Record<string, string> = { validated: 'validée', cancelled: 'annulée', partially_delivered: 'livrée en partie', delivered: 'livrée' };
const REMINDER_LABELS: Record<string, string> = { email: 'Relance par e-mail', letter: 'Lettre de relance', formal_notice: 'Mise en demeure' };
const CHANNEL_LABELS: Record<string, string> = { email: 'e-mail', post: 'courrier', hand: 'remis en main propre', platform: 'plateforme' };
const INTERACTION_LABELS: Record<string, string> = { call: 'Appel', email: 'E-mail', meeting: 'Rendez-vous', visit: 'Visite', note: 'Note' };
const OUTCOME_LABELS: Record<string, string> = {
  promise_to_pay: 'promesse de règlement', no_answer: 'pas de réponse', callback: 'à rappeler', dispute: 'litige', refusal: 'refus', done: 'fait',
};
const ACTION_LABELS: Record<string, string> = {
  create: 'Création', update: 'Modification', delete: 'Suppression', validate: 'Validation', send: 'Envoi', sent: 'Envoi', cancel: 'Annulation',
  accept: 'Acceptation', accepted: 'Acceptation', refuse: 'Refus', refused: 'Refus', duplicate: 'Duplication', 'convert-from-quote': 'Transformation du devis', 'convert-to-client': 'Passage en client',
  credit: 'Avoir', credit_check: 'Contrôle d’encours', request: 'Demande', decide: 'Décision', litigation: 'Contentieux', reset: 'Réinitialisation',
  unlock: 'Déverrouillage', lock: 'Verrouillage',
};
const RESOURCE_LABELS: Record<string, string> = {
  quotes: 'devis', orders: 'commande', 'delivery-notes': 'bon de livraison', invoices: 'facture', 'credit-notes': 'avoir', 'third-parties': 'tiers',
  contacts: 'contact', products: 'article', 'product-families': 'famille d’articles', 'stock-movements': 'mouvement de stock', messages: 'message',
  payments: 'règlement', reminders: 'relance', interactions: 'entrée CRM', 'payment-plans': 'échéancier', statements: 'relevé de compte',
  'credit-approvals': 'accord d’encours', company: 'société', sandbox: 'espace',
};

/** Section titles, in dossier order. */
const SECTIONS = { emails: 'E-mails et envois', crm: 'Entrées CRM', checks: 'Contrôles du scénario', journal: 'Journal d’activité' } as const;

/**
 * The dossier: cover, table of contents (with page numbers), every production as its real PDF,
 * then the outbox, the CRM entries, the scenario checks and the journal with its chain verification.
 * pdfkit draws the cover and the text sections; pdf-lib merges the pages and numbers them all.
 */
export async function renderDossierPdf(input: DossierInput): Promise<Buffer> {
  const { cover, data, checks, creationDate } = input;
  const out = await PDFDocument.create({ updateMetadata: false });

  // Productions first, each copied in as soon as it is rendered (its source is then dropped, so that
  // memory holds the growing dossier and one document, not every document at once).
  const productions: { title: string; pages: number; error?: string }[] = [];
  for (const production of data.productions) {
    const title = productionTitle(production);
    try {
      const source = await PDFDocument.load(await productionPdf(production, creationDate), LOAD);
      for (const page of await out.copyPages(source, source.getPageIndices())) out.addPage(page);
      productions.push({ title, pages: source.getPageCount() });
    } catch (error) {
      productions.push({ title, pages: 0, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const failures = productions.filter((p) => p.error).map((p) => `${p.title} : ${p.error}`);
  const sections = await renderSections(data, checks, cover, failures);
  const sectionsDoc = await PDFDocument.load(sections.pdf, LOAD);
  for (const page of await out.copyPages(sectionsDoc, sectionsDoc.getPageIndices())) out.addPage(page);

  // Page numbers: the cover is page 1, the table of contents follows, then the productions, then the sections.
  const entryCount = 1 + productions.length + 4;
  const tocPages = entryCount <= TOC_FIRST_ROWS ? 1 : 1 + Math.ceil((entryCount - TOC_FIRST_ROWS) / TOC_ROWS);
  let page = 2 + tocPages;
  const toc: TocEntry[] = [{ level: 0, title: `Productions du candidat (${productions.length})`, page: productions.some((p) => p.pages) ? page : null }];
  for (const p of productions) {
    toc.push({ level: 1, title: p.error ? `${p.title} — impression impossible` : p.title, page: p.pages ? page : null });
    page += p.pages;
  }
  toc.push({ level: 0, title: `${SECTIONS.emails} (${data.emails.length})`, page: page + sections.starts.emails });
  toc.push({ level: 0, title: `${SECTIONS.crm} (${data.crm.length})`, page: page + sections.starts.crm });
  toc.push({ level: 0, title: SECTIONS.checks, page: page + sections.starts.checks });
  toc.push({ level: 0, title: `${SECTIONS.journal} (${data.journal.length} entrées)`, page: page + sections.starts.journal });
  const total = page + sectionsDoc.getPageCount() - 1;

  // Then the cover and the table of contents, inserted in front.
  const front = await PDFDocument.load(await renderFront(cover, toc, tocPages), LOAD);
  if (front.getPageCount() !== 1 + tocPages) throw new Error(`dossier: expected ${1 + tocPages} front pages, got ${front.getPageCount()}`);
  (await out.copyPages(front, front.getPageIndices())).forEach((p, i) => out.insertPage(i, p));
  if (out.getPageCount() !== total) throw new Error(`dossier: expected ${total} pages, got ${out.getPageCount()}`);

  out.setTitle(`${cover.title} ${cover.reference}`);
  out.setCreator('Comptoir');
  out.setProducer('Comptoir (pdfkit, pdf-lib)');
  out.setLanguage('fr-FR');
  out.setCreationDate(new Date());
  const font = await out.embedFont(StandardFonts.Helvetica);
  const reference = winAnsi(cover.reference);
  out.getPages().forEach((p, i) => {
    const text = `Comptoir - dossier ${reference} - page ${i + 1} / ${total}`;
    const size = 6.5;
    p.drawText(text, { x: p.getWidth() - PAGE.margin - font.widthOfTextAtSize(text, size), y: 14, size, font, color: rgb(0.36, 0.4, 0.45) });
  });
  return Buffer.from(await out.save({ objectsPerTick: Infinity }));
}

function productionPdf(p: DossierProduction, creationDate: Date): Promise<Uint8Array> {
  switch (p.kind) {
    case 'document':
      return renderDocumentPdf(p.model, { creationDate });
    case 'reminder':
      return renderReminderPdf(p.model, { creationDate });
    case 'statement':
      return Promise.resolve(p.pdf);
  }
}

export function productionTitle(p: DossierProduction): string {
  switch (p.kind) {
    case 'document': {
      const m = p.model;
      const number = m.number ?? `(brouillon n° ${p.id})`;
      const status = (FEMININE_KINDS.has(m.kind) ? FEMININE_STATUS_LABELS[m.status] : undefined) ?? STATUS_LABELS[m.status] ?? m.status;
      return `${KIND_LABELS[m.kind] ?? m.kind} ${number} — ${m.buyer.name} — ${scenarioDateTime(m.date)} — ${status}`;
    }
    case 'reminder':
      return `${REMINDER_LABELS[p.model.kind] ?? 'Relance'} (niveau ${p.model.level}) — ${p.clientName} — ${scenarioDateTime(p.model.date)}`;
    case 'statement':
      return `Relevé de compte envoyé — ${p.title} — ${scenarioDateTime(p.sentAt)}`;
  }
}

/** pdf-lib's standard Helvetica writes WinAnsi only: accents dropped, anything else replaced. */
function winAnsi(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '?');
}

function font(doc: PDFKit.PDFDocument, bold: boolean, size: number, color: string = COLORS.text): PDFKit.PDFDocument {
  return doc.font(bold ? FONT_BOLD : FONT_REGULAR).fontSize(size).fillColor(color);
}

/** The longest start of `text` that fits in `width` at the current font, with an ellipsis when cut. */
function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${text.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

function frontSetup(cover: DossierCover, what: string) {
  return { language: 'fr' as const, title: `${cover.title} ${cover.reference} - ${what}`, author: 'Comptoir' };
}

/** Cover (page 1) and table of contents (exactly tocPages pages). */
function renderFront(cover: DossierCover, toc: TocEntry[], tocPages: number): Promise<Buffer> {
  return renderPdf(frontSetup(cover, 'couverture'), (doc) => {
    font(doc, false, 9, COLORS.muted).text('Comptoir — épreuve pratique', LEFT, 60);
    font(doc, true, 24, COLORS.accent).text(cover.title, LEFT, 90, { width: CONTENT_WIDTH });
    let y = 150;
    const keyWidth = 150;
    for (const [key, value] of cover.rows) {
      font(doc, true, 10, COLORS.muted);
      doc.text(key, LEFT, y, { width: keyWidth - 10 });
      font(doc, false, 11);
      const h = doc.heightOfString(value, { width: CONTENT_WIDTH - keyWidth });
      doc.text(value, LEFT + keyWidth, y, { width: CONTENT_WIDTH - keyWidth });
      y += Math.max(h, 14) + 10;
    }
    y += 14;
    doc.rect(LEFT, y, CONTENT_WIDTH, 70).fillColor(COLORS.box).fill();
    font(doc, true, 10, COLORS.accent).text('Empreinte de l’espace noté (SHA-256)', LEFT + 12, y + 10, { width: CONTENT_WIDTH - 24 });
    font(doc, false, 8.5).text(cover.fingerprint, LEFT + 12, y + 27, { width: CONTENT_WIDTH - 24, characterSpacing: 0.3 });
    font(doc, false, 8, COLORS.muted).text(cover.fingerprintNote, LEFT + 12, y + 44, { width: CONTENT_WIDTH - 24 });
    font(doc, false, 8, COLORS.muted).text(`Dossier généré le ${cover.generatedAt} (heure de Paris).`, LEFT, PAGE.height - PAGE.margin - 40, { width: CONTENT_WIDTH });

    let index = 0;
    for (let p = 0; p < tocPages; p++) {
      doc.addPage();
      let top = TOC_TOP;
      let rows = TOC_ROWS;
      if (p === 0) {
        font(doc, true, 18, COLORS.accent).text('Sommaire', LEFT, 60);
        top = TOC_FIRST_TOP;
        rows = TOC_FIRST_ROWS;
      }
      for (let r = 0; r < rows && index < toc.length; r++, index++) {
        const entry = toc[index];
        const y = top + r * TOC_ROW;
        const indent = entry.level ? 16 : 0;
        const pageText = entry.page === null ? '—' : String(entry.page);
        font(doc, entry.level === 0, entry.level ? 9 : 10);
        doc.text(pageText, LEFT + CONTENT_WIDTH - 40, y, { width: 40, align: 'right', lineBreak: false });
        doc.text(fit(doc, entry.title, CONTENT_WIDTH - indent - 56), LEFT + indent, y, { lineBreak: false });
      }
    }
  });
}

interface Sections {
  pdf: Buffer;
  /** 0-based page of each section inside `pdf`. */
  starts: Record<keyof typeof SECTIONS, number>;
}

/** The text sections, each starting on a new page. */
async function renderSections(data: DossierData, checks: CheckResult[] | null, cover: DossierCover, failures: string[]): Promise<Sections> {
  const starts = { emails: 0, crm: 0, checks: 0, journal: 0 };
  const pdf = await renderPdf(frontSetup(cover, 'annexes'), (doc) => {
    const current = () => doc.bufferedPageRange().count - 1;
    const ensure = (height: number) => {
      if (doc.y + height > BOTTOM) doc.addPage();
    };
    const title = (text: string) => {
      font(doc, true, 16, COLORS.accent).text(text, LEFT, PAGE.margin + 10, { width: CONTENT_WIDTH });
      doc.moveDown(0.8);
    };
    const paragraph = (text: string, bold = false, size = 9, color: string = COLORS.text) => {
      font(doc, bold, size, color);
      ensure(Math.min(doc.heightOfString(text, { width: CONTENT_WIDTH }), 60));
      doc.text(text, LEFT, doc.y, { width: CONTENT_WIDTH });
    };
    const rule = () => {
      doc.moveDown(0.4);
      doc.moveTo(LEFT, doc.y).lineTo(LEFT + CONTENT_WIDTH, doc.y).lineWidth(0.4).strokeColor(COLORS.rule).stroke();
      doc.moveDown(0.6);
    };

    // Outbox.
    starts.emails = current();
    title(SECTIONS.emails);
    if (!data.emails.length) paragraph('Aucun e-mail ni envoi.', false, 9, COLORS.muted);
    for (const m of data.emails) {
      ensure(60);
      paragraph(`${scenarioDateTime(m.sentAt)} — ${CHANNEL_LABELS[m.channel] ?? m.channel}${m.to ? ` — À : ${m.to}` : ''}`, true, 9);
      paragraph(`Objet : ${m.subject}`, true, 9);
      if (m.attachments.length) paragraph(`Pièces jointes : ${m.attachments.join(', ')}`, false, 8.5, COLORS.muted);
      doc.moveDown(0.3);
      paragraph(m.body || '(message vide)', false, 8.5);
      rule();
    }
    if (failures.length) {
      doc.moveDown(0.5);
      paragraph('Productions qui n’ont pas pu être imprimées', true, 10, COLORS.accent);
      for (const f of failures) paragraph(`• ${f}`, false, 8.5);
    }

    // CRM entries.
    doc.addPage();
    starts.crm = current();
    title(SECTIONS.crm);
    if (!data.crm.length) paragraph('Aucune entrée CRM.', false, 9, COLORS.muted);
    for (const c of data.crm) {
      ensure(40);
      paragraph(`${scenarioDateTime(c.at)} — ${INTERACTION_LABELS[c.kind] ?? c.kind} — ${c.thirdParty}`, true, 9);
      paragraph(`Objet : ${c.subject}`, false, 9);
      if (c.outcome) {
        const promise = c.promisedDate ? ` le ${scenarioDateTime(c.promisedDate)}${c.promisedAmountCents !== null ? ` (${formatCents(c.promisedAmountCents)})` : ''}` : '';
        paragraph(`Résultat : ${OUTCOME_LABELS[c.outcome] ?? c.outcome}${promise}`, false, 9);
      }
      if (c.notes) paragraph(c.notes, false, 8.5, COLORS.muted);
      rule();
    }

    // Scenario checks.
    doc.addPage();
    starts.checks = current();
    title(SECTIONS.checks);
    if (checks === null) {
      paragraph('Contrôles du scénario : non disponibles.', false, 9, COLORS.muted);
    } else if (!checks.length) {
      paragraph('Le scénario ne déclare aucun contrôle.', false, 9, COLORS.muted);
    } else {
      const summary = summarizeChecks(checks);
      const points = summary.points.max ? ` — ${summary.points.earned} point${summary.points.earned > 1 ? 's' : ''} sur ${summary.points.max}` : '';
      paragraph(`${summary.passed} contrôle${summary.passed > 1 ? 's' : ''} réussi${summary.passed > 1 ? 's' : ''} sur ${summary.total}${points}.`, true, 10);
      doc.moveDown(0.5);
      for (const c of checks) {
        ensure(36);
        const y = doc.y;
        font(doc, true, 9, c.passed ? '#1e7b34' : '#b42318');
        doc.text(c.passed ? '✔ Réussi' : '✘ Non réussi', LEFT, y, { width: 80, lineBreak: false });
        font(doc, true, 9).text(c.label, LEFT + 80, y, { width: CONTENT_WIDTH - 80 });
        font(doc, false, 8.5, COLORS.muted).text(`Critère ${c.criterion} — contrôle ${c.id}${c.points !== null ? ` — ${c.points} pt` : ''}`, LEFT + 80, doc.y, { width: CONTENT_WIDTH - 80 });
        if (c.evidence) font(doc, false, 8.5).text(`Preuve : ${c.evidence}`, LEFT + 80, doc.y, { width: CONTENT_WIDTH - 80 });
        if (c.details) font(doc, false, 8.5, COLORS.muted).text(c.details, LEFT + 80, doc.y, { width: CONTENT_WIDTH - 80 });
        doc.moveDown(0.5);
      }
    }

    // Journal, with its verification.
    doc.addPage();
    starts.journal = current();
    title(SECTIONS.journal);
    const chain = data.chain;
    if (chain.ok) {
      paragraph(`Vérification de la chaîne : intègre. Les ${chain.count} entrées du journal sont chaînées (SHA-256) sans rupture.`, true, 9.5, '#1e7b34');
    } else {
      paragraph(`Vérification de la chaîne : ROMPUE à l’entrée n° ${chain.brokenAtId} (sur ${chain.count}) : le journal a été modifié en dehors de l’application.`, true, 9.5, '#b42318');
    }
    doc.moveDown(0.6);
    const cols = [
      { title: 'N°', width: 28 },
      { title: 'Scénario', width: 72 },
      { title: 'Réel (Paris)', width: 84 },
      { title: 'Utilisateur', width: 70 },
      { title: 'Action', width: CONTENT_WIDTH - 28 - 72 - 84 - 70 },
    ];
    const header = () => {
      let x = LEFT;
      font(doc, true, 7.5, COLORS.muted);
      const y = doc.y;
      for (const c of cols) {
        doc.text(c.title, x + 2, y, { width: c.width - 4, lineBreak: false });
        x += c.width;
      }
      doc.y = y + 11;
      doc.moveTo(LEFT, doc.y).lineTo(LEFT + CONTENT_WIDTH, doc.y).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
      doc.y += 3;
    };
    header();
    for (const e of data.journal) {
      const action = `${ACTION_LABELS[e.action] ?? e.action} · ${RESOURCE_LABELS[e.resource] ?? e.resource}${e.label ? ` — ${e.label}` : e.recordId ? ` n° ${e.recordId}` : ''}`;
      const cells = [String(e.id), scenarioDateTime(e.scenarioAt), parisShort(e.at), `${e.username}${e.role !== 'candidate' ? ` (${e.role})` : ''}`, action];
      font(doc, false, 7.5);
      const height = Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: cols[i].width - 4 }))) + 3;
      if (doc.y + height > BOTTOM) {
        doc.addPage();
        doc.y = PAGE.margin + 10;
        header();
      }
      const y = doc.y;
      let x = LEFT;
      cells.forEach((text, i) => {
        font(doc, false, 7.5);
        doc.text(text, x + 2, y, { width: cols[i].width - 4 });
        x += cols[i].width;
      });
      doc.y = y + height;
    }
    if (!data.journal.length) paragraph('Journal vide.', false, 9, COLORS.muted);
  });
  return { pdf, starts };
}
