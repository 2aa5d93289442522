import type { RenderContext } from './blocks/layout.js';
import { drawPageFooters } from './blocks/page-footer.block.js';
import { defaultDocumentTexts } from './document-texts.js';
import { renderPdf } from './pdf-document.js';
import type { RenderOptions } from './pdf-renderer.js';
import { reminderTemplate } from './templates/reminder.template.js';
import { reminderViewModel, type ReminderLetterModel } from './view-models/reminder.view-model.js';
import type { DocumentViewModel } from './view-models/view-model.types.js';

/** Reminder letter / formal notice → PDF, with the page set-up, legal footer and "Page x / n" of the sales documents. */
export function renderReminderPdf(model: ReminderLetterModel, options: RenderOptions = {}): Promise<Buffer> {
  const vm = reminderViewModel(model, options.texts ?? defaultDocumentTexts());
  return renderPdf({ language: model.language, title: vm.fileTitle, author: model.seller.name, creationDate: options.creationDate, fonts: options.fonts }, (doc) => {
    reminderTemplate({ doc, vm });
    drawPageFooters({ doc, vm: vm as unknown as DocumentViewModel } satisfies RenderContext);
  });
}
