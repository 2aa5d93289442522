"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var AppModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppModule = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const auth_controller_js_1 = require("./auth/auth.controller.js");
const auth_guard_js_1 = require("./auth/auth.guard.js");
const auth_service_js_1 = require("./auth/auth.service.js");
const bootstrap_service_js_1 = require("./bootstrap/bootstrap.service.js");
const domain_exception_filter_js_1 = require("./common/errors/domain-exception.filter.js");
const company_controller_js_1 = require("./company/company.controller.js");
const app_config_js_1 = require("./config/app.config.js");
const contacts_controller_js_1 = require("./contacts/contacts.controller.js");
const contacts_service_js_1 = require("./contacts/contacts.service.js");
const control_db_service_js_1 = require("./control/control-db.service.js");
const health_controller_js_1 = require("./health.controller.js");
const journal_controller_js_1 = require("./journal/journal.controller.js");
const journal_service_js_1 = require("./journal/journal.service.js");
const products_controller_js_1 = require("./products/products.controller.js");
const product_families_service_js_1 = require("./products/product-families.service.js");
const products_service_js_1 = require("./products/products.service.js");
const sandbox_db_service_js_1 = require("./sandbox/sandbox-db.service.js");
const sandbox_guard_js_1 = require("./sandbox/sandbox.guard.js");
const sandbox_registry_service_js_1 = require("./sandbox/sandbox-registry.service.js");
const sandboxes_controller_js_1 = require("./sandboxes/sandboxes.controller.js");
const sandboxes_service_js_1 = require("./sandboxes/sandboxes.service.js");
const scenarios_controller_js_1 = require("./scenarios/scenarios.controller.js");
const scenarios_service_js_1 = require("./scenarios/scenarios.service.js");
const sessions_controller_js_1 = require("./sessions/sessions.controller.js");
const sessions_service_js_1 = require("./sessions/sessions.service.js");
const staff_controller_js_1 = require("./staff/staff.controller.js");
const stock_movements_controller_js_1 = require("./stock-movements/stock-movements.controller.js");
const stock_movements_service_js_1 = require("./stock-movements/stock-movements.service.js");
const third_parties_controller_js_1 = require("./third-parties/third-parties.controller.js");
const third_parties_service_js_1 = require("./third-parties/third-parties.service.js");
const users_controller_js_1 = require("./users/users.controller.js");
const credit_notes_controller_js_1 = require("./credit-notes/credit-notes.controller.js");
const credit_notes_service_js_1 = require("./credit-notes/credit-notes.service.js");
const delivery_notes_controller_js_1 = require("./delivery-notes/delivery-notes.controller.js");
const delivery_notes_service_js_1 = require("./delivery-notes/delivery-notes.service.js");
const invoices_controller_js_1 = require("./invoices/invoices.controller.js");
const invoices_service_js_1 = require("./invoices/invoices.service.js");
const order_validation_checks_js_1 = require("./orders/order-validation-checks.js");
const orders_controller_js_1 = require("./orders/orders.controller.js");
const orders_service_js_1 = require("./orders/orders.service.js");
const quotes_controller_js_1 = require("./quotes/quotes.controller.js");
const quotes_service_js_1 = require("./quotes/quotes.service.js");
const totals_preview_controller_js_1 = require("./documents/totals-preview.controller.js");
const document_pdf_service_js_1 = require("./documents/document-pdf.service.js");
const messages_controller_js_1 = require("./messages/messages.controller.js");
const messages_service_js_1 = require("./messages/messages.service.js");
const payments_controller_js_1 = require("./payments/payments.controller.js");
const payments_service_js_1 = require("./payments/payments.service.js");
const aged_balance_controller_js_1 = require("./aged-balance/aged-balance.controller.js");
const aged_balance_service_js_1 = require("./aged-balance/aged-balance.service.js");
const statements_controller_js_1 = require("./statements/statements.controller.js");
const statements_service_js_1 = require("./statements/statements.service.js");
const client_credit_controller_js_1 = require("./receivables/client-credit.controller.js");
const client_credit_service_js_1 = require("./receivables/client-credit.service.js");
const credit_check_js_1 = require("./receivables/credit-check.js");
const credit_approvals_controller_js_1 = require("./credit-approvals/credit-approvals.controller.js");
const credit_approvals_service_js_1 = require("./credit-approvals/credit-approvals.service.js");
const dashboard_controller_js_1 = require("./dashboard/dashboard.controller.js");
const dashboard_service_js_1 = require("./dashboard/dashboard.service.js");
/** One module: the app is small enough, and every provider is a singleton shared by the routes. */
let AppModule = AppModule_1 = class AppModule {
    static forConfig(config) {
        return {
            module: AppModule_1,
            controllers: [
                health_controller_js_1.HealthController, auth_controller_js_1.AuthController, users_controller_js_1.UsersController, scenarios_controller_js_1.ScenariosController, sessions_controller_js_1.SessionsController, sandboxes_controller_js_1.SandboxesController,
                company_controller_js_1.CompanyController, staff_controller_js_1.StaffController, third_parties_controller_js_1.ThirdPartiesController, contacts_controller_js_1.ContactsController, products_controller_js_1.ProductFamiliesController, products_controller_js_1.ProductsController,
                stock_movements_controller_js_1.StockMovementsController, journal_controller_js_1.JournalController,
                quotes_controller_js_1.QuotesController, orders_controller_js_1.OrdersController, delivery_notes_controller_js_1.DeliveryNotesController, invoices_controller_js_1.InvoicesController, credit_notes_controller_js_1.CreditNotesController, totals_preview_controller_js_1.TotalsPreviewController, messages_controller_js_1.MessagesController, payments_controller_js_1.PaymentsController,
                client_credit_controller_js_1.ClientCreditController, credit_approvals_controller_js_1.CreditApprovalsController, dashboard_controller_js_1.DashboardController,
                aged_balance_controller_js_1.AgedBalanceController, statements_controller_js_1.StatementsController,
            ],
            providers: [
                aged_balance_service_js_1.AgedBalanceService, statements_service_js_1.StatementsService,
                { provide: app_config_js_1.APP_CONFIG, useValue: config },
                { provide: core_1.APP_GUARD, useClass: auth_guard_js_1.AuthGuard },
                { provide: core_1.APP_FILTER, useClass: domain_exception_filter_js_1.DomainExceptionFilter },
                control_db_service_js_1.ControlDb, auth_service_js_1.AuthService, sandbox_registry_service_js_1.SandboxRegistry, sandbox_db_service_js_1.SandboxDb, sandbox_guard_js_1.SandboxGuard, scenarios_service_js_1.ScenariosService, sessions_service_js_1.SessionsService, sandboxes_service_js_1.SandboxesService, bootstrap_service_js_1.BootstrapService,
                journal_service_js_1.JournalService, third_parties_service_js_1.ThirdPartiesService, contacts_service_js_1.ContactsService, product_families_service_js_1.ProductFamiliesService, products_service_js_1.ProductsService, stock_movements_service_js_1.StockMovementsService,
                document_pdf_service_js_1.DocumentPdfService, messages_service_js_1.MessagesService, payments_service_js_1.PaymentsService, quotes_service_js_1.QuotesService, orders_service_js_1.OrdersService, order_validation_checks_js_1.OrderValidationChecks, delivery_notes_service_js_1.DeliveryNotesService, invoices_service_js_1.InvoicesService, credit_notes_service_js_1.CreditNotesService,
                client_credit_service_js_1.ClientCreditService, credit_check_js_1.CreditCheck, credit_approvals_service_js_1.CreditApprovalsService, dashboard_service_js_1.DashboardService,
            ],
        };
    }
};
exports.AppModule = AppModule;
exports.AppModule = AppModule = AppModule_1 = __decorate([
    (0, common_1.Module)({})
], AppModule);
//# sourceMappingURL=app.module.js.map