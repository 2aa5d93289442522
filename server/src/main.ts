import { createApp } from './app.js';
import { loadAppConfig } from './config/app.config.js';

async function main() {
  const started = performance.now();
  const config = loadAppConfig();
  const { app, credentials } = await createApp(config);
  await app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `Comptoir est prêt : ${url}  (démarré en ${Math.round(performance.now() - started)} ms)`,
    `  API : ${url}/api   Documentation OpenAPI : ${url}/api/docs`,
    `  Données : ${config.dataDir}`,
  ];
  if (credentials.admin) lines.push('', `  Administrateur : admin / ${credentials.admin.password}   (${credentials.admin.note})`);
  else lines.push('', '  Administrateur : admin / (mot de passe déjà défini ou ADMIN_PASSWORD)');
  if (credentials.demo.length) {
    lines.push('', '  Comptes de démonstration :');
    for (const c of credentials.demo) lines.push(`    ${c.role.padEnd(10)} ${c.username.padEnd(18)} ${c.password}${c.note ? `   ${c.note}` : ''}`);
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
