"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Developer tool: prints the SQL that brings a database migrated to the latest existing migration
 * up to the current entities, to paste into a new migration class.
 * Usage: node server/dist/tools/generate-migration.js control|sandbox
 */
require("reflect-metadata");
const typeorm_1 = require("typeorm");
const entities_js_1 = require("../database/entities.js");
const migrations_js_1 = require("../database/migrations.js");
async function main() {
    const control = process.argv[2] === 'control';
    const ds = new typeorm_1.DataSource({
        type: 'better-sqlite3',
        database: ':memory:',
        entities: control ? entities_js_1.CONTROL_ENTITIES : entities_js_1.SANDBOX_ENTITIES,
        migrations: control ? migrations_js_1.CONTROL_MIGRATIONS : migrations_js_1.SANDBOX_MIGRATIONS,
        migrationsRun: true,
    });
    await ds.initialize();
    const log = await ds.driver.createSchemaBuilder().log();
    for (const q of log.upQueries)
        console.log(`await queryRunner.query(${JSON.stringify(q.query)});`);
    await ds.destroy();
}
void main();
//# sourceMappingURL=generate-migration.js.map