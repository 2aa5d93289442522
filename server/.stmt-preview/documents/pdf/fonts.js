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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.FONT_BOLD = exports.FONT_REGULAR = exports.DEFAULT_FONTS_DIR = void 0;
exports.loadFonts = loadFonts;
exports.registerFonts = registerFonts;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const fontkit = __importStar(require("fontkit"));
/**
 * The embedded fonts (PDF/A requires every font to be embedded: pdfkit's Helvetica is not). Each TTF
 * is read and parsed ONCE per process and the parsed fontkit object is reused by every document:
 * giving pdfkit a path or a Buffer re-parses the font for each document (and, with doc.table, for
 * each cell), which costs ~190 ms per PDF (stack-notes pitfall 10).
 */
const REPO_ROOT = node_path_1.default.resolve(__dirname, '../../../..');
exports.DEFAULT_FONTS_DIR = node_path_1.default.join(REPO_ROOT, 'templates', 'fonts');
exports.FONT_REGULAR = 'Body';
exports.FONT_BOLD = 'Bold';
const cache = new Map();
function loadFonts(dir = exports.DEFAULT_FONTS_DIR) {
    let fonts = cache.get(dir);
    if (!fonts) {
        fonts = {
            regular: fontkit.create(node_fs_1.default.readFileSync(node_path_1.default.join(dir, 'DejaVuSans.ttf'))),
            bold: fontkit.create(node_fs_1.default.readFileSync(node_path_1.default.join(dir, 'DejaVuSans-Bold.ttf'))),
        };
        cache.set(dir, fonts);
    }
    return fonts;
}
/** Registers the parsed fonts on a document under FONT_REGULAR / FONT_BOLD and selects the regular one. */
function registerFonts(doc, fonts = loadFonts()) {
    // @types/pdfkit only knows paths and buffers; pdfkit 0.20 also takes a parsed fontkit font.
    doc.registerFont(exports.FONT_REGULAR, fonts.regular);
    doc.registerFont(exports.FONT_BOLD, fonts.bold);
    doc.font(exports.FONT_REGULAR);
}
//# sourceMappingURL=fonts.js.map