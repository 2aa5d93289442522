export { CandidateHome } from './CandidateHome';
export { ExamClockProvider, useExamStatus, useRemainingSeconds } from './ExamClock';
export { AppBarCountdown, Countdown } from './Countdown';
export { InboxBadgeIcon } from './InboxBadgeIcon';
export { ChecksList } from './ChecksList';
export { Markdown } from './Markdown';
