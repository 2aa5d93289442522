import { useEffect, useState } from 'react';
import { Box, Chip, Typography } from '@mui/material';
import TimerIcon from '@mui/icons-material/Timer';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import LockIcon from '@mui/icons-material/Lock';
import { useLocale, useTranslate } from 'react-admin';
import { clockTone, formatClock, useExamStatus, useRemainingSeconds } from './ExamClock';
import { formatTime } from '../shared/format';
import { visuallyHidden } from '../shared/visuallyHidden';

// Text and background pairs with AA contrast (≥ 4.5:1): dark text on pale, white on dark.
const TONES = {
  normal: { color: '#0f3352', bg: '#e3ecf5', border: '#4a7aa8' },
  warning: { color: '#7a3a00', bg: '#fff1e0', border: '#c26a00' },
  danger: { color: '#8c1d18', bg: '#fde7e6', border: '#b3261e' },
  idle: { color: '#374151', bg: '#eef2f6', border: '#9aa5b1' },
};

/** "1 h 23 min" / "23 min" / "moins d'une minute", for screen readers. */
const spokenDuration = (seconds: number, translate: (k: string, o?: Record<string, unknown>) => string) => {
  const minutes = Math.ceil(seconds / 60);
  if (seconds <= 0) return translate('app.home.clock.over');
  if (minutes < 1) return translate('app.home.clock.lessThanMinute');
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? translate('app.home.clock.hoursMinutes', { h, m }) : translate('app.home.clock.minutes', { smart_count: m });
};

/**
 * The big countdown of the candidate home: hh:mm:ss, orange from 15 min, red from 5 min, "En pause"
 * while paused. A hidden live region speaks the remaining time when the minute changes only.
 */
export const Countdown = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const { paused, locked, notStarted, home, anchor, expired, overtime } = useExamStatus();
  const seconds = useRemainingSeconds();
  const tone = locked || expired ? TONES.danger : paused || notStarted ? TONES.idle : TONES[clockTone(seconds)];

  // Spoken text: changes once a minute (not every second), and when the state changes.
  const state = locked || expired ? 'locked' : paused ? 'paused' : notStarted ? 'notStarted' : 'running';
  const minuteKey = seconds == null ? null : Math.ceil(seconds / 60);
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (state === 'locked') setSpoken(translate('app.home.clock.lockedSpoken'));
    else if (state === 'paused') setSpoken(translate('app.home.clock.pausedSpoken'));
    else if (state === 'notStarted') setSpoken(translate('app.home.clock.notStarted'));
    else if (seconds != null) setSpoken(translate('app.home.clock.spoken', { duration: spokenDuration(seconds, translate) }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, minuteKey, translate]);

  const endsAt = home?.endsAt ?? null;
  return (
    <Box
      component="section"
      aria-labelledby="countdown-title"
      sx={{ border: 2, borderColor: tone.border, bgcolor: tone.bg, color: tone.color, borderRadius: 1.5, p: 2, textAlign: 'center' }}
    >
      <Typography id="countdown-title" component="h3" variant="subtitle1" sx={{ color: 'inherit', mb: 0.5 }}>
        {translate('app.home.clock.title')}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 1 }}>
        <Box aria-hidden sx={{ display: 'flex' }}>
          {locked || expired ? <LockIcon fontSize="large" /> : paused ? <PauseCircleIcon fontSize="large" /> : <TimerIcon fontSize="large" />}
        </Box>
        <Typography
          component="p"
          data-testid="countdown"
          aria-hidden
          sx={{ fontSize: '2.6rem', fontWeight: 700, fontVariantNumeric: 'tabular-nums', letterSpacing: '0.04em', lineHeight: 1.1 }}
        >
          {seconds == null && !locked ? '--:--:--' : formatClock(seconds ?? 0, translate('app.home.clock.dayUnit'))}
        </Typography>
      </Box>
      <Typography variant="body2" sx={{ color: 'inherit', fontWeight: 600, mt: 0.5 }} data-testid="countdown-state">
        {locked || expired
          ? translate('app.home.clock.locked')
          : paused
            ? translate('app.home.clock.paused')
            : notStarted
              ? translate('app.home.clock.notStarted')
              : overtime
                ? translate('app.home.clock.overtime')
                : endsAt && anchor
                ? translate('app.home.clock.endsAt', { time: formatTime(endsAt, locale) })
                : ' '}
      </Typography>
      <Box component="span" sx={visuallyHidden} aria-live="polite" aria-atomic="true">
        {spoken}
      </Box>
    </Box>
  );
};

/** The compact countdown of the app bar, on every screen (no live region: the home page has it). */
export const AppBarCountdown = () => {
  const translate = useTranslate();
  const { paused, locked, notStarted, anchor, expired } = useExamStatus();
  const seconds = useRemainingSeconds();
  if (!anchor && !locked) return null;
  const tone = locked || expired ? 'danger' : paused || notStarted ? 'idle' : clockTone(seconds);
  const colours = {
    normal: { bg: '#ffffff', color: '#0f3352' },
    warning: { bg: '#ffd9a8', color: '#5c2b00' },
    danger: { bg: '#ffd6d3', color: '#7a1712' },
    idle: { bg: '#e5e7eb', color: '#1f2933' },
  }[tone];
  const text =
    locked || expired
      ? translate('app.home.clock.lockedShort')
      : paused
        ? translate('app.home.clock.pausedShort')
        : formatClock(seconds ?? 0, translate('app.home.clock.dayUnit'));
  return (
    <Chip
      icon={locked || expired ? <LockIcon /> : paused ? <PauseCircleIcon /> : <TimerIcon />}
      label={
        <>
          <Box component="span" sx={visuallyHidden}>
            {translate('app.home.clock.title')} :{' '}
          </Box>
          {text}
        </>
      }
      data-testid="appbar-countdown"
      sx={{
        ml: 1,
        bgcolor: colours.bg,
        color: colours.color,
        fontWeight: 700,
        fontVariantNumeric: 'tabular-nums',
        '& .MuiChip-icon': { color: colours.color },
      }}
    />
  );
};
