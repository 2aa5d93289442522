import { Controller, Get, Param, ParseIntPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { DossiersService } from './dossiers.service.js';

/** What the jury grades, on paper and in one archive. Staff only; a jury only for their sessions. */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('sessions/:id')
export class DossiersController {
  constructor(private readonly dossiers: DossiersService) {}

  @Get('candidates/:candidateId/dossier.pdf')
  @Roles('admin', 'proctor', 'jury')
  @ApiProduces('application/pdf')
  async dossier(@Param('id', ParseIntPipe) id: number, @Param('candidateId', ParseIntPipe) candidateId: number, @CurrentUser() user: AuthUser) {
    const { pdf, filename } = await this.dossiers.dossier(user, id, candidateId);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${filename}"`, length: pdf.length });
  }

  @Get('candidates/:candidateId/productions')
  @Roles('admin', 'proctor', 'jury')
  productions(@Param('id', ParseIntPipe) id: number, @Param('candidateId', ParseIntPipe) candidateId: number, @CurrentUser() user: AuthUser) {
    return this.dossiers.productions(user, id, candidateId);
  }

  @Get('export.zip')
  @Roles('admin', 'proctor', 'jury')
  @ApiProduces('application/zip')
  async export(@Param('id', ParseIntPipe) id: number, @CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    await this.dossiers.export(user, id, res);
  }
}
