"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SalesDocuments1790000100000 = void 0;
/** Sales chain: quotes, orders, delivery notes, invoices (and deposits), credit notes, numbering sequences. */
class SalesDocuments1790000100000 {
    name = 'SalesDocuments1790000100000';
    async up(queryRunner) {
        await queryRunner.query("CREATE TABLE \"credit_note\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"number\" text, \"clientId\" integer NOT NULL, \"contactId\" integer, \"date\" text NOT NULL, \"language\" text NOT NULL, \"vatRegime\" text NOT NULL, \"globalDiscountBp\" integer NOT NULL DEFAULT (0), \"shippingCents\" integer NOT NULL DEFAULT (0), \"shippingVatRateBp\" integer NOT NULL DEFAULT (2000), \"netCents\" integer NOT NULL DEFAULT (0), \"vatCents\" integer NOT NULL DEFAULT (0), \"grossCents\" integer NOT NULL DEFAULT (0), \"vatBreakdown\" text NOT NULL, \"notes\" text, \"validatedAt\" text, \"createdAt\" text NOT NULL, \"updatedAt\" text NOT NULL, \"status\" text NOT NULL, \"invoiceId\" integer NOT NULL, \"reason\" text NOT NULL, \"restock\" boolean NOT NULL DEFAULT (0), \"partiesSnapshot\" text)");
        await queryRunner.query("CREATE UNIQUE INDEX \"IDX_35658bfb675c9321a4e20fa437\" ON \"credit_note\" (\"number\") ");
        await queryRunner.query("CREATE INDEX \"IDX_4d1ef28131ad5f72f624435fde\" ON \"credit_note\" (\"clientId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_d870a4df9d21407fcd6d360812\" ON \"credit_note\" (\"date\") ");
        await queryRunner.query("CREATE INDEX \"IDX_3519b176e8c21959368f311437\" ON \"credit_note\" (\"status\") ");
        await queryRunner.query("CREATE INDEX \"IDX_76bc78748c7e6bcfbfb47857c7\" ON \"credit_note\" (\"invoiceId\") ");
        await queryRunner.query("CREATE TABLE \"credit_note_line\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"position\" integer NOT NULL, \"productId\" integer, \"reference\" text, \"label\" text NOT NULL, \"unit\" text NOT NULL, \"quantity\" integer NOT NULL, \"unitPriceCents\" integer NOT NULL, \"discountBp\" integer NOT NULL DEFAULT (0), \"vatRateBp\" integer NOT NULL, \"netCents\" integer NOT NULL, \"creditNoteId\" integer NOT NULL, \"invoiceLineId\" integer)");
        await queryRunner.query("CREATE INDEX \"IDX_05f391661c87ed1a39f670bbc0\" ON \"credit_note_line\" (\"creditNoteId\") ");
        await queryRunner.query("CREATE TABLE \"delivery_note\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"number\" text, \"status\" text NOT NULL, \"orderId\" integer NOT NULL, \"clientId\" integer NOT NULL, \"date\" text NOT NULL, \"carrier\" text, \"parcels\" integer, \"weightGrams\" integer, \"trackingNumber\" text, \"incoterm\" text, \"deliveryLine1\" text NOT NULL, \"deliveryLine2\" text, \"deliveryPostcode\" text NOT NULL, \"deliveryCity\" text NOT NULL, \"deliveryCountry\" text NOT NULL, \"notes\" text, \"validatedAt\" text, \"createdAt\" text NOT NULL, \"updatedAt\" text NOT NULL)");
        await queryRunner.query("CREATE UNIQUE INDEX \"IDX_4c93f357285fb29019062c8212\" ON \"delivery_note\" (\"number\") ");
        await queryRunner.query("CREATE INDEX \"IDX_280060e9464523546ddf4f1c6a\" ON \"delivery_note\" (\"status\") ");
        await queryRunner.query("CREATE INDEX \"IDX_591f58b29f993b16c84f48d1ec\" ON \"delivery_note\" (\"orderId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_3b07922948ede86e5f818db9fa\" ON \"delivery_note\" (\"clientId\") ");
        await queryRunner.query("CREATE TABLE \"delivery_note_line\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"deliveryNoteId\" integer NOT NULL, \"orderLineId\" integer NOT NULL, \"position\" integer NOT NULL, \"productId\" integer, \"reference\" text, \"label\" text NOT NULL, \"unit\" text NOT NULL, \"quantity\" integer NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_0bc8fab9df2494807438993f4c\" ON \"delivery_note_line\" (\"deliveryNoteId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_df0d065acaed3540cba530211c\" ON \"delivery_note_line\" (\"orderLineId\") ");
        await queryRunner.query("CREATE TABLE \"document_sequence\" (\"type\" text NOT NULL, \"year\" integer NOT NULL, \"lastValue\" integer NOT NULL, PRIMARY KEY (\"type\", \"year\"))");
        await queryRunner.query("CREATE TABLE \"invoice\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"number\" text, \"clientId\" integer NOT NULL, \"contactId\" integer, \"date\" text NOT NULL, \"language\" text NOT NULL, \"vatRegime\" text NOT NULL, \"globalDiscountBp\" integer NOT NULL DEFAULT (0), \"shippingCents\" integer NOT NULL DEFAULT (0), \"shippingVatRateBp\" integer NOT NULL DEFAULT (2000), \"netCents\" integer NOT NULL DEFAULT (0), \"vatCents\" integer NOT NULL DEFAULT (0), \"grossCents\" integer NOT NULL DEFAULT (0), \"vatBreakdown\" text NOT NULL, \"notes\" text, \"validatedAt\" text, \"createdAt\" text NOT NULL, \"updatedAt\" text NOT NULL, \"type\" text NOT NULL, \"status\" text NOT NULL, \"orderId\" integer, \"deliveryNoteIds\" text NOT NULL, \"depositInvoiceIds\" text NOT NULL, \"depositBp\" integer, \"clientReference\" text, \"paymentTerms\" text NOT NULL, \"paymentMethod\" text, \"dueDate\" text, \"deliveryDate\" text, \"partiesSnapshot\" text)");
        await queryRunner.query("CREATE UNIQUE INDEX \"IDX_60284980bc8b9c624459948f4a\" ON \"invoice\" (\"number\") ");
        await queryRunner.query("CREATE INDEX \"IDX_f18e9b95fe80b1f554d1cb6c23\" ON \"invoice\" (\"clientId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_c0000d830798df6eee208fafda\" ON \"invoice\" (\"date\") ");
        await queryRunner.query("CREATE INDEX \"IDX_6a965a7183291f81db4e419445\" ON \"invoice\" (\"type\") ");
        await queryRunner.query("CREATE INDEX \"IDX_b14e893339e619f51db7d6692f\" ON \"invoice\" (\"status\") ");
        await queryRunner.query("CREATE INDEX \"IDX_f494ce6746b91e9ec9562af485\" ON \"invoice\" (\"orderId\") ");
        await queryRunner.query("CREATE TABLE \"invoice_line\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"position\" integer NOT NULL, \"productId\" integer, \"reference\" text, \"label\" text NOT NULL, \"unit\" text NOT NULL, \"quantity\" integer NOT NULL, \"unitPriceCents\" integer NOT NULL, \"discountBp\" integer NOT NULL DEFAULT (0), \"vatRateBp\" integer NOT NULL, \"netCents\" integer NOT NULL, \"invoiceId\" integer NOT NULL, \"orderLineId\" integer, \"deliveryNoteLineId\" integer)");
        await queryRunner.query("CREATE INDEX \"IDX_d1abbe501a231d860de4e4eb59\" ON \"invoice_line\" (\"invoiceId\") ");
        await queryRunner.query("CREATE TABLE \"order\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"number\" text, \"clientId\" integer NOT NULL, \"contactId\" integer, \"date\" text NOT NULL, \"language\" text NOT NULL, \"vatRegime\" text NOT NULL, \"globalDiscountBp\" integer NOT NULL DEFAULT (0), \"shippingCents\" integer NOT NULL DEFAULT (0), \"shippingVatRateBp\" integer NOT NULL DEFAULT (2000), \"netCents\" integer NOT NULL DEFAULT (0), \"vatCents\" integer NOT NULL DEFAULT (0), \"grossCents\" integer NOT NULL DEFAULT (0), \"vatBreakdown\" text NOT NULL, \"notes\" text, \"validatedAt\" text, \"createdAt\" text NOT NULL, \"updatedAt\" text NOT NULL, \"status\" text NOT NULL, \"sourceQuoteId\" integer, \"clientReference\" text, \"requestedDeliveryDate\" text, \"paymentTerms\" text, \"paymentMethod\" text, \"deliveryLine1\" text, \"deliveryLine2\" text, \"deliveryPostcode\" text, \"deliveryCity\" text, \"deliveryCountry\" text, \"cancelledAt\" text)");
        await queryRunner.query("CREATE UNIQUE INDEX \"IDX_2bf21e468cc540c1ac7645da26\" ON \"order\" (\"number\") ");
        await queryRunner.query("CREATE INDEX \"IDX_9b27855a9c2ade186e5c55d1ec\" ON \"order\" (\"clientId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_c0f10e11d9e196bb29125a6943\" ON \"order\" (\"date\") ");
        await queryRunner.query("CREATE INDEX \"IDX_7a9573d6a1fb982772a9123320\" ON \"order\" (\"status\") ");
        await queryRunner.query("CREATE INDEX \"IDX_ebcfac81b7cefb54e5edd99680\" ON \"order\" (\"sourceQuoteId\") ");
        await queryRunner.query("CREATE TABLE \"order_line\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"position\" integer NOT NULL, \"productId\" integer, \"reference\" text, \"label\" text NOT NULL, \"unit\" text NOT NULL, \"quantity\" integer NOT NULL, \"unitPriceCents\" integer NOT NULL, \"discountBp\" integer NOT NULL DEFAULT (0), \"vatRateBp\" integer NOT NULL, \"netCents\" integer NOT NULL, \"orderId\" integer NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_239cfca2a55b98b90b6bef2e44\" ON \"order_line\" (\"orderId\") ");
        await queryRunner.query("CREATE TABLE \"quote\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"number\" text, \"clientId\" integer NOT NULL, \"contactId\" integer, \"date\" text NOT NULL, \"language\" text NOT NULL, \"vatRegime\" text NOT NULL, \"globalDiscountBp\" integer NOT NULL DEFAULT (0), \"shippingCents\" integer NOT NULL DEFAULT (0), \"shippingVatRateBp\" integer NOT NULL DEFAULT (2000), \"netCents\" integer NOT NULL DEFAULT (0), \"vatCents\" integer NOT NULL DEFAULT (0), \"grossCents\" integer NOT NULL DEFAULT (0), \"vatBreakdown\" text NOT NULL, \"notes\" text, \"validatedAt\" text, \"createdAt\" text NOT NULL, \"updatedAt\" text NOT NULL, \"status\" text NOT NULL, \"validUntil\" text NOT NULL, \"paymentTerms\" text, \"paymentMethod\" text, \"promisedDeliveryDate\" text, \"cgvReference\" text, \"sentAt\" text, \"decidedAt\" text, \"duplicatedFromId\" integer)");
        await queryRunner.query("CREATE UNIQUE INDEX \"IDX_1d311ec0709425bb0857b389f6\" ON \"quote\" (\"number\") ");
        await queryRunner.query("CREATE INDEX \"IDX_8b8c48876f6fdcf3e143c41596\" ON \"quote\" (\"clientId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_e199ac8ff5010fbdb784699aa9\" ON \"quote\" (\"date\") ");
        await queryRunner.query("CREATE INDEX \"IDX_15ccc5d7733f0abc528549dcba\" ON \"quote\" (\"status\") ");
        await queryRunner.query("CREATE TABLE \"quote_line\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"position\" integer NOT NULL, \"productId\" integer, \"reference\" text, \"label\" text NOT NULL, \"unit\" text NOT NULL, \"quantity\" integer NOT NULL, \"unitPriceCents\" integer NOT NULL, \"discountBp\" integer NOT NULL DEFAULT (0), \"vatRateBp\" integer NOT NULL, \"netCents\" integer NOT NULL, \"quoteId\" integer NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_89624096c976f57b010aa5c4fb\" ON \"quote_line\" (\"quoteId\") ");
    }
    async down(queryRunner) {
        await queryRunner.query('DROP TABLE "quote_line"');
        await queryRunner.query('DROP TABLE "quote"');
        await queryRunner.query('DROP TABLE "order_line"');
        await queryRunner.query('DROP TABLE "order"');
        await queryRunner.query('DROP TABLE "invoice_line"');
        await queryRunner.query('DROP TABLE "invoice"');
        await queryRunner.query('DROP TABLE "document_sequence"');
        await queryRunner.query('DROP TABLE "delivery_note_line"');
        await queryRunner.query('DROP TABLE "delivery_note"');
        await queryRunner.query('DROP TABLE "credit_note_line"');
        await queryRunner.query('DROP TABLE "credit_note"');
    }
}
exports.SalesDocuments1790000100000 = SalesDocuments1790000100000;
//# sourceMappingURL=1790000100000-SalesDocuments.js.map