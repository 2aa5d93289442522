"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScenarioError = exports.SCENARIO_DIR_PATTERN = exports.SCENARIO_FILE = exports.SCENARIO_FORMAT_VERSION = void 0;
exports.formatPath = formatPath;
exports.formatScenarioError = formatScenarioError;
exports.hashScenarioDir = hashScenarioDir;
exports.loadScenario = loadScenario;
exports.loadAllScenarios = loadAllScenarios;
/**
 * Loads scenario packages from seeds/: reads <dir>/scenario.yaml, validates it against the format v1
 * schema and reports every problem with its file, line, column and field path. Computes a content hash
 * over the whole folder so that templates are rebuilt whenever any file of the scenario changes.
 */
const node_crypto_1 = require("node:crypto");
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const yaml_1 = require("yaml");
const scenario_schema_js_1 = require("./scenario.schema.js");
/** Part of every scenario hash: bump it when the format or its interpretation changes. */
exports.SCENARIO_FORMAT_VERSION = 'comptoir-scenario-format-v1.2';
exports.SCENARIO_FILE = 'scenario.yaml';
exports.SCENARIO_DIR_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
/**
 * One problem in a scenario. `line` and `column` are 1-based. When loadScenario throws, the thrown
 * error is the first problem and `errors` lists all of them (including itself).
 */
class ScenarioError extends Error {
    name = 'ScenarioError';
    file;
    line;
    column;
    path;
    errors;
    constructor(file, line, column, fieldPath, message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = fieldPath;
        this.errors = [this];
    }
}
exports.ScenarioError = ScenarioError;
/** "products[3].salePrice" from ["products", 3, "salePrice"]. */
function formatPath(segments) {
    let out = '';
    for (const seg of segments) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else {
            const s = String(seg);
            out += /^[A-Za-z_$][\w$]*$/.test(s) ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
        }
    }
    return out;
}
/** "seeds/x/scenario.yaml:42:5 products[3].salePrice: message" (file relative to the working directory when inside it). */
function formatScenarioError(e) {
    const rel = path.relative(process.cwd(), e.file);
    const file = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : e.file;
    return `${file}:${e.line}:${e.column} ${e.path ? `${e.path}: ` : ''}${e.message}`;
}
/**
 * Walks the YAML tree along `segments`. For a map entry, the node returned is the entry's key (so that
 * the position points at "salePrice:", not at its value); stops at the nearest existing parent.
 */
