import { Box } from '@mui/material';
import { TextInput, maxLength, required } from 'react-admin';

export const ProductFamilyInputs = () => (
  <Box sx={{ width: '100%', maxWidth: 600 }}>
    <TextInput source="code" validate={[required(), maxLength(20)]} />
    <TextInput source="name" validate={[required(), maxLength(120)]} />
  </Box>
);
