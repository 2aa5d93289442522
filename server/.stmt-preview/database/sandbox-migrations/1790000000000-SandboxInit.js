"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SandboxInit1790000000000 = void 0;
/** Sandbox database: company, staff, tiers, contacts, catalogue, stock ledger, journal. */
class SandboxInit1790000000000 {
    name = 'SandboxInit1790000000000';
    async up(queryRunner) {
        await queryRunner.query("CREATE TABLE \"company\" (\"id\" integer PRIMARY KEY NOT NULL, \"name\" text NOT NULL, \"legalForm\" text NOT NULL, \"capitalCents\" integer NOT NULL, \"siren\" text NOT NULL, \"siret\" text NOT NULL, \"rcsCity\" text NOT NULL, \"vatNumber\" text NOT NULL, \"nafCode\" text NOT NULL, \"addressLine1\" text NOT NULL, \"addressLine2\" text, \"postcode\" text NOT NULL, \"city\" text NOT NULL, \"country\" text NOT NULL, \"phone\" text, \"email\" text, \"website\" text, \"iban\" text NOT NULL, \"bic\" text NOT NULL, \"logo\" text, \"paymentTerms\" text NOT NULL, \"latePenaltyRateBp\" integer NOT NULL, \"latePenaltyWording\" text NOT NULL, \"recoveryIndemnityCents\" integer NOT NULL, \"earlyPaymentDiscount\" text NOT NULL, \"discountPolicy\" text NOT NULL, \"cgvText\" text, \"maxDiscountBp\" integer NOT NULL, \"maxCreditNoteCents\" integer NOT NULL, \"maxCommercialGestureCents\" integer NOT NULL, \"creditOverrunPolicy\" text NOT NULL, \"defaultLanguage\" text NOT NULL, \"documentFooterNote\" text)");
        await queryRunner.query("CREATE TABLE \"third_party\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" text NOT NULL, \"name\" text NOT NULL, \"isClient\" boolean NOT NULL DEFAULT (0), \"isProspect\" boolean NOT NULL DEFAULT (0), \"isSupplier\" boolean NOT NULL DEFAULT (0), \"customerType\" text NOT NULL, \"zone\" text NOT NULL, \"language\" text NOT NULL, \"legalForm\" text, \"siren\" text, \"siret\" text, \"vatNumber\" text, \"email\" text, \"phone\" text, \"website\" text, \"billingLine1\" text NOT NULL, \"billingLine2\" text, \"billingPostcode\" text NOT NULL, \"billingCity\" text NOT NULL, \"billingCountry\" text NOT NULL, \"deliveryLine1\" text, \"deliveryLine2\" text, \"deliveryPostcode\" text, \"deliveryCity\" text, \"deliveryCountry\" text, \"paymentTerms\" text, \"paymentMethod\" text, \"creditLimitCents\" integer, \"accountManagerId\" integer, \"sector\" text, \"size\" text, \"region\" text, \"source\" text, \"tags\" text NOT NULL DEFAULT ('[]'), \"prospectStatus\" text, \"supplierLeadTimeDays\" integer, \"notes\" text, \"convertedAt\" text, \"createdAt\" text NOT NULL, \"updatedAt\" text NOT NULL)");
        await queryRunner.query("CREATE UNIQUE INDEX \"IDX_4c95e7648e2debf8ee788488f5\" ON \"third_party\" (\"code\") ");
        await queryRunner.query("CREATE INDEX \"IDX_f557bd9af079d2013e34ffdc5e\" ON \"third_party\" (\"name\") ");
        await queryRunner.query("CREATE INDEX \"IDX_4219a87e568b9768b2ff504f22\" ON \"third_party\" (\"isClient\") ");
        await queryRunner.query("CREATE INDEX \"IDX_815b91f5acae1f23a2a5e7c674\" ON \"third_party\" (\"isProspect\") ");
        await queryRunner.query("CREATE INDEX \"IDX_4202d939726c3e416cc233a8d0\" ON \"third_party\" (\"isSupplier\") ");
        await queryRunner.query("CREATE INDEX \"IDX_6580143d86a131c07dcedc9713\" ON \"third_party\" (\"siren\") ");
        await queryRunner.query("CREATE INDEX \"IDX_90a3708375428ce075e20b4887\" ON \"third_party\" (\"email\") ");
        await queryRunner.query("CREATE TABLE \"contact\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"thirdPartyId\" integer NOT NULL, \"civility\" text, \"firstName\" text NOT NULL, \"lastName\" text NOT NULL, \"jobTitle\" text, \"email\" text, \"phone\" text, \"mobile\" text, \"preferredChannel\" text NOT NULL, \"accessibilityNeeds\" text, \"marketingConsent\" text NOT NULL, \"consentDate\" text, \"consentSource\" text, \"isPrimary\" boolean NOT NULL DEFAULT (0), \"notes\" text, \"createdAt\" text NOT NULL, \"updatedAt\" text NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_8aaad947e6da23db5b98bb850c\" ON \"contact\" (\"thirdPartyId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_0d1e9990415a51a5c459dc0bb3\" ON \"contact\" (\"lastName\") ");
        await queryRunner.query("CREATE INDEX \"IDX_eff09bb429f175523787f46003\" ON \"contact\" (\"email\") ");
        await queryRunner.query("CREATE TABLE \"journal_entry\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"at\" text NOT NULL, \"scenarioAt\" text NOT NULL, \"userId\" integer, \"username\" text NOT NULL, \"role\" text NOT NULL, \"resource\" text NOT NULL, \"recordId\" text, \"action\" text NOT NULL, \"label\" text, \"changes\" text NOT NULL, \"prevHash\" text NOT NULL, \"hash\" text NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_3c7af57ddd986f852eb43851a8\" ON \"journal_entry\" (\"at\") ");
        await queryRunner.query("CREATE INDEX \"IDX_2efc02588a5e03d99da588e740\" ON \"journal_entry\" (\"resource\") ");
        await queryRunner.query("CREATE TABLE \"product_family\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" text NOT NULL, \"name\" text NOT NULL)");
        await queryRunner.query("CREATE UNIQUE INDEX \"IDX_1ce910c34ac86d1284a327862b\" ON \"product_family\" (\"code\") ");
        await queryRunner.query("CREATE TABLE \"product\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"reference\" text NOT NULL, \"label\" text NOT NULL, \"description\" text, \"familyId\" integer NOT NULL, \"type\" text NOT NULL, \"unit\" text NOT NULL, \"salePriceCents\" integer NOT NULL, \"vatRateBp\" integer NOT NULL, \"purchasePriceCents\" integer NOT NULL, \"supplierId\" integer, \"supplierReference\" text, \"supplierLeadTimeDays\" integer, \"reorderPoint\" integer NOT NULL DEFAULT (0), \"reorderQuantity\" integer NOT NULL DEFAULT (0), \"weightGrams\" integer, \"ecoInfo\" text, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" text NOT NULL, \"updatedAt\" text NOT NULL)");
        await queryRunner.query("CREATE UNIQUE INDEX \"IDX_0d99c5ecda0104bc04f6780ccf\" ON \"product\" (\"reference\") ");
        await queryRunner.query("CREATE INDEX \"IDX_90bc7a8e481cfa0d826e997813\" ON \"product\" (\"label\") ");
        await queryRunner.query("CREATE INDEX \"IDX_c2cfbd12362dee6f88c50403d0\" ON \"product\" (\"familyId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_4346e4adb741e80f3711ee09ba\" ON \"product\" (\"supplierId\") ");
        await queryRunner.query("CREATE TABLE \"sandbox_info\" (\"id\" integer PRIMARY KEY NOT NULL, \"scenarioId\" text NOT NULL, \"scenarioTitle\" text NOT NULL, \"scenarioHash\" text NOT NULL, \"scenarioStartAt\" text NOT NULL, \"builtAt\" text NOT NULL)");
        await queryRunner.query("CREATE TABLE \"staff\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"firstName\" text NOT NULL, \"lastName\" text NOT NULL, \"jobTitle\" text NOT NULL, \"role\" text NOT NULL, \"email\" text, \"phone\" text)");
        await queryRunner.query("CREATE TABLE \"stock_movement\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"productId\" integer NOT NULL, \"date\" text NOT NULL, \"type\" text NOT NULL, \"quantity\" integer NOT NULL, \"reason\" text, \"sourceType\" text NOT NULL, \"sourceId\" integer, \"author\" text, \"createdAt\" text NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_9e1078f3037faf8730f384bb42\" ON \"stock_movement\" (\"productId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_1bf5cc6c76928d6af6dcb9339f\" ON \"stock_movement\" (\"date\") ");
        await queryRunner.query("DROP INDEX \"IDX_8aaad947e6da23db5b98bb850c\"");
        await queryRunner.query("DROP INDEX \"IDX_0d1e9990415a51a5c459dc0bb3\"");
        await queryRunner.query("DROP INDEX \"IDX_eff09bb429f175523787f46003\"");
        await queryRunner.query("CREATE TABLE \"temporary_contact\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"thirdPartyId\" integer NOT NULL, \"civility\" text, \"firstName\" text NOT NULL, \"lastName\" text NOT NULL, \"jobTitle\" text, \"email\" text, \"phone\" text, \"mobile\" text, \"preferredChannel\" text NOT NULL, \"accessibilityNeeds\" text, \"marketingConsent\" text NOT NULL, \"consentDate\" text, \"consentSource\" text, \"isPrimary\" boolean NOT NULL DEFAULT (0), \"notes\" text, \"createdAt\" text NOT NULL, \"updatedAt\" text NOT NULL, CONSTRAINT \"FK_8aaad947e6da23db5b98bb850ce\" FOREIGN KEY (\"thirdPartyId\") REFERENCES \"third_party\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
        await queryRunner.query("INSERT INTO \"temporary_contact\"(\"id\", \"thirdPartyId\", \"civility\", \"firstName\", \"lastName\", \"jobTitle\", \"email\", \"phone\", \"mobile\", \"preferredChannel\", \"accessibilityNeeds\", \"marketingConsent\", \"consentDate\", \"consentSource\", \"isPrimary\", \"notes\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"thirdPartyId\", \"civility\", \"firstName\", \"lastName\", \"jobTitle\", \"email\", \"phone\", \"mobile\", \"preferredChannel\", \"accessibilityNeeds\", \"marketingConsent\", \"consentDate\", \"consentSource\", \"isPrimary\", \"notes\", \"createdAt\", \"updatedAt\" FROM \"contact\"");
        await queryRunner.query("DROP TABLE \"contact\"");
        await queryRunner.query("ALTER TABLE \"temporary_contact\" RENAME TO \"contact\"");
        await queryRunner.query("CREATE INDEX \"IDX_8aaad947e6da23db5b98bb850c\" ON \"contact\" (\"thirdPartyId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_0d1e9990415a51a5c459dc0bb3\" ON \"contact\" (\"lastName\") ");
        await queryRunner.query("CREATE INDEX \"IDX_eff09bb429f175523787f46003\" ON \"contact\" (\"email\") ");
        await queryRunner.query("DROP INDEX \"IDX_0d99c5ecda0104bc04f6780ccf\"");
        await queryRunner.query("DROP INDEX \"IDX_90bc7a8e481cfa0d826e997813\"");
        await queryRunner.query("DROP INDEX \"IDX_c2cfbd12362dee6f88c50403d0\"");
        await queryRunner.query("DROP INDEX \"IDX_4346e4adb741e80f3711ee09ba\"");
        await queryRunner.query("CREATE TABLE \"temporary_product\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"reference\" text NOT NULL, \"label\" text NOT NULL, \"description\" text, \"familyId\" integer NOT NULL, \"type\" text NOT NULL, \"unit\" text NOT NULL, \"salePriceCents\" integer NOT NULL, \"vatRateBp\" integer NOT NULL, \"purchasePriceCents\" integer NOT NULL, \"supplierId\" integer, \"supplierReference\" text, \"supplierLeadTimeDays\" integer, \"reorderPoint\" integer NOT NULL DEFAULT (0), \"reorderQuantity\" integer NOT NULL DEFAULT (0), \"weightGrams\" integer, \"ecoInfo\" text, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" text NOT NULL, \"updatedAt\" text NOT NULL, CONSTRAINT \"FK_c2cfbd12362dee6f88c50403d0b\" FOREIGN KEY (\"familyId\") REFERENCES \"product_family\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
        await queryRunner.query("INSERT INTO \"temporary_product\"(\"id\", \"reference\", \"label\", \"description\", \"familyId\", \"type\", \"unit\", \"salePriceCents\", \"vatRateBp\", \"purchasePriceCents\", \"supplierId\", \"supplierReference\", \"supplierLeadTimeDays\", \"reorderPoint\", \"reorderQuantity\", \"weightGrams\", \"ecoInfo\", \"active\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"reference\", \"label\", \"description\", \"familyId\", \"type\", \"unit\", \"salePriceCents\", \"vatRateBp\", \"purchasePriceCents\", \"supplierId\", \"supplierReference\", \"supplierLeadTimeDays\", \"reorderPoint\", \"reorderQuantity\", \"weightGrams\", \"ecoInfo\", \"active\", \"createdAt\", \"updatedAt\" FROM \"product\"");
        await queryRunner.query("DROP TABLE \"product\"");
        await queryRunner.query("ALTER TABLE \"temporary_product\" RENAME TO \"product\"");
        await queryRunner.query("CREATE UNIQUE INDEX \"IDX_0d99c5ecda0104bc04f6780ccf\" ON \"product\" (\"reference\") ");
        await queryRunner.query("CREATE INDEX \"IDX_90bc7a8e481cfa0d826e997813\" ON \"product\" (\"label\") ");
        await queryRunner.query("CREATE INDEX \"IDX_c2cfbd12362dee6f88c50403d0\" ON \"product\" (\"familyId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_4346e4adb741e80f3711ee09ba\" ON \"product\" (\"supplierId\") ");
    }
    async down(queryRunner) {
        await queryRunner.query('DROP TABLE "stock_movement"');
        await queryRunner.query('DROP TABLE "staff"');
        await queryRunner.query('DROP TABLE "sandbox_info"');
        await queryRunner.query('DROP TABLE "product"');
        await queryRunner.query('DROP TABLE "product_family"');
        await queryRunner.query('DROP TABLE "journal_entry"');
        await queryRunner.query('DROP TABLE "contact"');
        await queryRunner.query('DROP TABLE "third_party"');
        await queryRunner.query('DROP TABLE "company"');
    }
}
exports.SandboxInit1790000000000 = SandboxInit1790000000000;
//# sourceMappingURL=1790000000000-SandboxInit.js.map