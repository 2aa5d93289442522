/**
 * Loads scenario packages from seeds/: reads <dir>/scenario.yaml, validates it against the format v1
 * schema and reports every problem with its file, line, column and field path. Computes a content hash
 * over the whole folder so that templates are rebuilt whenever any file of the scenario changes.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { allowedKeysAt, type ScenarioDocument, validateScenarioDocument } from './scenario.schema.js';
import { closest } from '../common/text/closest.js';

/** Part of every scenario hash: bump it when the format or its interpretation changes. */
export const SCENARIO_FORMAT_VERSION = 'comptoir-scenario-format-v1.3';
export const SCENARIO_FILE = 'scenario.yaml';
export const SCENARIO_DIR_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export interface LoadedScenario {
  id: string;
  /** Absolute path of the scenario folder. */
  dir: string;
  /** Absolute path of its scenario.yaml. */
  file: string;
  /** sha256 (hex, 16 first characters) of the format version and every file of the folder. */
  hash: string;
  title: string;
  description: string;
  document: ScenarioDocument;
}

/**
 * One problem in a scenario. `line` and `column` are 1-based. When loadScenario throws, the thrown
 * error is the first problem and `errors` lists all of them (including itself).
 */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path: string;
  errors: ScenarioError[];

  constructor(file: string, line: number, column: number, fieldPath: string, message: string) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
    this.path = fieldPath;
    this.errors = [this];
  }
}

/** "products[3].salePrice" from ["products", 3, "salePrice"]. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const s = String(seg);
      out += /^[A-Za-z_$][\w$]*$/.test(s) ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

/** "seeds/x/scenario.yaml:42:5 products[3].salePrice: message" (file relative to the working directory when inside it). */
export function formatScenarioError(e: ScenarioError): string {
  const rel = path.relative(process.cwd(), e.file);
  const file = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : e.file;
  return `${file}:${e.line}:${e.column} ${e.path ? `${e.path}: ` : ''}${e.message}`;
}

// ---------------------------------------------------------------------------------------------
// Locating a field in the YAML document
// ---------------------------------------------------------------------------------------------

interface Located {
  node: YamlNode | null;
  /** Number of path segments that were found. */
  depth: number;
}

/**
 * Walks the YAML tree along `segments`. For a map entry, the node returned is the entry's key (so that
 * the position points at "salePrice:", not at its value); stops at the nearest existing parent.
 */
function locate(doc: Document, segments: readonly PropertyKey[]): Located {
  let current: unknown = doc.contents;
  let found: YamlNode | null = (doc.contents as YamlNode | null) ?? null;
  let depth = 0;
  for (const seg of segments) {
    if (isMap(current)) {
      const pair = current.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) break;
      found = (isScalar(pair.key) ? pair.key : ((pair.value as YamlNode | null) ?? found)) as YamlNode;
      current = pair.value;
    } else if (isSeq(current) && typeof seg === 'number') {
      const item = current.items[seg];
      if (item === undefined) break;
      found = item as YamlNode;
      current = item;
    } else break;
    depth++;
  }
  return { node: found, depth };
}

function positionOf(node: YamlNode | null, lineCounter: LineCounter): { line: number; column: number } {
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function issuesToErrors(issues: readonly z.core.$ZodIssue[], doc: Document, lineCounter: LineCounter, file: string): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const at = (segments: readonly PropertyKey[], message: string) => {
    const { node } = locate(doc, segments);
    const { line, column } = positionOf(node, lineCounter);
    errors.push(new ScenarioError(file, line, column, formatPath(segments), message));
  };
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(issue.path);
      for (const key of issue.keys) {
        const suggestion = closest(key, allowed);
        at([...issue.path, key], `clé inconnue « ${key} »${suggestion ? ` (vouliez-vous dire « ${suggestion} » ?)` : ''}`);
      }
    } else {
      at(issue.path, issue.message);
    }
  }
  // document order
  return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}

