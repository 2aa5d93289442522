import {
  DeleteWithConfirmButton,
  Edit,
  ShowButton,
  SimpleForm,
  SaveButton,
  Toolbar,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { ThirdParty } from '../types';
import { ThirdPartyInputs, transformThirdParty } from './ThirdPartyInputs';
import { ConvertToClientButton } from './ConvertToClientButton';

const EditTitle = () => {
  const record = useRecordContext<ThirdParty>();
  const translate = useTranslate();
  return <>{record ? translate('resources.third-parties.titles.edit', { name: record.code }) : ''}</>;
};

const EditActions = () => (
  <TopToolbar>
    <ConvertToClientButton />
    <ShowButton />
  </TopToolbar>
);

const EditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteWithConfirmButton mutationMode="pessimistic" confirmContent="ra.message.delete_content" />
  </Toolbar>
);

export const ThirdPartyEdit = () => (
  <Edit title={<EditTitle />} actions={<EditActions />} mutationMode="pessimistic" transform={transformThirdParty} redirect="show">
    <SimpleForm toolbar={<EditToolbar />}>
      <ThirdPartyInputs />
    </SimpleForm>
  </Edit>
);
