import { Create, SimpleForm, useLocation, useTranslate } from 'react-admin';
import type { ThirdParty } from '../types';
import { ThirdPartyInputs, transformThirdParty } from './ThirdPartyInputs';
import { mainRole } from './thirdPartyRole';

const CreateTitle = ({ role }: { role: string | undefined }) => {
  const translate = useTranslate();
  const key = role === 'client' ? 'createClient' : role === 'prospect' ? 'createProspect' : role === 'supplier' ? 'createSupplier' : 'create';
  return <>{translate(`resources.third-parties.titles.${key}`)}</>;
};

export const ThirdPartyCreate = () => {
  const location = useLocation();
  const initial = ((location.state as { record?: Partial<ThirdParty> } | null)?.record ?? {}) as Partial<ThirdParty>;
  const defaults: Partial<ThirdParty> = {
    isClient: false,
    isProspect: false,
    isSupplier: false,
    customerType: 'b2b',
    language: 'fr',
    billingCountry: 'FR',
    tags: [],
    ...initial,
  };
  return (
    <Create title={<CreateTitle role={mainRole(initial)} />} transform={transformThirdParty} redirect="show">
      <SimpleForm defaultValues={defaults}>
        <ThirdPartyInputs />
      </SimpleForm>
    </Create>
  );
};
