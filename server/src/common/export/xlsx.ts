import { strToU8, zipSync } from 'fflate';
import { centsToDecimal, ExportCell, ExportTable } from './export-table.js';

/**
 * A one-sheet Office Open XML workbook (.xlsx): bold header row on a tint, frozen under the header,
 * column widths, money as numeric cells in euros with two decimals and the format "#,##0.00 €",
 * a bold totals row. Strings are written inline (no shared-strings part), which every spreadsheet
 * reads. The parts are zipped (deflate) with a fixed date so that the same table gives the same file.
 */
export function toXlsx(table: ExportTable, options: { modified?: Date } = {}): Buffer {
  const mtime = options.modified ?? new Date(Date.UTC(2000, 0, 1));
  const files: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml': workbook(table.sheetName),
    'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
    'xl/styles.xml': STYLES,
    'xl/worksheets/sheet1.xml': worksheet(table),
  };
  const entries = Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, [strToU8(xml), { mtime }] as const]));
  return Buffer.from(zipSync(entries as never, { level: 6 }));
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;

/** Cell styles (cellXfs index): 0 text, 1 header, 2 header right-aligned, 3 money, 4 totals text, 5 totals money. */
const STYLE = { text: 0, header: 1, headerRight: 2, money: 3, totalText: 4, totalMoney: 5 } as const;
export const MONEY_FORMAT = '#,##0.00\\ "€"';
const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="${escape(MONEY_FORMAT)}"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDCE6F1"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top style="thin"><color auto="1"/></top><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment horizontal="right"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/><xf numFmtId="164" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function workbook(sheetName: string): string {
  return `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${escape(safeSheetName(sheetName))}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

function worksheet(table: ExportTable): string {
  const { columns } = table;
  const rows: string[] = [];
  const header = columns.map((c, i) => inlineString(ref(i, 1), c.header, c.kind === 'money' ? STYLE.headerRight : STYLE.header));
  rows.push(`<row r="1">${header.join('')}</row>`);
  table.rows.forEach((row, r) => rows.push(dataRow(table, row, r + 2, false)));
  if (table.totals) rows.push(dataRow(table, table.totals, table.rows.length + 2, true));
  const last = ref(columns.length - 1, rows.length);
  const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
  return (
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows.join('')}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

function dataRow(table: ExportTable, row: ExportCell[], r: number, totals: boolean): string {
  const cells = table.columns.map((c, i) => {
    const value = row[i];
    if (value === null || value === undefined || value === '') return totals ? `<c r="${ref(i, r)}" s="${c.kind === 'money' ? STYLE.totalMoney : STYLE.totalText}"/>` : '';
    if (c.kind === 'money') {
      if (typeof value !== 'number') throw new TypeError(`Money cell is not a number of cents: ${value}`);
      return `<c r="${ref(i, r)}" s="${totals ? STYLE.totalMoney : STYLE.money}"><v>${centsToDecimal(value)}</v></c>`;
    }
    return inlineString(ref(i, r), String(value), totals ? STYLE.totalText : STYLE.text);
  });
  return `<row r="${r}">${cells.join('')}</row>`;
}

function inlineString(cellRef: string, text: string, style: number): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${cellRef}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t${space}>${escape(text)}</t></is></c>`;
}

/** Column index (0-based) and row number (1-based) → "A1", "AB12". */
export function ref(column: number, row: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row}`;
}

/** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
function escape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function safeSheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31).trim() || 'Feuil1';
}
