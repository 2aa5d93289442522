"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Receivables1790000400000 = void 0;
/** Receivables: credit risk and solvency of clients, recovery procedure, reminders, calls, payment plans, credit approvals. */
class Receivables1790000400000 {
    name = 'Receivables1790000400000';
    async up(queryRunner) {
        await queryRunner.query('ALTER TABLE "company" ADD COLUMN "latePenaltyRatesBp" text NOT NULL DEFAULT (\'{}\')');
        await queryRunner.query('ALTER TABLE "company" ADD COLUMN "recoverySteps" text NOT NULL DEFAULT (\'[]\')');
        await queryRunner.query('ALTER TABLE "company" ADD COLUMN "litigationAfterDays" integer NOT NULL DEFAULT (50)');
        await queryRunner.query('ALTER TABLE "company" ADD COLUMN "reminderDeadlineDays" integer NOT NULL DEFAULT (8)');
        await queryRunner.query('ALTER TABLE "company" ADD COLUMN "creditApprovalMaxOverrunBp" integer NOT NULL DEFAULT (2000)');
        await queryRunner.query('ALTER TABLE "order" ADD COLUMN "creditCheckStatus" text');
        await queryRunner.query('ALTER TABLE "order" ADD COLUMN "creditCheckedAt" text');
        await queryRunner.query('CREATE INDEX "IDX_17d5b193e78cc6bf93360f883d" ON "order" ("creditCheckStatus") ');
        await queryRunner.query('ALTER TABLE "third_party" ADD COLUMN "riskStatus" text NOT NULL DEFAULT (\'normal\')');
        await queryRunner.query('ALTER TABLE "third_party" ADD COLUMN "solvencyCheckedOn" text');
        await queryRunner.query('ALTER TABLE "third_party" ADD COLUMN "solvencySource" text');
        await queryRunner.query('ALTER TABLE "third_party" ADD COLUMN "solvencyNote" text');
        await queryRunner.query('ALTER TABLE "third_party" ADD COLUMN "litigationSince" text');
        await queryRunner.query("CREATE TABLE \"credit_approval\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"orderId\" integer NOT NULL, \"clientId\" integer NOT NULL, \"orderGrossCents\" integer NOT NULL, \"outstandingCents\" integer NOT NULL, \"creditLimitCents\" integer, \"overrunCents\" integer NOT NULL, \"reason\" text, \"status\" text NOT NULL, \"decidedBy\" text, \"decidedAt\" text, \"decisionNote\" text, \"requestMessageId\" integer, \"replyMessageId\" integer, \"requestedAt\" text NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_3877773b05c6fe5958f1701078\" ON \"credit_approval\" (\"orderId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_5f588422380f8828fff19b41d1\" ON \"credit_approval\" (\"clientId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_a5767b55c5453fbd98a2aa9684\" ON \"credit_approval\" (\"status\") ");
        await queryRunner.query("CREATE TABLE \"interaction\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"thirdPartyId\" integer NOT NULL, \"contactId\" integer, \"kind\" text NOT NULL, \"at\" text NOT NULL, \"subject\" text NOT NULL, \"outcome\" text, \"promisedDate\" text, \"promisedAmountCents\" integer, \"notes\" text, \"relatedResource\" text, \"relatedId\" integer, \"author\" text, \"createdAt\" text NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_01844a8ae9acc1737ac721cf63\" ON \"interaction\" (\"thirdPartyId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_6f1e2f25d7bc3cf82ce7d642f9\" ON \"interaction\" (\"at\") ");
        await queryRunner.query("CREATE INDEX \"IDX_5e429f5eb3e801aaa8a32901d4\" ON \"interaction\" (\"relatedResource\") ");
        await queryRunner.query("CREATE TABLE \"payment_plan\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"clientId\" integer NOT NULL, \"agreedOn\" text NOT NULL, \"invoiceIds\" text NOT NULL, \"totalCents\" integer NOT NULL, \"status\" text NOT NULL, \"notes\" text, \"cancelReason\" text, \"createdAt\" text NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_8c9a51ec12d06b0d1cee68c2a6\" ON \"payment_plan\" (\"clientId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_3b7e32e1e1c6ff15d1cefae972\" ON \"payment_plan\" (\"status\") ");
        await queryRunner.query("CREATE TABLE \"payment_plan_installment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"paymentPlanId\" integer NOT NULL, \"dueDate\" text NOT NULL, \"amountCents\" integer NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_732f596c8c7415f86baaa14194\" ON \"payment_plan_installment\" (\"paymentPlanId\") ");
        await queryRunner.query("CREATE TABLE \"reminder\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"clientId\" integer NOT NULL, \"contactId\" integer, \"level\" integer NOT NULL, \"kind\" text NOT NULL, \"date\" text NOT NULL, \"newDeadline\" text, \"language\" text NOT NULL, \"balanceCents\" integer NOT NULL, \"penaltyCents\" integer NOT NULL, \"indemnityCents\" integer NOT NULL, \"totalClaimedCents\" integer NOT NULL, \"messageId\" integer, \"interactionId\" integer, \"notes\" text, \"author\" text, \"createdAt\" text NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_3502dd49239c2c363d28ac4d80\" ON \"reminder\" (\"clientId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_3c6b76d697e78e2d666ce26d57\" ON \"reminder\" (\"level\") ");
        await queryRunner.query("CREATE INDEX \"IDX_86119c2acab77191cb6346602a\" ON \"reminder\" (\"date\") ");
        await queryRunner.query("CREATE TABLE \"reminder_invoice\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"reminderId\" integer NOT NULL, \"invoiceId\" integer NOT NULL, \"invoiceNumber\" text NOT NULL, \"invoiceDate\" text NOT NULL, \"dueDate\" text NOT NULL, \"grossCents\" integer NOT NULL, \"paidCents\" integer NOT NULL, \"balanceCents\" integer NOT NULL, \"daysLate\" integer NOT NULL, \"rateBp\" integer NOT NULL, \"penaltyCents\" integer NOT NULL, \"indemnityCents\" integer NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_f18d700ccbb5f8b5fe68524ca2\" ON \"reminder_invoice\" (\"reminderId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_57de05882c87b34b8bb1a1ef0d\" ON \"reminder_invoice\" (\"invoiceId\") ");
    }
    async down(queryRunner) {
        for (const table of ['credit_approval', 'payment_plan_installment', 'payment_plan', 'reminder_invoice', 'reminder', 'interaction'])
            await queryRunner.query(`DROP TABLE "${table}"`);
    }
}
exports.Receivables1790000400000 = Receivables1790000400000;
//# sourceMappingURL=1790000400000-Receivables.js.map