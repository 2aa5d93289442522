import fs from 'node:fs';
import path from 'node:path';
import { EXAM_CRITERIA, isExamCriterion } from './exam-criteria.js';

/** The criteria table lives next to the repository (../shared/reference), not in it. */
const FILE = path.resolve(__dirname, '../../../../shared/reference/exam-criteria.md');
const present = fs.existsSync(FILE);

/** The ids of the table's first column, in order. */
function idsOfTable(markdown: string): string[] {
  const ids: string[] = [];
  for (const line of markdown.split('\n')) {
    const m = /^\|\s*([A-Za-z]+-[A-Za-z0-9.]+)\s*\|/.exec(line);
    if (m) ids.push(m[1]!);
  }
  return ids;
}

describe('EXAM_CRITERIA', () => {
  (present ? it : it.skip)('lists exactly the ids of ../shared/reference/exam-criteria.md, in its order', () => {
    expect([...EXAM_CRITERIA]).toEqual(idsOfTable(fs.readFileSync(FILE, 'utf8')));
  });

  it('has unique ids and recognises them', () => {
    expect(new Set(EXAM_CRITERIA).size).toBe(EXAM_CRITERIA.length);
    expect(isExamCriterion('TP-CP4')).toBe(true);
    expect(isExamCriterion('TP-CP9')).toBe(false);
    expect(isExamCriterion('tp-cp4')).toBe(false);
  });
});
