// Working-day calendar: Chinese public holidays, 调休 make-up days and deadline arithmetic.
export {
  type CalendarOptions,
  type CalendarOverride,
  createCalendar,
  isDefaultWorkingDay,
  type WorkingCalendar,
} from './calendar.ts';
export {
  ARRANGEMENT_WARNING_MONTH,
  applyCalendarChange,
  type CalendarChange,
  type CalendarFlags,
  calendarOf,
  DAY_KINDS,
  type DayKind,
  datesReplacedBy,
  missingArrangements,
  type TArrangementInput,
  type YearDay,
  yearDays,
  ZArrangementInput,
} from './calendar-change.ts';
export {
  computeDueAt,
  computeDueSoonAt,
  type DeadlineRule,
  type DeadlineStatus,
  DUE_SOON_FRACTION,
  deadlineStatus,
  type ResolvedDeadline,
  resolveDeadline,
} from './deadline.ts';
export { type DeadlineExplanation, explainDeadline, type MakeupWorkday, type SkippedDay } from './explain.ts';
export {
  arrangementToOverrides,
  type HolidayArrangement,
  ZHolidayArrangement,
} from './holiday-arrangement.ts';
export {
  addDays,
  dayOfWeek,
  endOfShanghaiDay,
  formatShanghaiInstant,
  type IsoDate,
  isIsoDate,
  isWeekend,
  parseInstant,
  shanghaiDate,
  startOfShanghaiDay,
} from './iso-date.ts';
export { type StatutoryHoliday, statutoryHolidays, statutoryOverrides } from './statutory-holidays.ts';
export { addWorkingDays, MAX_WORKING_DAYS, nextWorkingDayFrom, workingDaysBetween } from './working-days.ts';
