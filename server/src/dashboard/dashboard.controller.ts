import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { DashboardService } from './dashboard.service.js';

/** Home-page figures: overdue, DSO, clients to chase today, orders blocked by credit. */
@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/dashboard')
@UseGuards(SandboxGuard)
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  get(@Sandbox() ctx: SandboxContext) {
    return this.dashboard.get(ctx);
  }
}
