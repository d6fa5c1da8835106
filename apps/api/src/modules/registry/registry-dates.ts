// @db.Date columns travel as UTC midnight; the API speaks YYYY-MM-DD.
export const toDbDate = (isoDate: string): Date => new Date(`${isoDate}T00:00:00.000Z`);
export const fromDbDate = (date: Date): string => date.toISOString().slice(0, 10);
