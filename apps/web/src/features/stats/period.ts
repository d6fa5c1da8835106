// The statistics page's period: a month, a quarter, a year or custom dates, as from/to
// (YYYY-MM-DD, inclusive) for GET /api/stats. The API refuses reversed or over-five-year periods.

export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';
export type PeriodChoice = {
  kind: PeriodKind;
  year: number;
  /** 1–12 for a month, 1–4 for a quarter. */
  part: number;
  from: string;
  to: string;
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Today's month in China. */
export function initialChoice(now = new Date()): PeriodChoice {
  const china = new Date(now.getTime() + 8 * 3_600_000);
  const year = china.getUTCFullYear();
  const month = china.getUTCMonth() + 1;
  return {
    kind: 'month',
    year,
    part: month,
    from: `${year}-${pad(month)}-01`,
    to: china.toISOString().slice(0, 10),
  };
}

export function periodOf(c: PeriodChoice): { from: string; to: string } | null {
  switch (c.kind) {
    case 'month':
      return {
        from: `${c.year}-${pad(c.part)}-01`,
        to: `${c.year}-${pad(c.part)}-${lastDay(c.year, c.part)}`,
      };
    case 'quarter': {
      const first = (c.part - 1) * 3 + 1;
      return {
        from: `${c.year}-${pad(first)}-01`,
        to: `${c.year}-${pad(first + 2)}-${lastDay(c.year, first + 2)}`,
      };
    }
    case 'year':
      return { from: `${c.year}-01-01`, to: `${c.year}-12-31` };
    case 'custom': {
      const ok = /^\d{4}-\d{2}-\d{2}$/;
      if (!ok.test(c.from) || !ok.test(c.to) || c.from > c.to) return null;
      const years = (Date.parse(c.to) - Date.parse(c.from)) / 86_400_000;
      return years < 5 * 366 ? { from: c.from, to: c.to } : null;
    }
  }
}
