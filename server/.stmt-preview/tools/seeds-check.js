"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * `npm run seeds:check`: validates every scenario of seeds/ (or SEEDS_DIR) against the format's
 * schema and cross-references. Prints one line per scenario, every problem with file:line:column,
 * path and message, and exits 1 when any scenario is refused.
 */
const node_path_1 = __importDefault(require("node:path"));
const scenario_loader_js_1 = require("../scenarios/scenario-loader.js");
const seedsDir = node_path_1.default.resolve(process.env.SEEDS_DIR || node_path_1.default.join(__dirname, '../../../seeds'));
const { scenarios, errors } = (0, scenario_loader_js_1.loadAllScenarios)(seedsDir);
for (const s of scenarios) {
    const d = s.document;
    console.log(`OK    ${s.id}@${s.hash}  ${s.title}  (${d.products.length} articles, ${d.thirdParties.length} tiers, ${d.thirdParties.reduce((n, t) => n + t.contacts.length, 0)} contacts, ${d.staff.length} salariés)`);
}
for (const e of errors)
    console.log(`ERROR ${(0, scenario_loader_js_1.formatScenarioError)(e)}`);
if (!scenarios.length && !errors.length)
    console.log(`No scenario found in ${seedsDir}`);
process.exit(errors.length || !scenarios.length ? 1 : 0);
//# sourceMappingURL=seeds-check.js.map