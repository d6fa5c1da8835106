import type { Translation } from './zh-CN';

/** The shape every language module must fill: the zh-CN keys, any string values. */
export type Messages<T = Translation> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
