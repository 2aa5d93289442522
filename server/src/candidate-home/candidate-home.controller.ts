import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { CandidateHomeService } from './candidate-home.service.js';

/** The candidate's home page: instructions (also as PDF), countdown, inbox, recording notice. */
@ApiTags('candidate-home')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId')
@UseGuards(SandboxGuard)
export class CandidateHomeController {
  constructor(private readonly home: CandidateHomeService) {}

  @Get('home')
  get(@Sandbox() ctx: SandboxContext) {
    return this.home.home(ctx);
  }

  @Get('instructions.pdf')
  instructionsPdf(@Sandbox() ctx: SandboxContext) {
    return this.home.instructionsPdf(ctx);
  }
}
