/**
 * Login cards: A4 pages of 8 cards (2 × 4) with dashed cut lines, one per candidate, to hand out in
 * the exam room. Pure: a model in, the PDF out (renderPdf: PDF/A, DejaVu fonts embedded). The
 * username and password are set in DejaVu Sans Mono Bold, large: with the generated alphabet (no
 * 0/o, 1/l/i) and the dashes between groups of four, nothing can be misread.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { renderPdf } from '../documents/pdf/pdf-document.js';
import { DEFAULT_FONTS_DIR, FONT_BOLD, FONT_REGULAR } from '../documents/pdf/fonts.js';
import { COLORS, PAGE } from '../documents/pdf/blocks/layout.js';

export interface LoginCard {
  /** The candidate's name, or "Candidat n° …" in an anonymous session. */
  title: string;
  candidateNumber: string;
  username: string;
  password: string;
}

export interface LoginCardsModel {
  sessionName: string;
  scenarioTitle: string;
  /** "lundi 16 mars 2026 à 08:30" */
  startsAt: string;
  /** Where candidates open the application, when known. */
  appUrl: string | null;
  cards: LoginCard[];
}

export const RECORDING_NOTICE = "Vos actions dans l'application sont enregistrées dans un journal d'activité consultable par le jury.";

const COLUMNS = 2;
const ROWS = 4;
export const CARDS_PER_PAGE = COLUMNS * ROWS;
/** Unprintable border of office printers. */
const OUTER = 18;
const PAD = 14;
const CARD_W = (PAGE.width - 2 * OUTER) / COLUMNS;
const CARD_H = (PAGE.height - 2 * OUTER) / ROWS;
const FONT_MONO = 'MonoBold';

let mono: fontkit.Font | null = null;
function monoFont(): fontkit.Font {
  // Parsed once per process, like the other fonts (fonts.ts).
  mono ??= fontkit.create(fs.readFileSync(path.join(DEFAULT_FONTS_DIR, 'DejaVuSansMono-Bold.ttf')));
  return mono;
}

/** "lundi 16 mars 2026 à 08:30", in Paris time whatever the server's zone. */
export function frenchStart(iso: string): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  const time = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  return `${day} à ${time}`;
}

export function renderLoginCards(model: LoginCardsModel, creationDate?: Date): Promise<Buffer> {
  return renderPdf({ language: 'fr', title: `Cartes de connexion — ${model.sessionName}`, author: 'Comptoir', creationDate }, (doc) => {
    doc.registerFont(FONT_MONO, monoFont() as unknown as string);
    model.cards.forEach((card, i) => {
      const slot = i % CARDS_PER_PAGE;
      if (slot === 0) {
        if (i > 0) doc.addPage({ size: 'A4', margin: 0 });
        // Absolute layout to the page edge: no automatic page break.
        doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
        cutLines(doc, Math.min(CARDS_PER_PAGE, model.cards.length - i));
      }
      const x = OUTER + (slot % COLUMNS) * CARD_W;
      const y = OUTER + Math.floor(slot / COLUMNS) * CARD_H;
      drawCard(doc, model, card, x, y);
    });
  });
}

/** Dashed lines around and between the cards of a page (only the rows in use). */
function cutLines(doc: PDFKit.PDFDocument, count: number): void {
  const rows = Math.ceil(count / COLUMNS);
  const bottom = OUTER + rows * CARD_H;
  doc.save().lineWidth(0.5).strokeColor(COLORS.watermark).dash(3, { space: 3 });
  for (let r = 0; r <= rows; r++) doc.moveTo(OUTER, OUTER + r * CARD_H).lineTo(PAGE.width - OUTER, OUTER + r * CARD_H).stroke();
  for (let c = 0; c <= COLUMNS; c++) doc.moveTo(OUTER + c * CARD_W, OUTER).lineTo(OUTER + c * CARD_W, bottom).stroke();
  doc.undash().restore();
}

function drawCard(doc: PDFKit.PDFDocument, model: LoginCardsModel, card: LoginCard, x0: number, y0: number): void {
  const x = x0 + PAD;
  const width = CARD_W - 2 * PAD;
  let y = y0 + PAD - 2;

  const line = (text: string, font: string, size: number, color: string, gap: number, options: PDFKit.Mixins.TextOptions = {}) => {
    doc.font(font).fontSize(size).fillColor(color);
    doc.text(fit(doc, text, width, options.characterSpacing ?? 0), x, y, { width, lineBreak: false, ...options });
    y += gap;
  };
  /** Credentials are never shortened: a long one is set smaller instead. */
  const credential = (text: string, size: number, gap: number, spacing: number) => {
    doc.font(FONT_MONO).fillColor(COLORS.text);
    let s = size;
    while (s > 6 && doc.fontSize(s).widthOfString(text) + spacing * text.length > width) s -= 0.5;
    doc.text(text, x, y + (size - s) / 2, { width, lineBreak: false, characterSpacing: spacing });
    y += gap;
  };

  line('CARTE DE CONNEXION', FONT_BOLD, 6.5, COLORS.accent, 10, { characterSpacing: 0.6 });
  // The session name may take two lines; the candidate's name is set smaller rather than cut.
  doc.font(FONT_BOLD).fontSize(10).fillColor(COLORS.text);
  const twoLines = doc.heightOfString(model.sessionName, { width }) > 14;
  doc.text(model.sessionName, x, y, { width, height: twoLines ? 25 : 13, ellipsis: true, lineGap: 0 });
  y += twoLines ? 25 : 13;
  line(model.scenarioTitle, FONT_REGULAR, 7.5, COLORS.muted, 13);
  doc.moveTo(x, y).lineTo(x + width, y).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
  y += 6;
  let titleSize = 11.5;
  while (titleSize > 8 && doc.font(FONT_BOLD).fontSize(titleSize).widthOfString(card.title) > width) titleSize -= 0.5;
  line(card.title, FONT_BOLD, titleSize, COLORS.text, 15);
  line(`N° de candidat : ${card.candidateNumber}`, FONT_REGULAR, 8, COLORS.text, 14);

  // The credentials, in a light box.
  const boxTop = y;
  const boxH = 60;
  doc.save().roundedRect(x - 4, boxTop - 3, width + 8, boxH, 3).fillColor(COLORS.box).fill().restore();
  y = boxTop + 1;
  line('Identifiant', FONT_REGULAR, 6.8, COLORS.muted, 8.5);
  credential(card.username, 12, 17, 0);
  line('Mot de passe (tirets compris)', FONT_REGULAR, 6.8, COLORS.muted, 8.5);
  credential(card.password, 14, 0, 1);
  y = boxTop + boxH + 4;

  line(`Début : ${model.startsAt}`, FONT_BOLD, 8, COLORS.text, 11);
  if (model.appUrl) line(`Adresse : ${model.appUrl}`, FONT_REGULAR, 7.5, COLORS.text, 11);
  doc.font(FONT_REGULAR).fontSize(6.4).fillColor(COLORS.muted);
  doc.text(`${RECORDING_NOTICE} Ne communiquez pas votre mot de passe.`, x, y, { width, height: y0 + CARD_H - y - 4, lineGap: 0.5 });
}

/** The text, shortened with "…" to hold on one line of `width` at the current font. */
function fit(doc: PDFKit.PDFDocument, text: string, width: number, spacing: number): string {
  const measure = (t: string) => doc.widthOfString(t) + spacing * t.length;
  if (measure(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
