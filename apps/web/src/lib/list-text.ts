/** A list typed in one box: 市场监管、食品安全 (顿号, commas or semicolons). */
export const splitList = (text: string): string[] =>
  text
    .split(/[、,，;；\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

export const listText = (items: string[]): string => items.join('、');
