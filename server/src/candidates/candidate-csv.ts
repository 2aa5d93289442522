/**
 * The candidates CSV a proctor imports: parsed and validated row by row, without touching any
 * database (pure, unit-tested). UTF-8 with or without BOM, ';' or ',' (or tab) separators detected
 * on the header line, RFC 4180 quotes, CRLF or LF line ends. Columns are recognised by name, in any
 * order and case, accents and punctuation ignored:
 *
 *   name (nom, nom complet, candidat; or nom + prénom) · candidateNumber (numéro, n° candidat…)
 *   · extraMinutes (tiers-temps, temps supplémentaire; empty = 0) · anonymousCode (code d'anonymat)
 *
 * Other columns are ignored. Errors are keyed by the line of the file where the row starts (the
 * header is line 1), as the proctor sees it in a spreadsheet or a text editor.
 */
import { CANDIDATE_NUMBER_PATTERN, usernameKey } from './candidate-numbers.js';

export interface CandidateRow {
  /** Line of the file where the row starts (header = 1). */
  line: number;
  name: string;
  candidateNumber: string;
  extraMinutes: number;
  anonymousCode: string | null;
}

export type RowErrors = Record<string, Record<string, string>>;

export type ParsedCandidates =
  | { ok: true; rows: CandidateRow[] }
  /** `file`: a problem with the whole file (errors.csv); `rows`: per line, per field. */
  | { ok: false; file?: string; rows: RowErrors };

export const MAX_IMPORT_ROWS = 300;
export const MAX_EXTRA_MINUTES = 240;
const MAX_NAME = 120;
const MAX_NUMBER = 30;
const MAX_CODE = 30;

type Column = 'name' | 'firstName' | 'candidateNumber' | 'extraMinutes' | 'anonymousCode';

const ALIASES: Record<Column, string[]> = {
  name: ['name', 'nom', 'fullname', 'nomcomplet', 'nomprenom', 'candidat', 'candidate', 'nomducandidat'],
  firstName: ['prenom', 'firstname'],
  candidateNumber: ['candidatenumber', 'number', 'numero', 'num', 'no', 'n', 'numerocandidat', 'numerodecandidat', 'ncandidat', 'nocandidat', 'matricule'],
  extraMinutes: ['extraminutes', 'tierstemps', 'tempssupplementaire', 'tempsadditionnel', 'minutessupplementaires', 'extratime', 'minutes'],
  anonymousCode: ['anonymouscode', 'codeanonymat', 'codedanonymat', 'anonymat', 'numeroanonymat', 'numerodanonymat', 'codeanonyme'],
};

/** "Numéro d'anonymat" → "numerodanonymat". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function columnOf(header: string): Column | null {
  const key = normaliseHeader(header);
  for (const [column, aliases] of Object.entries(ALIASES) as [Column, string[]][]) if (aliases.includes(key)) return column;
  return null;
}

/** The separator of the header line: the most frequent of ';', ',' and tab outside quotes (';' on a tie). */
export function detectSeparator(headerLine: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts[','] > counts[';'] && counts[','] >= counts['\t']) return ',';
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return ';';
}

interface Record_ {
  line: number;
  cells: string[];
}

/** RFC 4180 records with the line each starts on; a quoted cell may hold separators, quotes ("") and line breaks. */
export function parseCsvRecords(text: string, separator: string): Record_[] {
  const records: Record_[] = [];
  let line = 1;
  let start = 1;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || cells.length) endRecord();
  return records.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

/** Parses and validates the file. `taken` holds what the session already uses (username keys, anonymous codes). */
export function parseCandidatesCsv(input: string, taken: { numberKeys: Set<string>; anonymousCodes: Set<string> } = { numberKeys: new Set(), anonymousCodes: new Set() }): ParsedCandidates {
  const text = input.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const records = parseCsvRecords(text, detectSeparator(firstLine));
  if (!records.length) return { ok: false, file: 'app.validation.required', rows: {} };

  const [header, ...data] = records;
  const columns = header.cells.map(columnOf);
  if (!columns.includes('name') || !columns.includes('candidateNumber')) return { ok: false, file: 'app.validation.csv_columns', rows: {} };
  if (!data.length) return { ok: false, file: 'app.validation.required', rows: {} };
  if (data.length > MAX_IMPORT_ROWS) return { ok: false, file: 'app.validation.too_large', rows: {} };

  const errors: RowErrors = {};
  const fail = (line: number, field: string, key: string) => {
    errors[line] ??= {};
    errors[line][field] ??= `app.validation.${key}`;
  };
  const seenNumbers = new Set<string>();
  const seenCodes = new Set<string>();
  const rows: CandidateRow[] = [];

  for (const record of data) {
    const get = (column: Column) => {
      const i = columns.indexOf(column);
      return i === -1 ? '' : (record.cells[i] ?? '').trim();
    };
    const { line } = record;
    const name = [get('firstName'), get('name')].filter(Boolean).join(' ').replace(/\s+/g, ' ');
    const candidateNumber = get('candidateNumber');
    const extraRaw = get('extraMinutes');
    const anonymousCode = get('anonymousCode') || null;

    if (!name) fail(line, 'name', 'required');
    else if (name.length > MAX_NAME) fail(line, 'name', 'too_long');

    if (!candidateNumber) fail(line, 'candidateNumber', 'required');
    else if (candidateNumber.length > MAX_NUMBER) fail(line, 'candidateNumber', 'too_long');
    else if (!CANDIDATE_NUMBER_PATTERN.test(candidateNumber)) fail(line, 'candidateNumber', 'candidate_number');
    else {
      // Two numbers that differ only in case or punctuation ("AB-12", "ab12") would give the same username.
      const key = usernameKey(candidateNumber);
      if (seenNumbers.has(key) || taken.numberKeys.has(key)) fail(line, 'candidateNumber', 'duplicate');
      seenNumbers.add(key);
    }

    let extraMinutes = 0;
    if (extraRaw !== '') {
      if (/^-\d+$/.test(extraRaw)) fail(line, 'extraMinutes', 'positive');
      else if (!/^\d+$/.test(extraRaw)) fail(line, 'extraMinutes', 'integer');
      else if (Number(extraRaw) > MAX_EXTRA_MINUTES) fail(line, 'extraMinutes', 'too_large');
      else extraMinutes = Number(extraRaw);
    }

    if (anonymousCode !== null) {
      if (anonymousCode.length > MAX_CODE) fail(line, 'anonymousCode', 'too_long');
      else if (!CANDIDATE_NUMBER_PATTERN.test(anonymousCode)) fail(line, 'anonymousCode', 'invalid');
      else {
        const key = anonymousCode.toLowerCase();
        if (seenCodes.has(key) || taken.anonymousCodes.has(key)) fail(line, 'anonymousCode', 'duplicate');
        seenCodes.add(key);
      }
    }
    rows.push({ line, name, candidateNumber, extraMinutes, anonymousCode });
  }
  return Object.keys(errors).length ? { ok: false, rows: errors } : { ok: true, rows };
}
