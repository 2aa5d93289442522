"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.labelsFor = labelsFor;
const en_js_1 = require("./en.js");
const fr_js_1 = require("./fr.js");
const LABELS = { fr: fr_js_1.fr, en: en_js_1.en };
function labelsFor(language) {
    return LABELS[language] ?? fr_js_1.fr;
}
//# sourceMappingURL=index.js.map