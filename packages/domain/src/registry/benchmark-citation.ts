// How the notice form cites a 裁量基准 in its legal basis (draft_notice's `legalBasis`: the
// payload stays a text, the citation is inserted into it). The citation names the law and the
// benchmark it follows, so the unit can find both.

export type CitableBenchmark = {
  unitName: string | null;
  field: string;
  violation: string;
  legalBasis: string;
};

/** e.g. 《食品安全法》第一百二十四条；参照四平市市场监督管理局行政处罚裁量基准（食品安全·生产经营超范围使用食品添加剂的食品） */
export function benchmarkCitation(b: CitableBenchmark): string {
  return `${b.legalBasis}；参照${b.unitName ?? ''}行政处罚裁量基准（${b.field}·${b.violation}）`;
}

/** The legal basis text with the citation added on its own line (once: never twice). */
export function withCitation(text: string, citation: string): string {
  if (text.includes(citation)) return text;
  const trimmed = text.replace(/\s+$/, '');
  return trimmed.length === 0 ? citation : `${trimmed}\n${citation}`;
}
