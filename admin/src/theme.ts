import { defaultTheme, type RaThemeOptions } from 'react-admin';

// Colours chosen for WCAG AA contrast against white (text and white-on-colour buttons/chips):
// primary #1d4f7a ≈ 8.6:1, secondary #7a3b12 ≈ 8.4:1, error #b3261e ≈ 6.4:1,
// warning #9a4a00 ≈ 6.1:1, success #2e6b30 ≈ 6.3:1, info #0b5cad ≈ 6.7:1.
const palette = {
  mode: 'light' as const,
  primary: { main: '#1d4f7a', light: '#4a7aa8', dark: '#0f3352', contrastText: '#ffffff' },
  secondary: { main: '#7a3b12', light: '#a6633a', dark: '#4f2307', contrastText: '#ffffff' },
  error: { main: '#b3261e', contrastText: '#ffffff' },
  warning: { main: '#9a4a00', contrastText: '#ffffff' },
  success: { main: '#2e6b30', contrastText: '#ffffff' },
  info: { main: '#0b5cad', contrastText: '#ffffff' },
  background: { default: '#f4f6f8', paper: '#ffffff' },
  text: { primary: '#1f2933', secondary: '#4b5563' },
};

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** Minimal deep merge of theme option objects (the later one wins). */
const merge = <T extends Plain>(base: T, extra: Plain): T => {
  const result: Plain = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    result[key] = isPlain(current) && isPlain(value) ? merge(current, value) : value;
  }
  return result as T;
};

export const theme: RaThemeOptions = merge(defaultTheme as Plain, {
  palette,
  shape: { borderRadius: 6 },
  typography: {
    fontFamily: '"Segoe UI", "Helvetica Neue", Roboto, Arial, "Liberation Sans", sans-serif',
    fontSize: 14,
    h5: { fontWeight: 600 },
    h6: { fontWeight: 600, fontSize: '1.05rem' },
    subtitle1: { fontWeight: 600 },
  },
  sidebar: { width: 250, closedWidth: 56 },
  components: {
    MuiTextField: { defaultProps: { variant: 'outlined', margin: 'dense', size: 'small', fullWidth: true } },
    MuiFormControl: { defaultProps: { variant: 'outlined', margin: 'dense', size: 'small', fullWidth: true } },
    MuiAppBar: { styleOverrides: { colorSecondary: { backgroundColor: palette.primary.main, color: '#fff' } } },
    MuiTableCell: {
      styleOverrides: {
        head: { fontWeight: 600, backgroundColor: '#eef2f6', color: palette.text.primary },
      },
    },
    MuiChip: { styleOverrides: { root: { fontWeight: 500 } } },
    MuiCard: { defaultProps: { variant: 'outlined' } },
    MuiPaper: { styleOverrides: { outlined: { borderColor: '#d5dbe1' } } },
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiListSubheader: {
      styleOverrides: {
        root: {
          backgroundColor: 'transparent',
          color: palette.primary.dark,
          fontWeight: 700,
          textTransform: 'uppercase',
          fontSize: '0.72rem',
          letterSpacing: '0.06em',
          lineHeight: '32px',
          marginTop: 8,
        },
      },
    },
    RaToolbar: { styleOverrides: { root: { backgroundColor: '#eef2f6' } } },
    RaMenuItemLink: {
      styleOverrides: {
        root: {
          color: palette.text.secondary,
          '&.RaMenuItemLink-active': { color: palette.primary.dark, fontWeight: 700, backgroundColor: '#e3ecf5' },
        },
      },
    },
  },
});
