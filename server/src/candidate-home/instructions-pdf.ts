import { COLORS, CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH, FONT, PAGE } from '../documents/pdf/blocks/layout.js';
import { renderPdf } from '../documents/pdf/pdf-document.js';
import { InlineRun, MarkdownBlock, parseMarkdown, plain } from './markdown.js';

export interface InstructionsPdfInput {
  scenarioTitle: string;
  companyName: string;
  /** Markdown; null when the scenario has none. */
  instructions: string | null;
  /** "Candidat 001 — Session de mars", printed in the footer when known. */
  candidateLine?: string | null;
  creationDate?: Date;
}

const BODY = 10;
const LINE_GAP = 2.5;
const BOTTOM = 58;
const HEADING_SIZE = { 1: 16, 2: 12.5, 3: 11 } as const;

/** The candidate's instructions (consignes) as an A4 PDF: the scenario's Markdown, headings, lists and bold. */
export function renderInstructionsPdf(input: InstructionsPdfInput): Promise<Buffer> {
  const blocks = input.instructions ? parseMarkdown(input.instructions) : [];
  return renderPdf({ language: 'fr', title: `Consignes — ${input.scenarioTitle}`, author: input.companyName, creationDate: input.creationDate }, (doc) => {
    // Room for the footer on every page, the first included.
    doc.page.margins.bottom = BOTTOM;
    doc.on('pageAdded', () => {
      doc.page.margins.bottom = BOTTOM;
    });
    const bottom = () => PAGE.height - BOTTOM;

    doc.font(FONT.bold).fontSize(8.5).fillColor(COLORS.muted).text(`${input.companyName} — consignes de l'épreuve`.toUpperCase(), CONTENT_LEFT, PAGE.margin, { width: CONTENT_WIDTH, characterSpacing: 0.4 });
    doc.moveDown(0.8);

    if (!blocks.length) {
      doc.font(FONT.bold).fontSize(HEADING_SIZE[1]).fillColor(COLORS.accent).text(input.scenarioTitle, { width: CONTENT_WIDTH });
      doc.moveDown(0.6);
      doc.font(FONT.regular).fontSize(BODY).fillColor(COLORS.text).text("Ce scénario n'a pas de consignes écrites : suivez les instructions du surveillant.", { width: CONTENT_WIDTH });
    }

    let previous: MarkdownBlock['kind'] | null = null;
    for (const block of blocks) {
      if (block.kind === 'heading') {
        const size = HEADING_SIZE[block.level];
        if (previous) doc.moveDown(block.level === 1 ? 0.8 : 0.6);
        if (doc.y + size * 3 > bottom()) doc.addPage();
        doc.font(FONT.bold).fontSize(size).fillColor(block.level === 1 ? COLORS.accent : COLORS.text).text(plain(block.runs), CONTENT_LEFT, doc.y, { width: CONTENT_WIDTH });
        if (block.level === 1) {
          const y = doc.y + 3;
          doc.moveTo(CONTENT_LEFT, y).lineTo(CONTENT_RIGHT, y).lineWidth(0.8).strokeColor(COLORS.accent).stroke();
          doc.y = y + 6;
        } else doc.moveDown(0.25);
      } else if (block.kind === 'paragraph') {
        if (previous === 'paragraph' || previous === 'item') doc.moveDown(0.5);
        richText(doc, block.runs, CONTENT_LEFT, CONTENT_WIDTH);
      } else {
        if (previous === 'paragraph') doc.moveDown(0.4);
        else if (previous === 'item') doc.moveDown(0.2);
        const indent = CONTENT_LEFT + 6 + block.depth * 16;
        const markerWidth = block.ordered ? 18 : 12;
        if (doc.y + BODY * 2 > bottom()) doc.addPage();
        const y = doc.y;
        doc.font(block.ordered ? FONT.bold : FONT.regular).fontSize(BODY).fillColor(block.ordered ? COLORS.accent : COLORS.text).text(block.marker, indent, y, { width: markerWidth, lineBreak: false });
        doc.x = indent + markerWidth;
        doc.y = y;
        richText(doc, block.runs, indent + markerWidth, CONTENT_RIGHT - indent - markerWidth);
      }
      previous = block.kind;
    }

    // Footer of every page: the title, the candidate when known, "page x / n".
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const margin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      const top = PAGE.height - PAGE.margin - 12;
      doc.moveTo(CONTENT_LEFT, top - 4).lineTo(CONTENT_RIGHT, top - 4).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
      const left = [`Consignes — ${input.scenarioTitle}`, input.candidateLine].filter(Boolean).join(' — ');
      doc.font(FONT.regular).fontSize(7.5).fillColor(COLORS.muted).text(left, CONTENT_LEFT, top, { width: CONTENT_WIDTH - 80, lineBreak: false, ellipsis: true });
      doc.font(FONT.bold).fontSize(7.5).fillColor(COLORS.text).text(`Page ${i - range.start + 1} / ${range.count}`, CONTENT_RIGHT - 80, top, { width: 80, align: 'right', lineBreak: false });
      doc.page.margins.bottom = margin;
    }
  });
}

/** Runs of regular and bold text flowing as one paragraph. */
function richText(doc: PDFKit.PDFDocument, runs: InlineRun[], x: number, width: number): void {
  const list = runs.length ? runs : [{ text: '', bold: false }];
  list.forEach((run, i) => {
    doc.font(run.bold ? FONT.bold : FONT.regular).fontSize(BODY).fillColor(COLORS.text);
    const options = { width, lineGap: LINE_GAP, continued: i < list.length - 1 };
    if (i === 0) doc.text(run.text, x, doc.y, options);
    else doc.text(run.text, options);
  });
}
