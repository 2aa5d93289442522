import type { ReactNode } from 'react';
import { Box, Chip, Link as MuiLink, Tab, Tabs, Tooltip, type ChipProps } from '@mui/material';
import { LinkBase, useLocale, useTranslate } from 'react-admin';
import { useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import type { CustomerType, Language } from '../types';
import { formatDate, formatMoney } from '../shared/format';
import type { NextStep, ReminderKind, WorklistRow } from './types';

export const WORKLIST_KEY = ['reminders-worklist'];

/** GET reminders/worklist: one row per client with overdue invoices, on the scenario day. */
export const useWorklist = () => {
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  return useQuery({
    queryKey: WORKLIST_KEY,
    queryFn: async ({ signal }) => (await dataProvider.getSandboxJson<WorklistRow[]>('reminders/worklist', undefined, signal)).data,
  });
};

/** Chip colour of a recovery level: the further along, the warmer. */
export const levelColor = (level: number | null | undefined, kind?: string): ChipProps['color'] => {
  if (kind === 'litigation') return 'error';
  if (kind === 'formal_notice' || (level ?? 0) >= 3) return 'error';
  if (kind === 'letter' || level === 2) return 'warning';
  return 'info';
};

/** "Niveau 2 — relance ferme courrier", "Contentieux". */
export const useStepText = () => {
  const translate = useTranslate();
  return (step: { level?: number | null; kind: string } | null | undefined): string => {
    if (!step) return '';
    if (step.kind === 'litigation') return translate('resources.reminders.steps.litigation');
    return translate('resources.reminders.steps.level', {
      level: step.level ?? '',
      kind: translate(`resources.reminders.steps.kinds.${step.kind}`, { _: step.kind }),
    });
  };
};

/** The next step of the procedure as a chip; outlined when it is not due yet. */
export const NextStepChip = ({ step, due }: { step: NextStep | null; due: boolean }) => {
  const text = useStepText();
  const translate = useTranslate();
  if (!step) return null;
  const chip = (
    <Chip
      size="small"
      color={levelColor(step.level, step.kind)}
      variant={due ? 'filled' : 'outlined'}
      label={text(step)}
      sx={{
        transition: 'none',
        maxWidth: '100%',
        height: 'auto',
        minHeight: 24,
        fontWeight: due ? 600 : 500,
        '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25, lineHeight: 1.3 },
      }}
    />
  );
  return due ? (
    chip
  ) : (
    <Tooltip title={translate('resources.reminders.worklist.notDueYet')}>
      <span>{chip}</span>
    </Tooltip>
  );
};

/** "E-mail", "Courrier", "Mise en demeure (LRAR)", "Téléphone". */
export const ReminderKindChip = ({ kind, level }: { kind: ReminderKind; level?: number | null }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={kind === 'phone' ? 'default' : levelColor(level, kind)}
      label={translate(`app.enums.reminderKind.${kind}`, { _: kind })}
      sx={{ transition: 'none' }}
    />
  );
};

/** B2B / B2C and, for a client writing in English, "EN". */
export const ClientTypeChips = ({ customerType, language }: { customerType: CustomerType; language: Language }) => {
  const translate = useTranslate();
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, flexWrap: 'wrap', verticalAlign: 'middle' }}>
      <Chip
        size="small"
        variant="outlined"
        label={translate(`app.enums.customerTypeShort.${customerType}`, { _: customerType })}
        title={translate(`app.enums.customerType.${customerType}`, { _: customerType })}
        sx={{ height: 20, fontSize: '0.7rem' }}
      />
      {language === 'en' ? (
        <Chip
          size="small"
          color="secondary"
          label="EN"
          title={translate('resources.reminders.worklist.english')}
          aria-label={translate('resources.reminders.worklist.english')}
          sx={{ height: 20, fontSize: '0.7rem', fontWeight: 700 }}
        />
      ) : null}
    </Box>
  );
};

/** The client's name as a link to its card. */
export const ClientLink = ({ id, name }: { id: unknown; name: ReactNode }) => (
  <MuiLink component={LinkBase} to={`/third-parties/${id}/show`} underline="hover" sx={{ fontWeight: 600 }} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
    {name}
  </MuiLink>
);

/** An invoice number as a link to the invoice. */
export const InvoiceLink = ({ id, number }: { id: unknown; number: ReactNode }) => (
  <MuiLink
    component={LinkBase}
    to={`/invoices/${id}/show`}
    underline="hover"
    sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
    onClick={(e: React.MouseEvent) => e.stopPropagation()}
  >
    {number}
  </MuiLink>
);

/** "Promesse : 1 200,00 € le 20/03/2026" */
export const PromiseText = ({ promise, broken = false }: { promise: { date: string; amountCents: number | null }; broken?: boolean }) => {
  const translate = useTranslate();
  const locale = useLocale();
  if (broken) {
    return <>{translate('resources.reminders.worklist.promiseBroken', { date: formatDate(promise.date, locale) })}</>;
  }
  return (
    <>
      {promise.amountCents != null
        ? translate('resources.reminders.worklist.promiseAmount', { amount: formatMoney(promise.amountCents, locale), date: formatDate(promise.date, locale) })
        : translate('resources.reminders.worklist.promise', { date: formatDate(promise.date, locale) })}
    </>
  );
};

/** "12 j" */
export const daysText = (days: number | null | undefined, translate: (k: string, o?: Record<string, unknown>) => string) =>
  days == null ? '' : translate('resources.reminders.days', { smart_count: days });

const TABS = [
  { value: 'worklist', to: '/reminders/worklist' },
  { value: 'history', to: '/reminders' },
] as const;

/** "À traiter" (the worklist) / "Relances envoyées" (the reminders made). */
export const RemindersTabs = () => {
  const translate = useTranslate();
  const { pathname } = useLocation();
  const current = pathname.startsWith('/reminders/worklist') ? 'worklist' : 'history';
  return (
    <Tabs
      value={current}
      aria-label={translate('resources.reminders.tabs.label')}
      sx={{ mb: 1, minHeight: 40, '& .MuiTab-root': { minHeight: 40, textTransform: 'none', fontWeight: 600 } }}
    >
      {TABS.map((tab) => (
        <Tab key={tab.value} value={tab.value} component={LinkBase} to={tab.to} label={translate(`resources.reminders.tabs.${tab.value}`)} />
      ))}
    </Tabs>
  );
};
