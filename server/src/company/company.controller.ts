import { Body, Controller, Get, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Choice, Email, Phone, Text } from '../common/validation/decorators.js';
import { JournalService } from '../journal/journal.service.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { Company } from './company.entity.js';

/** The few settings a candidate may change; the identity, CGV and delegation come from the scenario. */
export class CompanySettingsDto {
  @Phone() phone?: string | null;
  @Email() email?: string | null;
  @Text(200) website?: string | null;
  @Choice(['fr', 'en']) defaultLanguage?: 'fr' | 'en' | null;
  @Text(500) documentFooterNote?: string | null;
}

const EDITABLE = ['phone', 'email', 'website', 'defaultLanguage', 'documentFooterNote'] as const;

@ApiTags('company')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/company')
@UseGuards(SandboxGuard)
export class CompanyController {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  @Get()
  get(@Sandbox() ctx: SandboxContext) {
    return this.db.read(ctx, (em) => em.findOneByOrFail(Company, { id: 1 }));
  }

  @Put()
  update(@Sandbox() ctx: SandboxContext, @Body() dto: CompanySettingsDto) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(Company, { id: 1 });
      const after = em.create(Company, { ...before });
      for (const field of EDITABLE) {
        if (dto[field] !== undefined) (after as unknown as Record<string, unknown>)[field] = dto[field];
      }
      if (!after.defaultLanguage) after.defaultLanguage = before.defaultLanguage;
      await em.save(after);
      await this.journal.record(em, ctx, { resource: 'company', recordId: 1, action: 'update', label: after.name, before, after });
      return after;
    });
  }
}
