import { describe, expect, it } from 'vitest';
import { benchmarkCitation, withCitation } from './benchmark-citation.ts';

const b = {
  unitName: '市场监督管理局',
  field: '食品安全',
  violation: '超范围使用食品添加剂',
  legalBasis: '《食品安全法》第一百二十四条',
};

describe('citing a 裁量基准 in the legal basis', () => {
  it('names the law and the benchmark it follows', () => {
    expect(benchmarkCitation(b)).toBe(
      '《食品安全法》第一百二十四条；参照市场监督管理局行政处罚裁量基准（食品安全·超范围使用食品添加剂）',
    );
    expect(benchmarkCitation({ ...b, unitName: null })).toContain('；参照行政处罚裁量基准（');
  });

  it('adds the citation on its own line, once', () => {
    const c = benchmarkCitation(b);
    expect(withCitation('', c)).toBe(c);
    expect(withCitation('《行政处罚法》第五条  \n', c)).toBe(`《行政处罚法》第五条\n${c}`);
    expect(withCitation(`甲\n${c}`, c)).toBe(`甲\n${c}`);
  });
});
