import { MigrationInterface, QueryRunner } from 'typeorm';

/** The scenario's instructions (consignes) kept in the sandbox for the candidate's home page. */
export class SandboxInstructions1790000500000 implements MigrationInterface {
  name = 'SandboxInstructions1790000500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "sandbox_info" ADD COLUMN "instructions" text');
  }

  async down(): Promise<void> {
    // SQLite keeps the column; nothing reads it any more.
  }
}
