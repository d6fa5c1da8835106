import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../workflow/domain-error.ts';
import {
  canonicalDrawInputs,
  type DrawInputs,
  drawCampaign,
  drawShortfalls,
  seedCommitmentOf,
} from './draw.ts';
import { createRandomStream, finalSeedOf } from './draw-stream.ts';

const SEED = 'a3f1c2d4e5b60718293a4b5c6d7e8f90a3f1c2d4e5b60718293a4b5c6d7e8f90';
const COMMITMENT = seedCommitmentOf(SEED);

function inputs(overrides: Partial<DrawInputs> = {}): DrawInputs {
  return {
    observerValue: '',
    filesPerUnit: 2,
    reviewersPerFile: 2,
    units: [
      { id: 'u2', name: '城管局', files: ['f21', 'f22', 'f23'].map((id) => ({ id, number: id })) },
      { id: 'u1', name: '市监局', files: ['f11', 'f12', 'f13', 'f14'].map((id) => ({ id, number: id })) },
    ],
    reviewers: [
      { id: 'r1', name: '甲', unitId: 'u1' },
      { id: 'r2', name: '乙', unitId: 'u2' },
      { id: 'r3', name: '丙', unitId: null },
      { id: 'r4', name: '丁', unitId: 'u1' },
      { id: 'r5', name: '戊', unitId: 'u2' },
    ],
    ...overrides,
  };
}

/** Chi-square statistic of observed counts against equal expected counts. */
function chiSquare(counts: number[]): number {
  const expected = counts.reduce((a, b) => a + b, 0) / counts.length;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}
/** Fixed seeds: the test is deterministic, and still exercises many different streams. */
const FIXED_SEEDS = Array.from({ length: 2000 }, (_, i) => `fixed-seed-${i}`);

describe('the 双随机 draw', () => {
  it('gives the same result for the same seed and inputs, whatever order the inputs come in', () => {
    const a = drawCampaign(SEED, COMMITMENT, inputs());
    const shuffled = inputs();
    shuffled.units.reverse();
    shuffled.reviewers.reverse();
    shuffled.units[0]!.files.reverse();
    expect(drawCampaign(SEED, COMMITMENT, shuffled)).toEqual(a);
    expect(a.units.map((u) => u.unitId)).toEqual(['u1', 'u2']);
    expect(a.files).toHaveLength(4);
    for (const f of a.files) expect(f.reviewerIds).toHaveLength(2);
  });

  it('changes with the observer value and with the seed', () => {
    const base = drawCampaign(SEED, COMMITMENT, inputs());
    const observed = [1, 2, 3, 4, 5].map((i) =>
      drawCampaign(SEED, COMMITMENT, inputs({ observerValue: `纪检${i}` })),
    );
    expect(observed.some((r) => JSON.stringify(r) !== JSON.stringify(base))).toBe(true);
    expect(finalSeedOf(SEED, 'x')).not.toBe(finalSeedOf(SEED, ''));
  });

  it('refuses a seed that does not hash to its commitment', () => {
    expect(() => drawCampaign(`${SEED}0`, COMMITMENT, inputs())).toThrow(DomainError);
    expect(() =>
      drawCampaign(
        SEED,
        COMMITMENT.replace(/^./, (c) => (c === '0' ? '1' : '0')),
        inputs(),
      ),
    ).toThrow(/commitment/);
  });

  it('says how many files and outside reviewers there are when too many are asked', () => {
    const issues = drawShortfalls(canonicalDrawInputs(inputs({ filesPerUnit: 4, reviewersPerFile: 4 })));
    expect(issues.map((i) => i.path)).toEqual(['units.u1.reviewers', 'units.u2.files', 'units.u2.reviewers']);
    expect(issues[1]!.message).toContain('只有 3 件');
    expect(issues[0]!.message).toContain('只有 3 名');
    expect(() => drawCampaign(SEED, COMMITMENT, inputs({ filesPerUnit: 4 }))).toThrow(/只有 3 件/);
  });

  it('draws each file of a unit equally often over many seeds (chi-square, fixed seed list)', () => {
    const files = ['a', 'b', 'c', 'd', 'e'];
    const counts = files.map(() => 0);
    const one = inputs({
      filesPerUnit: 1,
      reviewersPerFile: 1,
      units: [{ id: 'u1', name: 'u1', files: files.map((id) => ({ id, number: id })) }],
      reviewers: [{ id: 'r', name: 'r', unitId: null }],
    });
    for (const seed of FIXED_SEEDS) {
      const picked = drawCampaign(seed, seedCommitmentOf(seed), one).units[0]!.fileIds[0]!;
      counts[files.indexOf(picked)]! += 1;
    }
    // 4 degrees of freedom: 18.47 is the 0.1% critical value.
    expect(chiSquare(counts)).toBeLessThan(18.47);
  });

  it('draws each eligible reviewer equally often, and each ordered pair of them too', () => {
    const reviewers = ['r1', 'r2', 'r3', 'r4'];
    const counts = reviewers.map(() => 0);
    const pairs = new Map<string, number>();
    const one = inputs({
      filesPerUnit: 1,
      reviewersPerFile: 2,
      units: [{ id: 'u1', name: 'u1', files: [{ id: 'f', number: 'f' }] }],
      reviewers: [
        ...reviewers.map((id) => ({ id, name: id, unitId: 'u9' })),
        { id: 'r0', name: 'own', unitId: 'u1' },
      ],
    });
    for (const seed of FIXED_SEEDS) {
      const ids = drawCampaign(seed, seedCommitmentOf(seed), one).files[0]!.reviewerIds;
      for (const id of ids) counts[reviewers.indexOf(id)]! += 1;
      pairs.set(ids.join(), (pairs.get(ids.join()) ?? 0) + 1);
    }
    expect(counts.every((c) => c > 0)).toBe(true);
    expect(chiSquare(counts)).toBeLessThan(16.27); // 3 df, 0.1%
    expect(pairs.size).toBe(12);
    expect(chiSquare([...pairs.values()])).toBeLessThan(31.26); // 11 df, 0.1%
  });

  it('rejection sampling keeps below(n) uniform for an n that does not divide 2^32', () => {
    const stream = createRandomStream(finalSeedOf(SEED, ''));
    const counts = [0, 0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 7000; i++) counts[stream.below(7)]! += 1;
    expect(chiSquare(counts)).toBeLessThan(22.46); // 6 df, 0.1%
  });
});

