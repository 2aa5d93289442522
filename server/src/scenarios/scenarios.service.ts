import { Inject, Injectable, Logger } from '@nestjs/common';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/app.config.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { SANDBOX_SCHEMA_VERSION } from '../database/migrations.js';
import { formatScenarioError, loadAllScenarios, LoadedScenario } from './scenario-loader.js';
import { buildTemplate, scenarioStartOf } from './template-builder.js';

export interface ScenarioTemplate {
  scenario: LoadedScenario;
  /** `<scenario>@<hash>`: the template's file name without extension. */
  key: string;
  file: string;
  scenarioStartAt: string;
}

/**
 * Loads every scenario of seeds/ at boot, refuses invalid ones (logged with file, line and path),
 * and compiles each valid one into data/templates/<id>@<hash>.sqlite unless that file exists.
 */
@Injectable()
export class ScenariosService {
  private readonly logger = new Logger(ScenariosService.name);
  private readonly templates = new Map<string, ScenarioTemplate>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get templatesDir(): string {
    return path.join(this.config.dataDir, 'templates');
  }

  async load(): Promise<void> {
    fs.mkdirSync(this.templatesDir, { recursive: true });
    const { scenarios, errors } = loadAllScenarios(this.config.seedsDir);
    for (const e of errors) this.logger.error(`Scénario refusé : ${formatScenarioError(e)}`);
    for (const scenario of scenarios) {
      const hash = crypto.createHash('sha256').update(`${scenario.hash}|${SANDBOX_SCHEMA_VERSION}`).digest('hex').slice(0, 16);
      const key = `${scenario.id}@${hash}`;
      const file = path.join(this.templatesDir, `${key}.sqlite`);
      if (!fs.existsSync(file)) {
        const t0 = Date.now();
        await buildTemplate(scenario, file);
        this.logger.log(`Modèle ${key} construit en ${Date.now() - t0} ms`);
      }
      this.templates.set(scenario.id, { scenario, key, file, scenarioStartAt: scenarioStartOf(scenario.document) });
    }
  }

  list() {
    return [...this.templates.values()].map(({ scenario, key }) => ({
      id: scenario.id,
      title: scenario.title,
      hash: key.split('@')[1],
      description: scenario.description,
    }));
  }

  get(scenarioId: string): ScenarioTemplate {
    const template = this.templates.get(scenarioId);
    if (!template) throw new DomainException('SCENARIO_NOT_FOUND', undefined, { field: 'scenarioId' });
    return template;
  }

  /** The template file of a key, if still on disk (an older version of a scenario stays usable for its sessions). */
  fileOfKey(key: string): string | null {
    if (!/^[a-z0-9-]+@[a-f0-9]{16}$/.test(key)) return null;
    const file = path.join(this.templatesDir, `${key}.sqlite`);
    return fs.existsSync(file) ? file : null;
  }
}
