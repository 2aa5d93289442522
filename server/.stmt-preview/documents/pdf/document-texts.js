"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DocumentTexts = exports.DEFAULT_TEXTS_DIR = void 0;
exports.defaultDocumentTexts = defaultDocumentTexts;
exports.fillPlaceholders = fillPlaceholders;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const LANGUAGES = ['fr', 'en'];
/** server/src/documents/pdf (or server/dist/documents/pdf) → repository root, as config/app.config.ts does. */
const REPO_ROOT = node_path_1.default.resolve(__dirname, '../../../..');
exports.DEFAULT_TEXTS_DIR = node_path_1.default.join(REPO_ROOT, 'templates', 'texts');
class DocumentTexts {
    entries;
    constructor(entries) {
        this.entries = entries;
    }
    /** Reads every `<dir>/<language>/*.md` (or .txt) file. */
    static load(dir = exports.DEFAULT_TEXTS_DIR) {
        const entries = new Map();
        for (const language of LANGUAGES) {
            const folder = node_path_1.default.join(dir, language);
            if (!node_fs_1.default.existsSync(folder))
                throw new Error(`Document texts: folder ${folder} is missing`);
            for (const file of node_fs_1.default.readdirSync(folder).sort()) {
                if (!/\.(md|txt)$/.test(file))
                    continue;
                const document = file.replace(/\.(md|txt)$/, '');
                for (const [key, paragraphs] of parseSections(node_fs_1.default.readFileSync(node_path_1.default.join(folder, file), 'utf8'))) {
                    entries.set(`${language}:${document}.${key}`, paragraphs);
                }
            }
        }
        return new DocumentTexts(entries);
    }
    /** Builds a catalogue from in-memory sections (tests). */
    static fromRecord(record) {
        const entries = new Map();
        for (const [key, text] of Object.entries(record))
            entries.set(key, splitParagraphs(text));
        return new DocumentTexts(entries);
    }
    /** Keys (`fr:invoice.payment-date`) known to the catalogue. */
    keys() {
        return [...this.entries.keys()];
    }
    has(language, key) {
        return this.entries.has(`${language}:${key}`);
    }
    /** The text's paragraphs, placeholders filled. */
    paragraphs(language, key, vars = {}) {
        const paragraphs = this.entries.get(`${language}:${key}`);
        if (!paragraphs)
            throw new Error(`Document texts: no text "${key}" for language "${language}" (templates/texts/${language}/${key.split('.')[0]}.md)`);
        return paragraphs.map((p) => fillPlaceholders(p, vars, `${language}:${key}`));
    }
    /** The text as one string (paragraphs joined by a blank line), placeholders filled. */
    text(language, key, vars = {}) {
        return this.paragraphs(language, key, vars).join('\n\n');
    }
}
exports.DocumentTexts = DocumentTexts;
let defaultTexts;
/** The catalogue read from templates/texts, once per process. */
function defaultDocumentTexts() {
    return (defaultTexts ??= DocumentTexts.load());
}
function fillPlaceholders(template, vars, where = 'text') {
    return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_, name) => {
        const value = vars[name];
        if (value === undefined || value === null)
            throw new Error(`Document texts: no value for {{${name}}} in ${where}`);
        return String(value);
    });
}
function parseSections(content) {
    const sections = new Map();
    const clean = content.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?-->/g, '');
    let key = null;
    let body = [];
    const flush = () => {
        if (key !== null)
            sections.set(key, splitParagraphs(body.join('\n')));
    };
    for (const line of clean.split('\n')) {
        const heading = /^##\s+([A-Za-z0-9_.-]+)\s*$/.exec(line);
        if (heading) {
            flush();
            key = heading[1];
            body = [];
        }
        else if (key !== null) {
            body.push(line);
        }
    }
    flush();
    return sections;
}
function splitParagraphs(text) {
    return text
        .split(/\n[ \t]*\n/)
        .map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
        .filter((p) => p.length > 0);
}
//# sourceMappingURL=document-texts.js.map