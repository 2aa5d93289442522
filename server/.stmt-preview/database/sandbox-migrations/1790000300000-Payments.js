"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Payments1790000300000 = void 0;
/** Payments received and their allocation to invoices. */
class Payments1790000300000 {
    name = 'Payments1790000300000';
    async up(queryRunner) {
        await queryRunner.query("CREATE TABLE \"payment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"clientId\" integer NOT NULL, \"date\" text NOT NULL, \"amountCents\" integer NOT NULL, \"method\" text NOT NULL, \"reference\" text, \"notes\" text, \"status\" text NOT NULL, \"cancelReason\" text, \"cancelledAt\" text, \"createdAt\" text NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_bbbabef6ffa9572acb68cb0f21\" ON \"payment\" (\"clientId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_89ae5a36f3b6b3520ec9f62736\" ON \"payment\" (\"date\") ");
        await queryRunner.query("CREATE INDEX \"IDX_3af0086da18f32ac05a52e5639\" ON \"payment\" (\"status\") ");
        await queryRunner.query("CREATE TABLE \"payment_allocation\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"paymentId\" integer NOT NULL, \"invoiceId\" integer NOT NULL, \"amountCents\" integer NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_5c7edaf0b8e2345d4a117d229f\" ON \"payment_allocation\" (\"paymentId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_64ea15fe8e4ed9035dc27f1ef4\" ON \"payment_allocation\" (\"invoiceId\") ");
    }
    async down(queryRunner) {
        await queryRunner.query('DROP TABLE "payment_allocation"');
        await queryRunner.query('DROP TABLE "payment"');
    }
}
exports.Payments1790000300000 = Payments1790000300000;
//# sourceMappingURL=1790000300000-Payments.js.map