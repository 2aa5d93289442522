"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ControlInit1790000000000 = void 0;
/** Control database: users, tokens, sessions, candidates, sandboxes. */
class ControlInit1790000000000 {
    name = 'ControlInit1790000000000';
    async up(queryRunner) {
        await queryRunner.query("CREATE TABLE \"auth_token\" (\"tokenHash\" text PRIMARY KEY NOT NULL, \"userId\" integer NOT NULL, \"createdAt\" text NOT NULL, \"expiresAt\" text NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_5a326267f11b44c0d62526bc71\" ON \"auth_token\" (\"userId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_7cd2007f24ad4c2644331e0783\" ON \"auth_token\" (\"expiresAt\") ");
        await queryRunner.query("CREATE TABLE \"candidate\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"sessionId\" integer NOT NULL, \"name\" text NOT NULL, \"candidateNumber\" text NOT NULL, \"extraMinutes\" integer NOT NULL DEFAULT (0), \"userId\" integer NOT NULL, \"sandboxId\" text NOT NULL, \"createdAt\" text NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_bd090a49efaf7158c0b55300be\" ON \"candidate\" (\"sessionId\") ");
        await queryRunner.query("CREATE UNIQUE INDEX \"IDX_3930aa71e0fa24f09201811b1b\" ON \"candidate\" (\"userId\") ");
        await queryRunner.query("CREATE UNIQUE INDEX \"IDX_25b850f20fe93f01e7680f32c4\" ON \"candidate\" (\"sandboxId\") ");
        await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c26944d967afc3d456239dbe7a\" ON \"candidate\" (\"sessionId\", \"candidateNumber\") ");
        await queryRunner.query("CREATE TABLE \"sandbox\" (\"id\" text PRIMARY KEY NOT NULL, \"sessionId\" integer, \"scenarioId\" text NOT NULL, \"templateKey\" text NOT NULL, \"scenarioStartAt\" text NOT NULL, \"resetCount\" integer NOT NULL DEFAULT (0), \"lastResetAt\" text, \"createdAt\" text NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_0cdbcb54c01a1c6e514351125f\" ON \"sandbox\" (\"sessionId\") ");
        await queryRunner.query("CREATE TABLE \"session\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" text NOT NULL, \"scenarioId\" text NOT NULL, \"scenarioTitle\" text NOT NULL, \"templateKey\" text NOT NULL, \"mode\" text NOT NULL, \"startsAt\" text NOT NULL, \"durationMinutes\" integer NOT NULL, \"isDemo\" boolean NOT NULL DEFAULT (0), \"archivedAt\" text, \"createdById\" integer, \"createdAt\" text NOT NULL)");
        await queryRunner.query("CREATE TABLE \"user\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" text NOT NULL, \"role\" text NOT NULL, \"displayName\" text NOT NULL, \"passwordHash\" text NOT NULL, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" text NOT NULL)");
        await queryRunner.query("CREATE UNIQUE INDEX \"IDX_78a916df40e02a9deb1c4b75ed\" ON \"user\" (\"username\") ");
    }
    async down(queryRunner) {
        await queryRunner.query('DROP TABLE "user"');
        await queryRunner.query('DROP TABLE "session"');
        await queryRunner.query('DROP TABLE "sandbox"');
        await queryRunner.query('DROP TABLE "candidate"');
        await queryRunner.query('DROP TABLE "auth_token"');
    }
}
exports.ControlInit1790000000000 = ControlInit1790000000000;
//# sourceMappingURL=1790000000000-ControlInit.js.map