function locate(doc, segments) {
    let current = doc.contents;
    let found = doc.contents ?? null;
    let depth = 0;
    for (const seg of segments) {
        if ((0, yaml_1.isMap)(current)) {
            const pair = current.items.find((p) => ((0, yaml_1.isScalar)(p.key) ? p.key.value : p.key) === seg);
            if (!pair)
                break;
            found = ((0, yaml_1.isScalar)(pair.key) ? pair.key : (pair.value ?? found));
            current = pair.value;
        }
        else if ((0, yaml_1.isSeq)(current) && typeof seg === 'number') {
            const item = current.items[seg];
            if (item === undefined)
                break;
            found = item;
            current = item;
        }
        else
            break;
        depth++;
    }
    return { node: found, depth };
}
function positionOf(node, lineCounter) {
    const offset = node?.range?.[0];
    if (offset === undefined)
        return { line: 1, column: 1 };
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
}
function levenshtein(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
function suggestKey(key, allowed) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of allowed) {
        const d = levenshtein(key, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}
function issuesToErrors(issues, doc, lineCounter, file) {
    const errors = [];
    const at = (segments, message) => {
        const { node } = locate(doc, segments);
        const { line, column } = positionOf(node, lineCounter);
        errors.push(new ScenarioError(file, line, column, formatPath(segments), message));
    };
    for (const issue of issues) {
        if (issue.code === 'unrecognized_keys') {
            const allowed = (0, scenario_schema_js_1.allowedKeysAt)(issue.path);
            for (const key of issue.keys) {
                const suggestion = suggestKey(key, allowed);
                at([...issue.path, key], `clé inconnue « ${key} »${suggestion ? ` (vouliez-vous dire « ${suggestion} » ?)` : ''}`);
            }
        }
        else {
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
function listFiles(root) {
    const out = [];
    const walk = (rel) => {
        for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
            if (entry.name.startsWith('.'))
                continue;
            const child = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                walk(child);
            else if (entry.isFile())
                out.push(child);
        }
    };
    walk('');
    return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** sha256 over the format version and every file (sorted relative path + content), hex, first 16 chars. */
function hashScenarioDir(dir) {
    const hash = (0, node_crypto_1.createHash)('sha256');
    hash.update(`${exports.SCENARIO_FORMAT_VERSION}\0`);
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
function fail(errors) {
    const first = errors[0];
    first.errors = errors;
    throw first;
}
/** Loads and validates one scenario folder. Throws a ScenarioError (with all problems in `errors`). */
function loadScenario(dir) {
    const absDir = path.resolve(dir);
    const file = path.join(absDir, exports.SCENARIO_FILE);
    const folder = path.basename(absDir);
    if (!exports.SCENARIO_DIR_PATTERN.test(folder)) {
        fail([new ScenarioError(file, 1, 1, '', `nom de dossier « ${folder} » invalide : minuscules, chiffres et tirets, 63 caractères au plus`)]);
    }
    let source;
    try {
        source = fs.readFileSync(file, 'utf8');
    }
    catch (e) {
        fail([new ScenarioError(file, 1, 1, '', `fichier illisible : ${e.message}`)]);
    }
    if (source.charCodeAt(0) === 0xfeff)
        source = source.slice(1);
    const lineCounter = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        fail(doc.errors.map((err) => {
            const pos = lineCounter.linePos(err.pos[0]);
            return new ScenarioError(file, pos.line, pos.col, '', `YAML invalide : ${err.message.split('\n')[0]}`);
        }));
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 1000 });
    }
    catch (e) {
        fail([new ScenarioError(file, 1, 1, '', `YAML invalide : ${e.message}`)]);
    }
    const result = (0, scenario_schema_js_1.validateScenarioDocument)(data);
    const errors = result.success ? [] : issuesToErrors(result.error.issues, doc, lineCounter, file);
    const locateError = (segments, message) => {
        const { line, column } = positionOf(locate(doc, segments).node, lineCounter);
        return new ScenarioError(file, line, column, formatPath(segments), message);
    };
    const raw = (data ?? {});
    if (typeof raw.id === 'string' && raw.id !== folder) {
        errors.push(locateError(['id'], `l'identifiant « ${raw.id} » doit être égal au nom du dossier « ${folder} »`));
    }
    const logo = raw.company?.logo;
    if (typeof logo === 'string' && /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(logo) && !fs.existsSync(path.join(absDir, logo))) {
        errors.push(locateError(['company', 'logo'], `fichier du logo « ${logo} » introuvable dans le dossier du scénario`));
    }
    if (errors.length > 0 || !result.success)
        fail(errors);
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
function loadAllScenarios(seedsDir) {
    const root = path.resolve(seedsDir);
    const scenarios = [];
    const errors = [];
    const folders = fs
        .readdirSync(root, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith('.') && fs.existsSync(path.join(root, e.name, exports.SCENARIO_FILE)))
        .map((e) => e.name)
        .sort();
    for (const name of folders) {
        try {
            scenarios.push(loadScenario(path.join(root, name)));
        }
        catch (e) {
            if (e instanceof ScenarioError)
                errors.push(...e.errors);
            else
                errors.push(new ScenarioError(path.join(root, name, exports.SCENARIO_FILE), 1, 1, '', e.message));
        }
    }
    return { scenarios, errors };
}
//# sourceMappingURL=scenario-loader.js.map