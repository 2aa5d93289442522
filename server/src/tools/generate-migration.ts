/**
 * Developer tool: prints the SQL that would bring an empty database to the current entities,
 * to paste into a new migration. Usage: node server/dist/tools/generate-migration.js control|sandbox
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { CONTROL_ENTITIES, SANDBOX_ENTITIES } from '../database/entities.js';

async function main() {
  const which = process.argv[2];
  const entities = which === 'control' ? CONTROL_ENTITIES : SANDBOX_ENTITIES;
  const ds = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities });
  await ds.initialize();
  const log = await ds.driver.createSchemaBuilder().log();
  for (const q of log.upQueries) console.log(`await queryRunner.query(${JSON.stringify(q.query)});`);
  await ds.destroy();
}
void main();
