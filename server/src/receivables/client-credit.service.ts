import { Injectable } from '@nestjs/common';
import { FieldErrorsException } from '../common/errors/domain.exception.js';
import { CreditApproval } from '../credit-approvals/credit-approval.entity.js';
import { JournalService } from '../journal/journal.service.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { ClientCreditDto } from './dto/client-credit.dto.js';
import { creditPosition } from './credit-position.js';

const EDITABLE = ['riskStatus', 'solvencyCheckedOn', 'solvencySource', 'solvencyNote'] as const;
const RISK_LABELS = { normal: 'normal', watch: 'à surveiller', blocked: 'bloqué' } as const;

/** A client's credit position (encours) with its risk and solvency information, as on the client card. */
@Injectable()
export class ClientCreditService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, async (em) => {
      const client = await em.findOneByOrFail(ThirdParty, { id });
      const position = await creditPosition(em, id, ctx.clock.today());
      const pendingApprovals = await em.countBy(CreditApproval, { clientId: id, status: 'pending' });
      const { riskStatus, solvencyCheckedOn, solvencySource, solvencyNote, litigationSince } = client;
      return { id, ...position, riskStatus, solvencyCheckedOn, solvencySource, solvencyNote, litigationSince, pendingApprovals };
    });
  }

  update(ctx: SandboxContext, id: number, dto: ClientCreditDto) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(ThirdParty, { id });
      if (dto.solvencyCheckedOn && dto.solvencyCheckedOn > ctx.clock.today()) throw new FieldErrorsException({ solvencyCheckedOn: 'app.validation.date_in_future' });
      // Litigation blocks the client until the file is closed: the risk status cannot be lowered meanwhile.
      if (before.litigationSince && dto.riskStatus !== 'blocked') throw new FieldErrorsException({ riskStatus: 'app.validation.client_in_litigation' });
      const changes: Partial<ThirdParty> = {};
      for (const field of EDITABLE) if (dto[field] !== undefined) Object.assign(changes, { [field]: dto[field] });
      const after = em.create(ThirdParty, { ...before, ...changes, updatedAt: ctx.clock.nowIso() });
      await em.save(after);
      const pick = (t: ThirdParty) => Object.fromEntries(EDITABLE.map((f) => [f, t[f]]));
      await this.journal.record(em, ctx, {
        resource: 'third-parties', recordId: id, action: 'credit', label: `${after.code} ${after.name} : risque ${RISK_LABELS[after.riskStatus]}`, before: pick(before), after: pick(after),
      });
    }).then(() => this.get(ctx, id));
  }
}
