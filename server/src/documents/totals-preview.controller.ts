import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Cents, Choice, Int } from '../common/validation/decorators.js';
import { Company } from '../company/company.entity.js';
import { VAT_RATES_BP } from '../products/product.entity.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { DocumentLineDto, LinesArray } from './dto/document-line.dto.js';
import { computeTotals } from './lines/compute-totals.js';
import { clientFor, resolveLines, vatRegimeOf } from './priced-lines.js';

export class TotalsPreviewDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) clientId: number;
  @Int({ max: 10_000 }) globalDiscountBp?: number | null;
  @Cents({ max: 10_000_000 }) shippingCents?: number | null;
  @Choice(VAT_RATES_BP) shippingVatRateBp?: number | null;
  @LinesArray() lines: DocumentLineDto[];
}

/**
 * The totals of lines being typed, computed by the server exactly as they will be saved (product
 * defaults, delegation limit, the client's VAT regime), without saving anything: the editor's live totals.
 */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/document-totals')
@UseGuards(SandboxGuard)
export class TotalsPreviewController {
  constructor(private readonly db: SandboxDb) {}

  @Post()
  @HttpCode(200)
  preview(@Sandbox() ctx: SandboxContext, @Body() dto: TotalsPreviewDto) {
    return this.db.read(ctx, async (em) => {
      const company = await em.findOneByOrFail(Company, { id: 1 });
      const client = await clientFor(em, dto.clientId, { allowProspect: true });
      const lines = await resolveLines(em, dto.lines, company, dto.globalDiscountBp ?? 0);
      const vatRegime = vatRegimeOf(client);
      const totals = computeTotals({ lines, globalDiscountBp: dto.globalDiscountBp ?? 0, shippingCents: dto.shippingCents ?? 0, shippingVatRateBp: dto.shippingVatRateBp ?? 2000, exempt: vatRegime !== 'standard' });
      return { vatRegime, lines: lines.map((l, i) => ({ ...l, netCents: totals.lineNets[i] })), ...totals };
    });
  }
}
