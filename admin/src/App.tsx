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
          ? [
              <Resource key="quotes" name="quotes" {...quotes} />,
              <Resource key="orders" name="orders" {...orders} />,
              <Resource key="delivery-notes" name="delivery-notes" {...deliveryNotes} />,
              <Resource key="invoices" name="invoices" {...invoices} />,
              <Resource key="credit-notes" name="credit-notes" {...creditNotes} />,
              <Resource key="payments" name="payments" {...payments} />,
              <Resource key="credit-approvals" name="credit-approvals" />,
              <Resource key="messages" name="messages" {...messages} />,
              <Resource key="reminders" name="reminders" {...reminders} />,
              <Resource key="payment-plans" name="payment-plans" {...paymentPlans} />,
              <Resource key="interactions" name="interactions" {...interactions} />,
              <CustomRoutes key="receivables-routes">
                <Route path="/reminders/worklist" element={<ReminderWorklist />} />
                <Route path="/statements" element={<StatementPage />} />
                <Route path="/aged-balance" element={<AgedBalancePage />} />
              </CustomRoutes>,
              <Resource key="third-parties" name="third-parties" {...thirdParties} />,
              <Resource key="contacts" name="contacts" {...contacts} />,
              <Resource key="products" name="products" {...products} />,
              <Resource key="product-families" name="product-families" {...productFamilies} />,
              <Resource key="stock-movements" name="stock-movements" {...stockMovements} />,
              <Resource key="company" name="company" {...company} />,
              <Resource key="staff" name="staff" {...staff} />,
              <Resource key="journal" name="journal" {...journal} />,
            ]
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
              </CustomRoutes>,
            ]
      }
    </Admin>
  </BrowserRouter>
);
