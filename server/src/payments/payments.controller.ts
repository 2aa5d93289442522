import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { withContentRange } from '../common/http/content-range.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { CancelPaymentDto, PaymentDto } from './dto/payment.dto.js';
import { PaymentsService } from './payments.service.js';

/** Payments are recorded and cancelled (with a reason), never edited nor deleted. */
@ApiTags('payments')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/payments')
@UseGuards(SandboxGuard)
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Get()
  async list(@Sandbox() ctx: SandboxContext, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return withContentRange(res, 'payments', await this.payments.list(ctx, query));
  }

  @Get(':id')
  get(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.payments.get(ctx, id);
  }

  @Post()
  create(@Sandbox() ctx: SandboxContext, @Body() dto: PaymentDto) {
    return this.payments.create(ctx, dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number, @Body() dto: CancelPaymentDto) {
    return this.payments.cancel(ctx, id, dto);
  }
}
