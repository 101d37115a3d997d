import { mulberry32 } from './simulate';
import { RFM_CELL_NAMES, RFM_CELLS, rfmCell, RfmInput, rfmScores } from './rfm';

/** The tie rule written out the slow, obvious way: 1 + ⌊5 · (#strictly worse) / n⌋. */
function bruteForce(rows: RfmInput[]) {
  const n = rows.length;
  const score = (worse: number) => 1 + Math.floor((5 * worse) / n);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        r: score(rows.filter((o) => o.recencyDays > row.recencyDays).length),
        f: score(rows.filter((o) => o.frequency < row.frequency).length),
        m: score(rows.filter((o) => o.monetary < row.monetary).length),
      },
    ]),
  );
}

function randomRows(n: number, seed: number, distinct = false): RfmInput[] {
  const rand = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    recencyDays: distinct ? i * 3 + 1 : Math.floor(rand() * 30),
    frequency: distinct ? (i * 7919) % n : Math.floor(-Math.log(rand()) * 2),
    monetary: distinct ? ((i * 104729) % n) + 0.5 : Math.round(rand() * 500) / 10,
  }));
}

function shuffled<T>(xs: T[], seed: number): T[] {
  const rand = mulberry32(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('rfmScores', () => {
  it('follows the documented tie rule exactly, with many ties', () => {
    for (const n of [1, 2, 7, 100, 333]) {
      const rows = randomRows(n, n);
      expect(rfmScores(rows)).toEqual(bruteForce(rows));
    }
  });

  it('does not depend on input order, and equal values get equal scores', () => {
    const rows = randomRows(500, 3);
    const a = rfmScores(rows);
    expect(rfmScores(shuffled(rows, 9))).toEqual(a);
    for (const x of rows) {
      for (const y of rows.slice(0, 50)) {
        if (x.frequency === y.frequency) expect(a.get(x.id)?.f).toBe(a.get(y.id)?.f);
        if (x.recencyDays === y.recencyDays) expect(a.get(x.id)?.r).toBe(a.get(y.id)?.r);
      }
    }
  });

  it('gives exact quintiles on distinct values, with recency reversed', () => {
    const rows = randomRows(1000, 1, true);
    const scores = [...rfmScores(rows).values()];
    for (const dim of ['r', 'f', 'm'] as const) {
      const counts = [1, 2, 3, 4, 5].map((k) => scores.filter((s) => s[dim] === k).length);
      expect(counts).toEqual([200, 200, 200, 200, 200]);
    }
    const byId = rfmScores(rows);
    expect(byId.get('c0')?.r).toBe(5); // 1 day ago: the most recent
    expect(byId.get('c999')?.r).toBe(1);
  });

  it('skips scores under heavy ties rather than splitting equal customers', () => {
    // 60% bought once: they all score 1, and the next value jumps to 1 + ⌊5 · 0.6⌋ = 4.
    const rows = Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, recencyDays: 1, frequency: i < 6 ? 1 : i, monetary: 5 }));
    const s = rfmScores(rows);
    expect([...s.values()].map((v) => v.f)).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
    // Everyone equal: everyone scores 1 (nobody is strictly worse than anyone).
    expect([...s.values()].every((v) => v.r === 1 && v.m === 1)).toBe(true);
  });

  it('rejects bad input; an empty list gives an empty map', () => {
    expect(rfmScores([]).size).toBe(0);
    expect(() => rfmScores([{ id: 'a', recencyDays: Number.NaN, frequency: 1, monetary: 1 }])).toThrow(RangeError);
    expect(() => rfmScores([{ id: 'a', recencyDays: 1, frequency: 1, monetary: 1 }, { id: 'a', recencyDays: 2, frequency: 1, monetary: 1 }])).toThrow(RangeError);
  });

  // Its speed at a million customers is measured by the metrics run in `npm run bench` (tools/bench-segmentation.mjs).
  it('splits many customers with distinct values into fifths', () => {
    const rand = mulberry32(5);
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, recencyDays: rand() * 720, frequency: rand() * 50, monetary: rand() * 1e5 }));
    const scores = rfmScores(rows);
    expect(scores.size).toBe(100_000);
    for (const dim of ['r', 'f', 'm'] as const) {
      const counts = [1, 2, 3, 4, 5].map((k) => [...scores.values()].filter((s) => s[dim] === k).length);
      for (const n of counts) expect(Math.abs(n - 20_000)).toBeLessThanOrEqual(1);
    }
  });
});

describe('rfmCell', () => {
  it('names the grid corners and edges', () => {
    expect(rfmCell(5, 5, 5)).toBe('champions');
    expect(rfmCell(5, 1, 1)).toBe('new_customers');
    expect(rfmCell(1, 5, 5)).toBe('cannot_lose');
    expect(rfmCell(1, 1, 1)).toBe('lost');
    expect(rfmCell(4, 1, 1)).toBe('promising');
    expect(rfmCell(3, 3, 3)).toBe('need_attention');
    expect(rfmCell(3, 1, 2)).toBe('about_to_sleep');
    expect(rfmCell(4, 5, 4)).toBe('loyal');
    expect(rfmCell(5, 2, 3)).toBe('potential_loyalist');
    expect(rfmCell(2, 4, 3)).toBe('at_risk');
    expect(rfmCell(2, 1, 2)).toBe('hibernating');
  });

  it('averages F and M rounding half up, and every cell is reachable', () => {
    // F = 3, M = 4 → 3.5 → column 4 (loyal at R = 3); F = 3, M = 3 → 3 (need attention).
    expect(rfmCell(3, 3, 4)).toBe('loyal');
    expect(rfmCell(3, 4, 3)).toBe('loyal');
    expect(rfmCell(3, 3, 3)).toBe('need_attention');
    const seen = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) seen.add(rfmCell(r, f, m));
    expect([...seen].sort()).toEqual([...RFM_CELLS].sort());
    expect(() => rfmCell(0, 3, 3)).toThrow(RangeError);
    expect(() => rfmCell(3, 2.5, 3)).toThrow(RangeError);
  });

  it('has a name in every language for every cell', () => {
    expect(Object.keys(RFM_CELL_NAMES).sort()).toEqual([...RFM_CELLS].sort());
    for (const names of Object.values(RFM_CELL_NAMES)) {
      expect(names.en && names['zh-CN'] && names['zh-TW']).toBeTruthy();
      // Taiwan usage: 客戶, never the Simplified 客户.
      expect(names['zh-TW']).not.toMatch(/[户们关将险诚]/);
    }
  });
});
