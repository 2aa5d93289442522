"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const app_js_1 = require("./app.js");
const app_config_js_1 = require("./config/app.config.js");
async function main() {
    const started = performance.now();
    const config = (0, app_config_js_1.loadAppConfig)();
    const { app, credentials } = await (0, app_js_1.createApp)(config);
    await app.listen(config.port, config.host);
    const url = `http://localhost:${config.port}`;
    const lines = [
        '',
        `Comptoir est prêt : ${url}  (démarré en ${Math.round(performance.now() - started)} ms)`,
        `  API : ${url}/api   Documentation OpenAPI : ${url}/api/docs`,
        `  Données : ${config.dataDir}`,
    ];
    if (credentials.admin)
        lines.push('', `  Administrateur : admin / ${credentials.admin.password}   (${credentials.admin.note})`);
    else
        lines.push('', '  Administrateur : admin / (mot de passe déjà défini ou ADMIN_PASSWORD)');
    if (credentials.demo.length) {
        lines.push('', '  Comptes de démonstration :');
        for (const c of credentials.demo)
            lines.push(`    ${c.role.padEnd(10)} ${c.username.padEnd(18)} ${c.password}${c.note ? `   ${c.note}` : ''}`);
    }
    console.log(lines.join('\n') + '\n');
}
main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
});
//# sourceMappingURL=main.js.map