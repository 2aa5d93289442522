"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Messages1790000200000 = void 0;
/** The sandbox mailbox: outbox of everything sent (with attachments), inbox of scenario messages. */
class Messages1790000200000 {
    name = 'Messages1790000200000';
    async up(queryRunner) {
        await queryRunner.query("CREATE TABLE \"message\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"direction\" text NOT NULL, \"channel\" text NOT NULL, \"fromAddress\" text, \"toAddress\" text, \"toName\" text, \"thirdPartyId\" integer, \"subject\" text NOT NULL, \"body\" text NOT NULL, \"relatedResource\" text, \"relatedId\" integer, \"relatedNumber\" text, \"attachments\" text NOT NULL, \"sentAt\" text NOT NULL, \"author\" text, \"createdAt\" text NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_cb2736898bfe794076f5461bbb\" ON \"message\" (\"direction\") ");
        await queryRunner.query("CREATE INDEX \"IDX_aa70d321a401f7976838f181e4\" ON \"message\" (\"thirdPartyId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_9ed86bb784ce57c88606409efa\" ON \"message\" (\"relatedResource\") ");
        await queryRunner.query("CREATE INDEX \"IDX_dadf862659b266616a1de31484\" ON \"message\" (\"sentAt\") ");
        await queryRunner.query("CREATE TABLE \"message_attachment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"messageId\" integer NOT NULL, \"filename\" text NOT NULL, \"contentType\" text NOT NULL, \"data\" blob NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_2ac7499c95ef4f2b7cf2f0f26e\" ON \"message_attachment\" (\"messageId\") ");
    }
    async down(queryRunner) {
        await queryRunner.query('DROP TABLE "message_attachment"');
        await queryRunner.query('DROP TABLE "message"');
    }
}
exports.Messages1790000200000 = Messages1790000200000;
//# sourceMappingURL=1790000200000-Messages.js.map