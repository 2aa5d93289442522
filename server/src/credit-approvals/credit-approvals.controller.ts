import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { withContentRange } from '../common/http/content-range.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { CreditApprovalsService } from './credit-approvals.service.js';
import { CreditApprovalRequestDto } from './dto/credit-approval-request.dto.js';

/** Approval requests for orders above the client's credit limit: asked from an order, read as a list. */
@ApiTags('credit-approvals')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId')
@UseGuards(SandboxGuard)
export class CreditApprovalsController {
  constructor(private readonly approvals: CreditApprovalsService) {}

  @Post('orders/:id/credit-approval')
  request(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number, @Body() dto: CreditApprovalRequestDto) {
    return this.approvals.request(ctx, id, dto ?? {});
  }

  @Get('credit-approvals')
  async list(@Sandbox() ctx: SandboxContext, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return withContentRange(res, 'credit-approvals', await this.approvals.list(ctx, query));
  }

  @Get('credit-approvals/:id')
  get(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.approvals.get(ctx, id);
  }
}
