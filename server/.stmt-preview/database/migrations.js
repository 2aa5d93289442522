"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SANDBOX_SCHEMA_VERSION = exports.SANDBOX_MIGRATIONS = exports.CONTROL_MIGRATIONS = void 0;
const _1790000000000_ControlInit_js_1 = require("./control-migrations/1790000000000-ControlInit.js");
const _1790000000000_SandboxInit_js_1 = require("./sandbox-migrations/1790000000000-SandboxInit.js");
const _1790000100000_SalesDocuments_js_1 = require("./sandbox-migrations/1790000100000-SalesDocuments.js");
const _1790000200000_Messages_js_1 = require("./sandbox-migrations/1790000200000-Messages.js");
const _1790000300000_Payments_js_1 = require("./sandbox-migrations/1790000300000-Payments.js");
const _1790000400000_Receivables_js_1 = require("./sandbox-migrations/1790000400000-Receivables.js");
/** Applied to data/control.sqlite at boot. */
exports.CONTROL_MIGRATIONS = [_1790000000000_ControlInit_js_1.ControlInit1790000000000];
/** Applied to every sandbox file when it opens, and to templates when they are built. */
exports.SANDBOX_MIGRATIONS = [_1790000000000_SandboxInit_js_1.SandboxInit1790000000000, _1790000100000_SalesDocuments_js_1.SalesDocuments1790000100000, _1790000200000_Messages_js_1.Messages1790000200000, _1790000300000_Payments_js_1.Payments1790000300000, _1790000400000_Receivables_js_1.Receivables1790000400000];
/** Part of every template's content hash: a new sandbox migration rebuilds the templates. */
exports.SANDBOX_SCHEMA_VERSION = exports.SANDBOX_MIGRATIONS.map((m) => m.name).join(',');
//# sourceMappingURL=migrations.js.map