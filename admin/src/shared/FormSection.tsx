import { Children, isValidElement, type ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { Labeled, useTranslate } from 'react-admin';

/** A titled group of inputs rendered as a fieldset (its legend names the group for screen readers). */
export const FormSection = ({
  title,
  children,
  columns = 2,
  intro,
}: {
  title: string;
  children: ReactNode;
  columns?: 1 | 2 | 3 | 4;
  intro?: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2, width: '100%', minWidth: 0 }}>
      <Typography
        component="legend"
        variant="subtitle1"
        sx={{ color: 'primary.dark', borderBottom: 1, borderColor: 'divider', width: '100%', pb: 0.5, mb: 1 }}
      >
        {translate(title, { _: title })}
      </Typography>
      {intro}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, minmax(0, 1fr))` },
          columnGap: 2,
          alignItems: 'start',
        }}
      >
        {children}
      </Box>
    </Box>
  );
};

/** Spans every column of the FormSection grid. */
export const FullRow = ({ children }: { children: ReactNode }) => <Box sx={{ gridColumn: '1 / -1' }}>{children}</Box>;

/** A titled block of read-only fields on a show page; fields with a source get their label. */
export const ShowSection = ({
  title,
  children,
  columns = 3,
  intro,
}: {
  title: string;
  children: ReactNode;
  columns?: number;
  intro?: ReactNode;
}) => {
  const translate = useTranslate();
  const text = translate(title, { _: title });
  return (
    <Box component="section" sx={{ mb: 2.5, width: '100%' }} aria-label={text}>
      <Typography
        component="h3"
        variant="subtitle1"
        sx={{ color: 'primary.dark', borderBottom: 1, borderColor: 'divider', pb: 0.5, mb: 1.5 }}
      >
        {text}
      </Typography>
      {intro}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: `repeat(${columns}, minmax(0, 1fr))` },
          gap: 2,
        }}
      >
        {Children.map(children, (child) =>
          isValidElement<{ source?: string; label?: unknown }>(child) &&
          child.type !== Labeled &&
          (child.props.source || child.props.label) ? (
            <Labeled>{child}</Labeled>
          ) : (
            child
          ),
        )}
      </Box>
    </Box>
  );
};
