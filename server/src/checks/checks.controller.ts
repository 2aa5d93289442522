import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { ChecksService } from './checks.service.js';

/** The scenario's automatic checks on one sandbox (jury, proctor, admin; the candidate in training only). */
@ApiTags('checks')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/checks')
@UseGuards(SandboxGuard)
export class ChecksController {
  constructor(private readonly checks: ChecksService) {}

  @Get()
  results(@Sandbox() ctx: SandboxContext) {
    return this.checks.results(ctx);
  }
}
