import { MigrationInterface, QueryRunner } from 'typeorm';

/** Exam sessions end to end: lifecycle, pauses, extensions, locks, proctor events, jury assignment and marks. */
export class SessionLifecycle1790000100000 implements MigrationInterface {
  name = 'SessionLifecycle1790000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "session" ADD COLUMN "openedAt" text');
    await queryRunner.query('ALTER TABLE "session" ADD COLUMN "startedAt" text');
    await queryRunner.query('ALTER TABLE "session" ADD COLUMN "pausedAt" text');
    await queryRunner.query('ALTER TABLE "session" ADD COLUMN "pausedSeconds" integer NOT NULL DEFAULT (0)');
    await queryRunner.query('ALTER TABLE "session" ADD COLUMN "endedAt" text');
    await queryRunner.query('ALTER TABLE "session" ADD COLUMN "anonymous" boolean NOT NULL DEFAULT (0)');
    await queryRunner.query('ALTER TABLE "session" ADD COLUMN "lockAtEnd" boolean NOT NULL DEFAULT (1)');
    await queryRunner.query('ALTER TABLE "candidate" ADD COLUMN "anonymousCode" text');
    await queryRunner.query('ALTER TABLE "candidate" ADD COLUMN "extendedMinutes" integer NOT NULL DEFAULT (0)');
    await queryRunner.query('ALTER TABLE "candidate" ADD COLUMN "lockedAt" text');
    await queryRunner.query('ALTER TABLE "candidate" ADD COLUMN "lockedSnapshot" text');
    await queryRunner.query('ALTER TABLE "candidate" ADD COLUMN "unlockedUntil" text');
    await queryRunner.query('ALTER TABLE "candidate" ADD COLUMN "firstLoginAt" text');
    await queryRunner.query('ALTER TABLE "candidate" ADD COLUMN "lastSeenAt" text');
    await queryRunner.query("CREATE TABLE \"session_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"sessionId\" integer NOT NULL, \"candidateId\" integer, \"type\" text NOT NULL, \"reason\" text, \"minutes\" integer, \"actorId\" integer, \"actorName\" text, \"at\" text NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_e650c954c236a71e5080bbca40\" ON \"session_event\" (\"sessionId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c3bb3fa572465664c095f8b3f4\" ON \"session_event\" (\"candidateId\") ");
    await queryRunner.query("CREATE TABLE \"session_jury\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"sessionId\" integer NOT NULL, \"userId\" integer NOT NULL, \"assignedAt\" text NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_ab8a2ba42955e9ce4dd8345924\" ON \"session_jury\" (\"sessionId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2f6c34823831666ed3dcf606cb\" ON \"session_jury\" (\"userId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_5f0540eefb6aa00e65c20b82cf\" ON \"session_jury\" (\"sessionId\", \"userId\") ");
    await queryRunner.query("CREATE TABLE \"jury_mark\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"sessionId\" integer NOT NULL, \"candidateId\" integer NOT NULL, \"criterionId\" text NOT NULL, \"juryId\" integer NOT NULL, \"pointsHundredths\" integer, \"maxPointsHundredths\" integer, \"comment\" text, \"updatedAt\" text NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_791f95f7e81257b59e83d7d850\" ON \"jury_mark\" (\"sessionId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_167aad7fbc5ef2fcba4a7bdda5\" ON \"jury_mark\" (\"candidateId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_9c5269cb44102ed89e866fd001\" ON \"jury_mark\" (\"candidateId\", \"criterionId\", \"juryId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['jury_mark', 'session_jury', 'session_event']) await queryRunner.query(`DROP TABLE "${table}"`);
  }
}
