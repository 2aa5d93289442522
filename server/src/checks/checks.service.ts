import { Inject, Injectable } from '@nestjs/common';
import fs from 'node:fs';
import path from 'node:path';
import { DomainException } from '../common/errors/domain.exception.js';
import { APP_CONFIG, AppConfig } from '../config/app.config.js';
import { SandboxAccessCache } from '../sandbox/sandbox-access-cache.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { ScenariosService } from '../scenarios/scenarios.service.js';
import { evaluateScenarioChecks, evaluateScenarioChecksOnFile, summarizeChecks } from './index.js';

/**
 * GET /sandboxes/:id/checks: the scenario's checks evaluated on the sandbox — on the snapshot taken
 * at the candidate's lock when there is one (what the jury grades), else on the live sandbox.
 * Candidates only in training sessions; staff always (read).
 */
@Injectable()
export class ChecksService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: SandboxDb,
    private readonly records: SandboxAccessCache,
    private readonly scenarios: ScenariosService,
  ) {}

  async results(ctx: SandboxContext) {
    const found = await this.records.get(ctx.sandboxId);
    if (!found) throw new DomainException('SANDBOX_NOT_FOUND');
    const { sandbox, session, candidate } = found;
    if (ctx.actor.role === 'candidate' && session?.mode !== 'training') throw new DomainException('CHECKS_NOT_IN_EXAM');
    const { scenario } = this.scenarios.get(sandbox.scenarioId);
    const snapshot = candidate?.lockedSnapshot ? path.resolve(this.config.dataDir, candidate.lockedSnapshot) : null;
    const fromSnapshot = snapshot !== null && fs.existsSync(snapshot);
    const results = fromSnapshot ? await evaluateScenarioChecksOnFile(scenario, snapshot) : await this.db.read(ctx, (em) => evaluateScenarioChecks(scenario, em));
    return {
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      source: fromSnapshot ? 'snapshot' : 'live',
      scenarioNow: ctx.clock.nowIso(),
      summary: summarizeChecks(results),
      results,
    };
  }
}
