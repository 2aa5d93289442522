import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { withContentRange } from '../common/http/content-range.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { CancelPaymentPlanDto, PaymentPlanDto } from './dto/payment-plan.dto.js';
import { PaymentPlansService } from './payment-plans.service.js';

/** Payment plans are agreed and cancelled (with a reason), never edited: agree a new one instead. */
@ApiTags('payment-plans')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/payment-plans')
@UseGuards(SandboxGuard)
export class PaymentPlansController {
  constructor(private readonly plans: PaymentPlansService) {}

  @Get()
  async list(@Sandbox() ctx: SandboxContext, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return withContentRange(res, 'payment-plans', await this.plans.list(ctx, query));
  }

  @Get(':id')
  get(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.plans.get(ctx, id);
  }

  @Post()
  create(@Sandbox() ctx: SandboxContext, @Body() dto: PaymentPlanDto) {
    return this.plans.create(ctx, dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number, @Body() dto: CancelPaymentPlanDto) {
    return this.plans.cancel(ctx, id, dto);
  }
}
