export { JuryCandidatePage } from './JuryCandidatePage';
export { JurySessionCandidates } from './JurySessionCandidates';
export { getViewedSandbox, setViewedSandbox, useViewedSandbox } from './viewedSandbox';
export { useViewSandbox } from './useViewSandbox';
