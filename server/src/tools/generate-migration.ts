/**
 * Developer tool: prints the SQL that brings a database migrated to the latest existing migration
 * up to the current entities, to paste into a new migration class.
 * Usage: node server/dist/tools/generate-migration.js control|sandbox
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { CONTROL_ENTITIES, SANDBOX_ENTITIES } from '../database/entities.js';
import { CONTROL_MIGRATIONS, SANDBOX_MIGRATIONS } from '../database/migrations.js';

async function main() {
  const control = process.argv[2] === 'control';
  const ds = new DataSource({
    type: 'better-sqlite3',
    database: ':memory:',
    entities: control ? CONTROL_ENTITIES : SANDBOX_ENTITIES,
    migrations: control ? CONTROL_MIGRATIONS : SANDBOX_MIGRATIONS,
    migrationsRun: true,
  });
  await ds.initialize();
  const log = await ds.driver.createSchemaBuilder().log();
  for (const q of log.upQueries) console.log(`await queryRunner.query(${JSON.stringify(q.query)});`);
  await ds.destroy();
}
void main();
