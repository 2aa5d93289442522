import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { ExamBanner, FormLock } from './ExamBanner';
import { ExamClockProvider } from '../candidate-home/ExamClock';

export const Layout = ({ children }: { children: ReactNode }) => (
  <ExamClockProvider>
    <RaLayout appBar={AppBar} menu={Menu}>
      <ExamBanner />
      <FormLock>{children}</FormLock>
    </RaLayout>
  </ExamClockProvider>
);
