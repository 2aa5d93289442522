import { diff, entryHash, GENESIS_HASH, JournalFields, verifyChain } from './journal-chain.js';

function chain(n: number) {
  const entries: (JournalFields & { id: number; prevHash: string; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const fields: JournalFields = {
      at: `2026-11-22T09:0${i}:00.000Z`, scenarioAt: '2026-03-16T08:3' + i, userId: 7, username: 'cand', role: 'candidate',
      resource: 'third-parties', recordId: String(i), action: 'create', label: `Client ${i}`, changes: JSON.stringify({ after: { name: `Client ${i}` } }),
    };
    const hash = entryHash(prev, fields);
    entries.push({ id: i, ...fields, prevHash: prev, hash });
    prev = hash;
  }
  return entries;
}

describe('journal chain', () => {
  it('verifies an intact chain', () => {
    expect(verifyChain(chain(5))).toEqual({ ok: true, count: 5 });
  });

  it('finds an edited entry', () => {
    const entries = chain(5);
    entries[2].label = 'Client modifié';
    expect(verifyChain(entries)).toEqual({ ok: false, count: 5, brokenAtId: 3 });
  });

  it('finds a deleted entry', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAtId: 3 });
  });

  it('finds an entry whose hash was recomputed without relinking the next one', () => {
    const entries = chain(4);
    entries[1].action = 'delete';
    entries[1].hash = entryHash(entries[1].prevHash, entries[1]);
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAtId: 3 });
  });

  it('summarises only the fields that changed', () => {
    expect(diff({ name: 'A', city: 'Lyon', updatedAt: 'x' }, { name: 'B', city: 'Lyon', updatedAt: 'y' })).toEqual({ before: { name: 'A' }, after: { name: 'B' } });
    expect(diff(null, { name: 'A' })).toEqual({ after: { name: 'A' } });
    expect(diff({ name: 'A' }, null)).toEqual({ before: { name: 'A' } });
  });
});
