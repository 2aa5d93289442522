import { Admin, Authenticated, CustomRoutes, Resource } from 'react-admin';
import { BrowserRouter, Route } from 'react-router';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { theme } from './theme';
import { Layout } from './layout/Layout';
import { LoginPage } from './login/LoginPage';
import { Dashboard } from './dashboard/Dashboard';
import thirdParties from './third-parties';
import contacts from './contacts';
import products from './products';
import productFamilies from './product-families';
import stockMovements from './stock-movements';
import company from './company';
import staff from './staff';
import journal from './journal';
import quotes from './quotes';
import orders from './orders';
import deliveryNotes from './delivery-notes';
import invoices from './invoices';
import creditNotes from './credit-notes';
import payments from './payments';
import messages from './messages';
import reminders, { ReminderWorklist } from './reminders';
import paymentPlans from './payment-plans';
import interactions from './interactions';
import { StatementPage } from './statements';
import { AgedBalancePage } from './aged-balance';
import sessions, { SessionCredentials } from './sessions';
import scenarios from './scenarios';
import { JuryCandidatePage } from './jury';

/** Resource definition without its write screens (a jury member reads, the server refuses writes anyway). */
const readOnly = <T extends { show?: unknown; edit?: unknown; create?: unknown }>(definition: T, on: boolean): T =>
  on ? { ...definition, create: undefined, edit: definition.show ? undefined : definition.edit } : definition;

/** The candidate's screens; read-only for the staff reading a candidate's sandbox. */
const sandboxResources = (ro: boolean) => [
  <Resource key="quotes" name="quotes" {...readOnly(quotes, ro)} />,
  <Resource key="orders" name="orders" {...readOnly(orders, ro)} />,
  <Resource key="delivery-notes" name="delivery-notes" {...readOnly(deliveryNotes, ro)} />,
  <Resource key="invoices" name="invoices" {...readOnly(invoices, ro)} />,
  <Resource key="credit-notes" name="credit-notes" {...readOnly(creditNotes, ro)} />,
  <Resource key="payments" name="payments" {...readOnly(payments, ro)} />,
  <Resource key="credit-approvals" name="credit-approvals" />,
  <Resource key="messages" name="messages" {...messages} />,
  <Resource key="reminders" name="reminders" {...readOnly(reminders, ro)} />,
  <Resource key="payment-plans" name="payment-plans" {...readOnly(paymentPlans, ro)} />,
  <Resource key="interactions" name="interactions" {...interactions} />,
  <CustomRoutes key="receivables-routes">
    <Route path="/reminders/worklist" element={<ReminderWorklist />} />
    <Route path="/statements" element={<StatementPage />} />
    <Route path="/aged-balance" element={<AgedBalancePage />} />
  </CustomRoutes>,
  <Resource key="third-parties" name="third-parties" {...readOnly(thirdParties, ro)} />,
  <Resource key="contacts" name="contacts" {...readOnly(contacts, ro)} />,
  <Resource key="products" name="products" {...readOnly(products, ro)} />,
  <Resource key="product-families" name="product-families" {...readOnly(productFamilies, ro)} />,
  <Resource key="stock-movements" name="stock-movements" {...stockMovements} />,
  <Resource key="company" name="company" {...readOnly(company, ro)} />,
  <Resource key="staff" name="staff" {...staff} />,
  <Resource key="journal" name="journal" {...journal} />,
];

export const App = () => (
  <BrowserRouter>
    <Admin
      title="Comptoir"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      theme={theme}
      layout={Layout}
      loginPage={LoginPage}
      dashboard={Dashboard}
      disableTelemetry
    >
      {(permissions) =>
        permissions === 'candidate'
          ? sandboxResources(false)
          : [
              <Resource
                key="sessions"
                name="sessions"
                {...sessions}
                create={permissions === 'jury' ? undefined : sessions.create}
              />,
              <Resource key="scenarios" name="scenarios" {...scenarios} />,
              <CustomRoutes key="custom">
                <Route
                  path="/session-credentials"
                  element={
                    <Authenticated>
                      <SessionCredentials />
                    </Authenticated>
                  }
                />
                <Route
                  path="/sessions/:sessionId/candidates/:candidateId"
                  element={
                    <Authenticated>
                      <JuryCandidatePage />
                    </Authenticated>
                  }
                />
              </CustomRoutes>,
              // A jury member (or a proctor) reads a candidate's sandbox in the candidate's own screens.
              ...sandboxResources(true),
            ]
      }
    </Admin>
  </BrowserRouter>
);
