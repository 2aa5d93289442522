"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Writes every fixture document as a PDF into a folder, to look at the layout:
 *   npm run build -w server && node server/dist/documents/pdf/preview.js /tmp/pdf-preview
 *   pdftoppm -r 60 -png /tmp/pdf-preview/invoice-b2b-fr.pdf /tmp/pdf-preview/invoice-b2b-fr
 * Optional further arguments keep only the named fixtures (invoice-b2b-fr quote …).
 */
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const index_js_1 = require("./fixtures/index.js");
const pdf_renderer_js_1 = require("./pdf-renderer.js");
async function main() {
    const [dir, ...only] = process.argv.slice(2);
    if (!dir) {
        process.stderr.write('usage: node server/dist/documents/pdf/preview.js OUTPUT_DIR [fixture…]\n');
        process.exitCode = 2;
        return;
    }
    node_fs_1.default.mkdirSync(dir, { recursive: true });
    const fixtures = { ...index_js_1.FIXTURES, 'invoice-draft': (0, index_js_1.asDraft)(index_js_1.invoiceB2bFr) };
    const creationDate = new Date('2026-03-16T09:00:00Z');
    for (const [name, model] of Object.entries(fixtures)) {
        if (only.length && !only.includes(name))
            continue;
        const file = node_path_1.default.join(dir, `${name}.pdf`);
        node_fs_1.default.writeFileSync(file, await (0, pdf_renderer_js_1.renderDocumentPdf)(model, { creationDate }));
        process.stdout.write(`${file}\n`);
    }
}
main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
});
//# sourceMappingURL=preview.js.map