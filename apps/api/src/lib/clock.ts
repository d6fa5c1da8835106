/** The server's sense of time. Tests and the test-clock route move it; nothing else does. */
export type Clock = { now(): Date; set(instant: Date | null): void; isFixed(): boolean };

export function createClock(): Clock {
  let fixed: number | null = null;
  return {
    now: () => new Date(fixed ?? Date.now()),
    isFixed: () => fixed !== null,
    set: (instant) => {
      fixed = instant === null ? null : instant.getTime();
    },
  };
}
