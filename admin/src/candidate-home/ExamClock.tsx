// The candidate's exam clock, shared by every screen: GET …/home every 30 s (remaining time, pause,
// lock, inbox), a countdown anchored on the server's remainingSeconds (the local clock only measures
// the time elapsed since the answer, so a wrong workstation clock does not matter), a refresh as soon
// as the time is over or the server answers 423, and a notification when a timed message arrives.
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNotify, usePermissions } from 'react-admin';
import { getSandboxId, SANDBOX_LOCKED_EVENT } from '../dataProvider';
import { examApi } from '../sessions/examApi';
import type { CandidateHomePayload } from '../sessions/examTypes';
import { SANDBOX_CONTEXT_KEY, useSandboxContext } from '../shared/useSandboxContext';

export const HOME_KEY = ['sandbox-home'];
const POLL_MS = 30_000;
const MAX_TIMEOUT = 2_147_483_647;

interface Anchor {
  /** Remaining seconds when the anchor was taken. */
  seconds: number;
  /** performance.now() at that moment. */
  at: number;
  /** Paused: the time stands still. */
  frozen: boolean;
}

export interface ExamStatus {
  /** The home payload (null before the first answer or when the route is missing). */
  home: CandidateHomePayload | null;
  isPending: boolean;
  paused: boolean;
  locked: boolean;
  notStarted: boolean;
  lockReason: string | null;
  /** The countdown reached zero before the server confirmed the lock. */
  expired: boolean;
  /** Time over in a training session that does not lock: the candidate may go on. */
  overtime: boolean;
  anchor: Anchor | null;
  /** Messages received so far (delivered on the scenario clock). */
  received: number;
  /** Messages delivered since the candidate last opened the mailbox (this browser tab). */
  fresh: number;
  refresh: () => void;
}

const EMPTY: ExamStatus = {
  home: null,
  isPending: false,
  paused: false,
  locked: false,
  notStarted: false,
  lockReason: null,
  expired: false,
  overtime: false,
  anchor: null,
  received: 0,
  fresh: 0,
  refresh: () => undefined,
};

const ExamStatusContext = createContext<ExamStatus>(EMPTY);

type HomeWithTime = CandidateHomePayload & { receivedAt: number };

