"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_RECOVERY_STEPS = void 0;
exports.recoveryStepsOf = recoveryStepsOf;
exports.lastLevelOf = lastLevelOf;
/** The usual procedure (legal-fr §3.1), used while the company has no steps of its own. */
exports.DEFAULT_RECOVERY_STEPS = [
    { level: 1, afterDays: 7, kind: 'email', label: 'Relance amiable par e-mail' },
    { level: 2, afterDays: 20, kind: 'letter', label: 'Relance ferme par courrier avec pénalités' },
    { level: 3, afterDays: 35, kind: 'formal_notice', label: 'Mise en demeure (LRAR)' },
];
/** The company's recovery steps sorted by level, or the default procedure when none is set. */
function recoveryStepsOf(company) {
    const steps = Array.isArray(company.recoverySteps) && company.recoverySteps.length ? company.recoverySteps : exports.DEFAULT_RECOVERY_STEPS;
    return [...steps].sort((a, b) => a.level - b.level);
}
/** The highest level of the procedure (the formal notice in the default one). */
function lastLevelOf(steps) {
    return steps.reduce((max, s) => Math.max(max, s.level), 0);
}
//# sourceMappingURL=recovery-steps.js.map