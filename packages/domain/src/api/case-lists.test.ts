import { describe, expect, it } from 'vitest';
import { groupSlices } from './case-lists.ts';

// The urgency order reads groups one after another: a page must take exactly the rows that the
// concatenated groups hold at its place, whatever the group sizes.
describe('groupSlices', () => {
  const concatenated = (counts: number[]) =>
    counts.flatMap((n, g) => Array.from({ length: n }, (_, i) => `${g}:${i}`));
  const read = (counts: number[], page: number, size: number) =>
    groupSlices(counts, page, size).flatMap(({ group, skip, take }) =>
      Array.from({ length: take }, (_, i) => `${group}:${skip + i}`),
    );

  it('gives every page the rows of the concatenated groups, never an empty slice', () => {
    for (const counts of [
      [0, 0, 0],
      [3, 0, 5],
      [1, 1, 1],
      [0, 7, 0],
      [25, 2, 40],
    ])
      for (const size of [1, 2, 3, 20])
        for (let page = 1; page <= Math.ceil(counts.reduce((a, b) => a + b, 0) / size) + 1; page++) {
          expect(read(counts, page, size)).toEqual(
            concatenated(counts).slice((page - 1) * size, page * size),
          );
          for (const s of groupSlices(counts, page, size)) expect(s.take).toBeGreaterThan(0);
        }
  });
});