const CandidateExamClock = ({ children }: { children: ReactNode }) => {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const location = useLocation();
  const { data: context } = useSandboxContext();
  const query = useQuery({
    queryKey: HOME_KEY,
    queryFn: async ({ signal }): Promise<HomeWithTime> => {
      const home = await examApi.home(getSandboxId(), signal);
      return { ...home, receivedAt: performance.now() };
    },
    // Waiting for the start signal: ask more often, so that the exam opens within seconds of it.
    refetchInterval: (q) => (q.state.data?.lockReason === 'SESSION_NOT_STARTED' ? 10_000 : POLL_MS),
    refetchIntervalInBackground: true,
    retry: 1,
    staleTime: 5_000,
  });
  const home = query.data ?? null;

  const lockReason = home?.lockReason ?? (context as { lockReason?: string | null } | undefined)?.lockReason ?? null;
  const locked = home ? !!home.locked : lockReason === 'SANDBOX_LOCKED';
  const paused = !!home?.paused || lockReason === 'SESSION_PAUSED';
  const notStarted = !locked && !paused && (lockReason === 'SESSION_NOT_STARTED' || home?.status === 'planned' || home?.status === 'open');

  const anchor = useMemo<Anchor | null>(() => {
    if (home) {
      // Before the start the clock shows the candidate's whole time, standing still.
      if (notStarted && home.startsAt && home.endsAt) {
        return { seconds: Math.max(0, (Date.parse(home.endsAt) - Date.parse(home.startsAt)) / 1000), at: home.receivedAt, frozen: true };
      }
      let seconds = home.remainingSeconds;
      if (seconds == null && home.endsAt && home.serverNow) seconds = (Date.parse(home.endsAt) - Date.parse(home.serverNow)) / 1000;
      if (seconds == null || Number.isNaN(seconds)) return null;
      return { seconds: Math.max(0, seconds), at: home.receivedAt, frozen: !!home.paused };
    }
    // No home route (older server): the session end from the sandbox context, on the local clock.
    if (context?.endsAt) return { seconds: Math.max(0, (Date.parse(context.endsAt) - Date.now()) / 1000), at: performance.now(), frozen: false };
    return null;
  }, [home, notStarted, context?.endsAt]);

  // The planned start: ask the server right then.
  useEffect(() => {
    if (!notStarted || !home?.startsAt || !home.serverNow) return undefined;
    const left = Date.parse(home.startsAt) - Date.parse(home.serverNow) - (performance.now() - home.receivedAt);
    if (left < 0 || left + 500 >= MAX_TIMEOUT) return undefined;
    const timer = setTimeout(() => {
      queryClient.invalidateQueries({ queryKey: HOME_KEY });
      queryClient.invalidateQueries({ queryKey: SANDBOX_CONTEXT_KEY });
    }, left + 500);
    return () => clearTimeout(timer);
  }, [notStarted, home, queryClient]);

  // Time over locally: ask the server at once, then every 5 s until it confirms the lock.
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    if (!anchor || anchor.frozen || locked || notStarted) {
      setExpired(false);
      return undefined;
    }
    const check = () => {
      queryClient.invalidateQueries({ queryKey: HOME_KEY });
      queryClient.invalidateQueries({ queryKey: SANDBOX_CONTEXT_KEY });
    };
    let poll: ReturnType<typeof setInterval> | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onExpired = (now: boolean) => {
      setExpired(true);
      if (now) check();
      poll = setInterval(check, 5_000);
    };
    const left = anchor.seconds * 1000 - (performance.now() - anchor.at);
    // Time over but the server still accepts writes: a training session that does not lock.
    if (left <= 0 && home?.writable) setExpired(false);
    else if (left <= 0) onExpired(false);
    else {
      setExpired(false);
      // setTimeout overflows past 2^31 - 1 ms (≈ 24.8 days): a long session is re-armed by the polling.
      if (left + 800 < MAX_TIMEOUT) timer = setTimeout(() => onExpired(true), left + 800);
    }
    return () => {
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [anchor, locked, notStarted, queryClient]);

  // The server refused a write with 423: refresh the banner now.
  useEffect(() => {
    const onLocked = () => {
      queryClient.invalidateQueries({ queryKey: HOME_KEY });
      queryClient.invalidateQueries({ queryKey: SANDBOX_CONTEXT_KEY });
    };
    window.addEventListener(SANDBOX_LOCKED_EVENT, onLocked);
    return () => window.removeEventListener(SANDBOX_LOCKED_EVENT, onLocked);
  }, [queryClient]);

  // A timed message was delivered since the last poll: say so, and refresh the mailbox lists.
  const seen = useRef<Set<string> | null>(null);
  const [fresh, setFresh] = useState(0);
  const onMailbox = location.pathname.startsWith('/messages');
  useEffect(() => {
    if (onMailbox) setFresh(0);
  }, [onMailbox]);
  const latest = home?.inbox?.latest;
  useEffect(() => {
    if (!latest) return;
    const ids = latest.map((m) => String(m.id));
    if (seen.current === null) {
      seen.current = new Set(ids);
      return;
    }
    const arrived = latest.filter((m) => !seen.current!.has(String(m.id)));
    ids.forEach((id) => seen.current!.add(id));
    if (arrived.length > 0) {
      if (!onMailbox) setFresh((n) => n + arrived.length);
      notify('app.home.inbox.arrived', {
        type: 'info',
        messageArgs: { smart_count: arrived.length, subject: arrived[0].subject },
        autoHideDuration: 10_000,
      });
      queryClient.invalidateQueries({ queryKey: ['messages'] });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [latest, notify, queryClient]);

  const value = useMemo<ExamStatus>(
    () => ({
      home,
      isPending: query.isPending,
      paused,
      locked,
      notStarted,
      lockReason,
      expired: expired && !locked,
      overtime: !locked && !paused && !!home?.writable && home.remainingSeconds === 0,
      anchor,
      received: home?.inbox?.unread ?? home?.inbox?.total ?? 0,
      fresh,
      refresh: () => {
        queryClient.invalidateQueries({ queryKey: HOME_KEY });
        queryClient.invalidateQueries({ queryKey: SANDBOX_CONTEXT_KEY });
      },
    }),
    [home, query.isPending, paused, locked, notStarted, lockReason, expired, anchor, fresh, queryClient],
  );
  return <ExamStatusContext.Provider value={value}>{children}</ExamStatusContext.Provider>;
};

/** Provides the exam clock to every screen of a candidate (nothing for the other roles). */
export const ExamClockProvider = ({ children }: { children: ReactNode }) => {
  const { permissions } = usePermissions();
  if (permissions !== 'candidate') return <ExamStatusContext.Provider value={EMPTY}>{children}</ExamStatusContext.Provider>;
  return <CandidateExamClock>{children}</CandidateExamClock>;
};

export const useExamStatus = () => useContext(ExamStatusContext);

const remainingOf = (anchor: Anchor | null): number | null => {
  if (!anchor) return null;
  if (anchor.frozen) return Math.max(0, Math.floor(anchor.seconds));
  return Math.max(0, Math.floor(anchor.seconds - (performance.now() - anchor.at) / 1000));
};

/** Remaining seconds, ticking every second (only the components that call it re-render). */
export const useRemainingSeconds = (): number | null => {
  const { anchor, locked } = useExamStatus();
  const [seconds, setSeconds] = useState(() => remainingOf(anchor));
  useEffect(() => {
    setSeconds(remainingOf(anchor));
    if (!anchor || anchor.frozen) return undefined;
    const timer = setInterval(() => setSeconds(remainingOf(anchor)), 1000);
    return () => clearInterval(timer);
  }, [anchor]);
  return locked ? 0 : seconds;
};

/** "01:23:45"; beyond 99 hours (long training sessions) "12 j 01:23:45". */
export const formatClock = (seconds: number, dayUnit = 'j') => {
  let s = Math.max(0, Math.floor(seconds));
  let prefix = '';
  if (s >= 100 * 3600) {
    prefix = `${Math.floor(s / 86400)} ${dayUnit} `;
    s %= 86400;
  }
  const hh = String(Math.floor(s / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${prefix}${hh}:${mm}:${ss}`;
};

/** Colour of the countdown: orange from 15 minutes, red from 5 minutes. */
export const clockTone = (seconds: number | null): 'normal' | 'warning' | 'danger' =>
  seconds == null ? 'normal' : seconds <= 5 * 60 ? 'danger' : seconds <= 15 * 60 ? 'warning' : 'normal';