// ---------------------------------------------------------------------------------------------
// Hash
// ---------------------------------------------------------------------------------------------

/** Relative paths (with "/") of every file of a folder, recursively, dotfiles excepted, sorted. */
function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** sha256 over the format version and every file (sorted relative path + content), hex, first 16 chars. */
export function hashScenarioDir(dir: string): string {
  const hash = createHash('sha256');
  hash.update(`${SCENARIO_FORMAT_VERSION}\0`);
  for (const rel of listFiles(dir)) {
    const content = fs.readFileSync(path.join(dir, rel));
    hash.update(`${rel}\0${content.length}\0`);
    hash.update(content);
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

function fail(errors: ScenarioError[]): never {
  const first = errors[0]!;
  first.errors = errors;
  throw first;
}

/** Loads and validates one scenario folder. Throws a ScenarioError (with all problems in `errors`). */
export function loadScenario(dir: string): LoadedScenario {
  const absDir = path.resolve(dir);
  const file = path.join(absDir, SCENARIO_FILE);
  const folder = path.basename(absDir);
  if (!SCENARIO_DIR_PATTERN.test(folder)) {
    fail([new ScenarioError(file, 1, 1, '', `nom de dossier « ${folder} » invalide : minuscules, chiffres et tirets, 63 caractères au plus`)]);
  }
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (e) {
    fail([new ScenarioError(file, 1, 1, '', `fichier illisible : ${(e as Error).message}`)]);
  }
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);

  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    fail(
      doc.errors.map((err) => {
        const pos = lineCounter.linePos(err.pos[0]);
        return new ScenarioError(file, pos.line, pos.col, '', `YAML invalide : ${err.message.split('\n')[0]}`);
      }),
    );
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    fail([new ScenarioError(file, 1, 1, '', `YAML invalide : ${(e as Error).message}`)]);
  }

  const result = validateScenarioDocument(data);
  const errors = result.success ? [] : issuesToErrors(result.error.issues, doc, lineCounter, file);

  const locateError = (segments: PropertyKey[], message: string) => {
    const { line, column } = positionOf(locate(doc, segments).node, lineCounter);
    return new ScenarioError(file, line, column, formatPath(segments), message);
  };
  const raw = (data ?? {}) as { id?: unknown; company?: { logo?: unknown } };
  if (typeof raw.id === 'string' && raw.id !== folder) {
    errors.push(locateError(['id'], `l'identifiant « ${raw.id} » doit être égal au nom du dossier « ${folder} »`));
  }
  const logo = raw.company?.logo;
  if (typeof logo === 'string' && /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(logo) && !fs.existsSync(path.join(absDir, logo))) {
    errors.push(locateError(['company', 'logo'], `fichier du logo « ${logo} » introuvable dans le dossier du scénario`));
  }
  if (errors.length > 0 || !result.success) fail(errors);

  const document = result.data;
  return {
    id: document.id,
    dir: absDir,
    file,
    hash: hashScenarioDir(absDir),
    title: document.title,
    description: document.description,
    document,
  };
}

/**
 * Loads every scenario of a seeds folder: each subfolder holding a scenario.yaml (others are
 * ignored), sorted by id. Invalid scenarios are left out and their problems collected.
 */
export function loadAllScenarios(seedsDir: string): { scenarios: LoadedScenario[]; errors: ScenarioError[] } {
  const root = path.resolve(seedsDir);
  const scenarios: LoadedScenario[] = [];
  const errors: ScenarioError[] = [];
  const folders = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && fs.existsSync(path.join(root, e.name, SCENARIO_FILE)))
    .map((e) => e.name)
    .sort();
  for (const name of folders) {
    try {
      scenarios.push(loadScenario(path.join(root, name)));
    } catch (e) {
      if (e instanceof ScenarioError) errors.push(...e.errors);
      else errors.push(new ScenarioError(path.join(root, name, SCENARIO_FILE), 1, 1, '', (e as Error).message));
    }
  }
  return { scenarios, errors };
}
