/**
 * The evaluation criteria a scenario check may cite (`criterion:`), in the order of the table of
 * ../shared/reference/exam-criteria.md (CNED, ASCOM, suivi de commandes, Titre professionnel, marketing).
 * exam-criteria.spec.ts compares this list with the file's table so that both stay in sync.
 */
export const EXAM_CRITERIA = [
  'CNED-C1.1', 'CNED-C1.2', 'CNED-C1.3', 'CNED-C1.4', 'CNED-C1.5', 'CNED-C1.6',
  'CNED-C2.1', 'CNED-C2.3', 'CNED-C2.4', 'CNED-C2.6', 'CNED-C2.7',
  'CNED-C3.1', 'CNED-C3.2', 'CNED-C3.4',
  'ASCOM-B1a', 'ASCOM-B1b', 'ASCOM-B1c', 'ASCOM-B1d',
  'SC-2.1', 'SC-2.2a', 'SC-2.2b', 'SC-2.2c', 'SC-2.3', 'SC-3.1',
  'TP-CP1', 'TP-CP2', 'TP-CP3', 'TP-CP4', 'TP-CP5', 'TP-CP6', 'TP-CP7', 'TP-CP8',
  'MK-C26', 'MK-C29', 'MK-C32',
] as const;

export type ExamCriterion = (typeof EXAM_CRITERIA)[number];

export function isExamCriterion(value: unknown): value is ExamCriterion {
  return typeof value === 'string' && (EXAM_CRITERIA as readonly string[]).includes(value);
}
