import type { ReactNode } from 'react';
import { Alert } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { Layout as RaLayout, useTranslate } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { useSandboxContext } from '../shared/useSandboxContext';

const ReadOnlyBanner = () => {
  const translate = useTranslate();
  const { data } = useSandboxContext();
  if (!data || data.writable) return null;
  return (
    <Alert severity="warning" icon={<LockIcon />} role="status" sx={{ mt: 1, mb: 1, fontWeight: 500 }}>
      {translate('app.appbar.readOnly')}
    </Alert>
  );
};

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={Menu}>
    <ReadOnlyBanner />
    {children}
  </RaLayout>
);
