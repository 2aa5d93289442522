import fs from 'node:fs';
import path from 'node:path';

/**
 * Long document wordings (legal mentions, payment sentences, signature blocks) are content, not code:
 * they live in `templates/texts/<language>/<document>.md`, one `## key` section per text, and are read
 * once. `{{name}}` placeholders are filled at render time; a missing value is an error, never a blank.
 *
 *   # Title and comments for editors (not printed)
 *   ## payment-date
 *   Paiement {{terms}}, soit au plus tard le {{dueDate}}, par {{method}}.
 *
 * A text is addressed as `<file>.<key>` (`invoice.payment-date`). Blank lines separate paragraphs;
 * `<!-- … -->` comments are dropped.
 */
export type TextLanguage = 'fr' | 'en';
export type TextVars = Record<string, string | number>;

const LANGUAGES: TextLanguage[] = ['fr', 'en'];

/** server/src/documents/pdf (or server/dist/documents/pdf) → repository root, as config/app.config.ts does. */
const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const DEFAULT_TEXTS_DIR = path.join(REPO_ROOT, 'templates', 'texts');

export class DocumentTexts {
  private constructor(private readonly entries: Map<string, string[]>) {}

  /** Reads every `<dir>/<language>/*.md` (or .txt) file. */
  static load(dir: string = DEFAULT_TEXTS_DIR): DocumentTexts {
    const entries = new Map<string, string[]>();
    for (const language of LANGUAGES) {
      const folder = path.join(dir, language);
      if (!fs.existsSync(folder)) throw new Error(`Document texts: folder ${folder} is missing`);
      for (const file of fs.readdirSync(folder).sort()) {
        if (!/\.(md|txt)$/.test(file)) continue;
        const document = file.replace(/\.(md|txt)$/, '');
        for (const [key, paragraphs] of parseSections(fs.readFileSync(path.join(folder, file), 'utf8'))) {
          entries.set(`${language}:${document}.${key}`, paragraphs);
        }
      }
    }
    return new DocumentTexts(entries);
  }

  /** Builds a catalogue from in-memory sections (tests). */
  static fromRecord(record: Record<string, string>): DocumentTexts {
    const entries = new Map<string, string[]>();
    for (const [key, text] of Object.entries(record)) entries.set(key, splitParagraphs(text));
    return new DocumentTexts(entries);
  }

  /** Keys (`fr:invoice.payment-date`) known to the catalogue. */
  keys(): string[] {
    return [...this.entries.keys()];
  }

  has(language: TextLanguage, key: string): boolean {
    return this.entries.has(`${language}:${key}`);
  }

  /** The text's paragraphs, placeholders filled. */
  paragraphs(language: TextLanguage, key: string, vars: TextVars = {}): string[] {
    const paragraphs = this.entries.get(`${language}:${key}`);
    if (!paragraphs) throw new Error(`Document texts: no text "${key}" for language "${language}" (templates/texts/${language}/${key.split('.')[0]}.md)`);
    return paragraphs.map((p) => fillPlaceholders(p, vars, `${language}:${key}`));
  }

  /** The text as one string (paragraphs joined by a blank line), placeholders filled. */
  text(language: TextLanguage, key: string, vars: TextVars = {}): string {
    return this.paragraphs(language, key, vars).join('\n\n');
  }
}

let defaultTexts: DocumentTexts | undefined;

/** The catalogue read from templates/texts, once per process. */
export function defaultDocumentTexts(): DocumentTexts {
  return (defaultTexts ??= DocumentTexts.load());
}

export function fillPlaceholders(template: string, vars: TextVars, where = 'text'): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined || value === null) throw new Error(`Document texts: no value for {{${name}}} in ${where}`);
    return String(value);
  });
}

function parseSections(content: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  const clean = content.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?-->/g, '');
  let key: string | null = null;
  let body: string[] = [];
  const flush = () => {
    if (key !== null) sections.set(key, splitParagraphs(body.join('\n')));
  };
  for (const line of clean.split('\n')) {
    const heading = /^##\s+([A-Za-z0-9_.-]+)\s*$/.exec(line);
    if (heading) {
      flush();
      key = heading[1];
      body = [];
    } else if (key !== null) {
      body.push(line);
    }
  }
  flush();
  return sections;
}

function splitParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
    .filter((p) => p.length > 0);
}