const arbInputs = fc
  .record({
    unitCount: fc.integer({ min: 1, max: 5 }),
    filesPerUnit: fc.integer({ min: 1, max: 3 }),
    reviewersPerFile: fc.integer({ min: 1, max: 3 }),
    reviewerUnits: fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), {
      minLength: 1,
      maxLength: 12,
    }),
    extraFiles: fc.integer({ min: 0, max: 4 }),
    seed: fc.string({ minLength: 1, maxLength: 40 }),
    observer: fc.string({ maxLength: 20 }),
  })
  .map(
    (a): DrawInputs => ({
      observerValue: a.observer,
      filesPerUnit: a.filesPerUnit,
      reviewersPerFile: a.reviewersPerFile,
      units: Array.from({ length: a.unitCount }, (_, u) => ({
        id: `unit-${u}`,
        name: `单位${u}`,
        files: Array.from({ length: a.filesPerUnit + a.extraFiles }, (_, f) => ({
          id: `file-${u}-${f}`,
          number: `${u}-${f}`,
        })),
      })),
      reviewers: a.reviewerUnits.map((u, i) => ({
        id: `rev-${i}`,
        name: `评查员${i}`,
        unitId: u === null ? null : `unit-${u}`,
      })),
    }),
  );

describe('the draw, for any inputs (fast-check)', () => {
  it('never assigns a reviewer a file of their own unit, never twice the same reviewer, and is repeatable', () => {
    fc.assert(
      fc.property(arbInputs, fc.string({ minLength: 1, maxLength: 64 }), (raw, seed) => {
        const commitment = seedCommitmentOf(seed);
        if (drawShortfalls(canonicalDrawInputs(raw)).length > 0) {
          expect(() => drawCampaign(seed, commitment, raw)).toThrow(DomainError);
          return;
        }
        const result = drawCampaign(seed, commitment, raw);
        const unitOf = new Map(raw.reviewers.map((r) => [r.id, r.unitId]));
        for (const file of result.files) {
          expect(new Set(file.reviewerIds).size).toBe(raw.reviewersPerFile);
          for (const id of file.reviewerIds) expect(unitOf.get(id)).not.toBe(file.unitId);
        }
        for (const unit of result.units) {
          expect(new Set(unit.fileIds).size).toBe(raw.filesPerUnit);
          for (const id of unit.fileIds) expect(id.startsWith(`file-${unit.unitId.slice(5)}-`)).toBe(true);
        }
        expect(drawCampaign(seed, commitment, raw)).toEqual(result);
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });
});
