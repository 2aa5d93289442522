import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { parseAgedBalanceQuery } from './aged-balance-query.js';
import { AgedBalanceService } from './aged-balance.service.js';

/** Balance âgée: read-only, on the scenario date; ?clientId= keeps one client. */
@ApiTags('aged-balance')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/aged-balance')
@UseGuards(SandboxGuard)
export class AgedBalanceController {
  constructor(private readonly agedBalance: AgedBalanceService) {}

  @Get()
  get(@Sandbox() ctx: SandboxContext, @Query() query: Record<string, unknown>) {
    return this.agedBalance.report(ctx, parseAgedBalanceQuery(query).clientId);
  }

  /** A download: ?format=csv (default) or xlsx; balance-agee-YYYY-MM-DD.csv|.xlsx. */
  @Get('export')
  export(@Sandbox() ctx: SandboxContext, @Query() query: Record<string, unknown>) {
    const { clientId, format } = parseAgedBalanceQuery(query, { download: true });
    return this.agedBalance.export(ctx, clientId, format);
  }
}
