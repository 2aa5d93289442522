import { Injectable, StreamableFile } from '@nestjs/common';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { buildDocumentModel, DocumentResource } from './document-model.factory.js';
import { renderDocumentPdf } from './pdf/pdf-renderer.js';

const DRAFT_NAMES: Record<DocumentResource, string> = {
  quotes: 'devis',
  orders: 'commande',
  'delivery-notes': 'bon-de-livraison',
  invoices: 'facture',
  'credit-notes': 'avoir',
};

/** The PDF of one document: read in the sandbox's queue, rendered outside it. */
@Injectable()
export class DocumentPdfService {
  constructor(private readonly db: SandboxDb) {}

  async render(ctx: SandboxContext, resource: DocumentResource, id: number): Promise<{ buffer: Buffer; filename: string }> {
    const model = await this.db.read(ctx, (em) => buildDocumentModel(em, resource, id));
    const buffer = await renderDocumentPdf(model, { creationDate: ctx.clock.now() });
    return { buffer, filename: `${model.number ?? `BROUILLON-${DRAFT_NAMES[resource]}-${id}`}.pdf` };
  }

  async file(ctx: SandboxContext, resource: DocumentResource, id: number): Promise<StreamableFile> {
    const { buffer, filename } = await this.render(ctx, resource, id);
    return new StreamableFile(buffer, { type: 'application/pdf', disposition: `inline; filename="${filename}"`, length: buffer.length });
  }
}
