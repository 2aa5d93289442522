/**
 * `npm run seeds:check`: validates every scenario of seeds/ (or SEEDS_DIR) against the format's
 * schema and cross-references. Prints one line per scenario, every problem with file:line:column,
 * path and message, and exits 1 when any scenario is refused.
 */
import path from 'node:path';
import { formatScenarioError, loadAllScenarios } from '../scenarios/scenario-loader.js';

const seedsDir = path.resolve(process.env.SEEDS_DIR || path.join(__dirname, '../../../seeds'));
const { scenarios, errors } = loadAllScenarios(seedsDir);
for (const s of scenarios) {
  const d = s.document;
  console.log(`OK    ${s.id}@${s.hash}  ${s.title}  (${d.products.length} articles, ${d.thirdParties.length} tiers, ${d.thirdParties.reduce((n, t) => n + t.contacts.length, 0)} contacts, ${d.staff.length} salariés, ${d.inbox?.length ?? 0} messages programmés, ${d.checks?.length ?? 0} vérifications)`);
}
for (const e of errors) console.log(`ERROR ${formatScenarioError(e)}`);
if (!scenarios.length && !errors.length) console.log(`No scenario found in ${seedsDir}`);
process.exit(errors.length || !scenarios.length ? 1 : 0);
