import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth/auth.controller.js';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthService } from './auth/auth.service.js';
import { BootstrapService } from './bootstrap/bootstrap.service.js';
import { DomainExceptionFilter } from './common/errors/domain-exception.filter.js';
import { CompanyController } from './company/company.controller.js';
import { APP_CONFIG, AppConfig } from './config/app.config.js';
import { ContactsController } from './contacts/contacts.controller.js';
import { ContactsService } from './contacts/contacts.service.js';
import { ControlDb } from './control/control-db.service.js';
import { HealthController } from './health.controller.js';
import { JournalController } from './journal/journal.controller.js';
import { JournalService } from './journal/journal.service.js';
import { ProductFamiliesController, ProductsController } from './products/products.controller.js';
import { ProductFamiliesService } from './products/product-families.service.js';
import { ProductsService } from './products/products.service.js';
import { SandboxDb } from './sandbox/sandbox-db.service.js';
import { SandboxGuard } from './sandbox/sandbox.guard.js';
import { SandboxRegistry } from './sandbox/sandbox-registry.service.js';
import { SandboxesController } from './sandboxes/sandboxes.controller.js';
import { SandboxesService } from './sandboxes/sandboxes.service.js';
import { ScenariosController } from './scenarios/scenarios.controller.js';
import { ScenariosService } from './scenarios/scenarios.service.js';
import { SessionsController } from './sessions/sessions.controller.js';
import { SessionsService } from './sessions/sessions.service.js';
import { SessionLifecycleController } from './sessions/session-lifecycle.controller.js';
import { SessionLifecycleService } from './sessions/session-lifecycle.service.js';
import { SessionLiveService } from './sessions/session-live.service.js';
import { SessionLockService } from './sessions/session-lock.service.js';
import { SessionEventsService } from './session-events/session-events.service.js';
import { SandboxAccessCache } from './sandbox/sandbox-access-cache.js';
import { Clock, SystemClock } from './common/time/clock.js';
import { CandidatesController } from './candidates/candidates.controller.js';
import { CandidatesImportService } from './candidates/candidates-import.service.js';
import { JuriesController } from './juries/juries.controller.js';
import { JuriesService } from './juries/juries.service.js';
import { MarksController } from './juries/marks.controller.js';
import { MarksService } from './juries/marks.service.js';
import { LoginCardsController } from './login-cards/login-cards.controller.js';
import { LoginCardsService } from './login-cards/login-cards.service.js';
import { StaffController } from './staff/staff.controller.js';
import { StockMovementsController } from './stock-movements/stock-movements.controller.js';
import { StockMovementsService } from './stock-movements/stock-movements.service.js';
import { ThirdPartiesController } from './third-parties/third-parties.controller.js';
import { ThirdPartiesService } from './third-parties/third-parties.service.js';
import { UsersController } from './users/users.controller.js';
import { CreditNotesController } from './credit-notes/credit-notes.controller.js';
import { CreditNotesService } from './credit-notes/credit-notes.service.js';
import { DeliveryNotesController } from './delivery-notes/delivery-notes.controller.js';
import { DeliveryNotesService } from './delivery-notes/delivery-notes.service.js';
import { InvoicesController } from './invoices/invoices.controller.js';
import { InvoicesService } from './invoices/invoices.service.js';
import { OrderValidationChecks } from './orders/order-validation-checks.js';
import { OrdersController } from './orders/orders.controller.js';
import { OrdersService } from './orders/orders.service.js';
import { QuotesController } from './quotes/quotes.controller.js';
import { QuotesService } from './quotes/quotes.service.js';
import { TotalsPreviewController } from './documents/totals-preview.controller.js';
import { DocumentPdfService } from './documents/document-pdf.service.js';
import { MessagesController } from './messages/messages.controller.js';
import { MessagesService } from './messages/messages.service.js';
import { PaymentsController } from './payments/payments.controller.js';
import { PaymentsService } from './payments/payments.service.js';
import { RemindersController } from './reminders/reminders.controller.js';
import { RemindersService } from './reminders/reminders.service.js';
import { LitigationController } from './reminders/litigation.controller.js';
import { LitigationService } from './reminders/litigation.service.js';
import { InteractionsController } from './interactions/interactions.controller.js';
import { InteractionsService } from './interactions/interactions.service.js';
import { PaymentPlansController } from './payment-plans/payment-plans.controller.js';
import { PaymentPlansService } from './payment-plans/payment-plans.service.js';
import { AgedBalanceController } from './aged-balance/aged-balance.controller.js';
import { AgedBalanceService } from './aged-balance/aged-balance.service.js';
import { StatementsController } from './statements/statements.controller.js';
import { StatementsService } from './statements/statements.service.js';
import { ClientCreditController } from './receivables/client-credit.controller.js';
import { ClientCreditService } from './receivables/client-credit.service.js';
import { CreditCheck } from './receivables/credit-check.js';
import { CreditApprovalsController } from './credit-approvals/credit-approvals.controller.js';
import { CreditApprovalsService } from './credit-approvals/credit-approvals.service.js';
import { DashboardController } from './dashboard/dashboard.controller.js';
import { DashboardService } from './dashboard/dashboard.service.js';
import { DossiersController } from './dossiers/dossiers.controller.js';
import { DossiersService } from './dossiers/dossiers.service.js';
import { DossierRenderer } from './dossiers/dossier-renderer.service.js';
import { ChecksController } from './checks/checks.controller.js';
import { ChecksService } from './checks/checks.service.js';
import { CandidateHomeController } from './candidate-home/candidate-home.controller.js';
import { CandidateHomeService } from './candidate-home/candidate-home.service.js';

/** One module: the app is small enough, and every provider is a singleton shared by the routes. */
@Module({})
export class AppModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      controllers: [
        HealthController, AuthController, UsersController, ScenariosController, SessionsController, SessionLifecycleController, SandboxesController,
        CompanyController, StaffController, ThirdPartiesController, ContactsController, ProductFamiliesController, ProductsController,
        StockMovementsController, JournalController,
        QuotesController, OrdersController, DeliveryNotesController, InvoicesController, CreditNotesController, TotalsPreviewController, MessagesController, PaymentsController,
        RemindersController, LitigationController, InteractionsController, PaymentPlansController,
        ClientCreditController, CreditApprovalsController, DashboardController,
        AgedBalanceController, StatementsController,
        DossiersController,
        ChecksController, CandidateHomeController,
        CandidatesController, JuriesController, MarksController, LoginCardsController,
      ],
      providers: [
        AgedBalanceService, StatementsService,
        DossiersService, DossierRenderer,
        ChecksService, CandidateHomeService,
        CandidatesImportService, JuriesService, MarksService, LoginCardsService,
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
        ControlDb, AuthService, SandboxRegistry, SandboxDb, SandboxGuard, ScenariosService, SessionsService, SandboxesService, BootstrapService,
        { provide: Clock, useValue: config.clock ?? new SystemClock() },
        SandboxAccessCache, SessionEventsService, SessionLockService, SessionLifecycleService, SessionLiveService,
        JournalService, ThirdPartiesService, ContactsService, ProductFamiliesService, ProductsService, StockMovementsService,
        DocumentPdfService, MessagesService, PaymentsService, QuotesService, OrdersService, OrderValidationChecks, DeliveryNotesService, InvoicesService, CreditNotesService,
        RemindersService, LitigationService, InteractionsService, PaymentPlansService,
        ClientCreditService, CreditCheck, CreditApprovalsService, DashboardService,
      ],
    };
  }
}
