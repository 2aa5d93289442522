import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, CircularProgress, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import FiberManualRecordIcon from '@mui/icons-material/FiberManualRecord';
import { useLocaleState, useLogin, useTranslate } from 'react-admin';
import { LoginError } from '../authProvider';

const Logo = () => (
  <Box
    component="svg"
    viewBox="0 0 64 64"
    aria-hidden
    sx={{ width: 48, height: 48, flexShrink: 0 }}
  >
    <rect width="64" height="64" rx="12" fill="#1d4f7a" />
    <path d="M12 40h40v6H12z" fill="#f2c14e" />
    <path d="M16 18h32l4 16H12z" fill="#ffffff" />
    <path d="M22 24h20v4H22z" fill="#1d4f7a" />
  </Box>
);

/** Comptoir sign-in: branded, labelled fields, the recording notice, errors in French (429 included). */
export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const [locale, setLocale] = useLocaleState();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ key: string; args?: Record<string, unknown> } | null>(null);
  const [loading, setLoading] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError({ key: 'ra.validation.required' });
      return;
    }
    setError(null);
    setLoading(true);
    try {
      await login({ username: username.trim(), password });
    } catch (e) {
      setError(e instanceof LoginError ? { key: e.key, args: e.args } : { key: 'app.auth.login_failed' });
      setLoading(false);
    }
  };

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: 'background.default',
        backgroundImage: 'linear-gradient(160deg, #1d4f7a 0%, #1d4f7a 38%, #f4f6f8 38%)',
        p: 2,
      }}
    >
      <Card sx={{ width: '100%', maxWidth: 440 }} elevation={3} variant="elevation">
        <CardContent sx={{ p: 4 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 3 }}>
            <Logo />
            <Box>
              <Typography component="h1" variant="h5" sx={{ fontWeight: 700, color: 'primary.dark' }}>
                {translate('app.name')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {translate('app.tagline')}
              </Typography>
            </Box>
          </Box>

          <Alert severity="info" icon={<FiberManualRecordIcon fontSize="small" />} sx={{ mb: 3 }} role="note">
            {translate('app.login.recorded')}
          </Alert>

          <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
            {translate('app.login.title')}
          </Typography>

          <Box component="form" onSubmit={submit} noValidate>
            <TextField
              id="username"
              name="username"
              label={translate('app.login.username')}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoComplete="username"
              autoFocus
              required
              fullWidth
              margin="normal"
              size="medium"
              disabled={loading}
            />
            <TextField
              id="password"
              name="password"
              type="password"
              label={translate('app.login.password')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              required
              fullWidth
              margin="normal"
              size="medium"
              disabled={loading}
            />
            {error ? (
              <Alert severity="error" role="alert" sx={{ mt: 2 }}>
                {translate(error.key, { _: error.key, ...error.args })}
              </Alert>
            ) : null}
            <Button
              type="submit"
              variant="contained"
              size="large"
              fullWidth
              disabled={loading}
              sx={{ mt: 3 }}
              startIcon={loading ? <CircularProgress size={18} color="inherit" /> : undefined}
            >
              {translate(loading ? 'app.login.submitting' : 'app.login.submit')}
            </Button>
          </Box>

          <Typography variant="body2" color="text.secondary" sx={{ mt: 3 }}>
            {translate('app.login.help')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {translate('app.login.fictive')}
          </Typography>

          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 1, mt: 3 }}>
            <Typography id="login-language" variant="body2" color="text.secondary">
              {translate('app.login.language')}
            </Typography>
            <ToggleButtonGroup
              size="small"
              exclusive
              value={locale}
              onChange={(_, value) => value && setLocale(value)}
              aria-labelledby="login-language"
            >
              <ToggleButton value="fr" lang="fr">
                Français
              </ToggleButton>
              <ToggleButton value="en" lang="en">
                English
              </ToggleButton>
            </ToggleButtonGroup>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
