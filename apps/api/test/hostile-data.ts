import { multipart } from './multipart.ts';

// Malformed, oversized and hostile request bodies, each derived from a route's valid body.

/** Replaces every string (deeply) with f(string); keys are kept. */
function mapStrings(v: unknown, f: (s: string) => unknown): unknown {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f));
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)]));
  return v;
}
/** Every leaf (string, number, boolean) replaced by f(leaf). */
function mapLeaves(v: unknown, f: (leaf: unknown) => unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => mapLeaves(x, f));
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapLeaves(x, f)]));
  return f(v);
}

const JSON_TYPE = 'application/json';
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const mp = multipart([{ name: 'file', fileName: 'a.txt', data: 'hello' }]);

export type Body = {
  label: string;
  type: string;
  payload: (valid: Record<string, unknown>) => string | Buffer;
  status?: number;
  /** Only meaningful for bodies with strings in them. */
  strings?: true;
};
export const hasStrings = (valid: Record<string, unknown>) =>
  JSON.stringify(mapStrings(valid, () => 0)) !== JSON.stringify(valid);
export const BODIES: Body[] = [
  { label: 'invalid JSON', type: JSON_TYPE, payload: () => '{"username": "staff",' },
  {
    label: 'JSON with trailing garbage',
    type: JSON_TYPE,
    payload: (valid) => `${JSON.stringify(valid)} xyz`,
  },
  { label: 'single-quoted pseudo JSON', type: JSON_TYPE, payload: () => "{'username': 'staff'}" },
  { label: 'JSON array', type: JSON_TYPE, payload: (valid) => JSON.stringify([valid]) },
  { label: 'JSON number', type: JSON_TYPE, payload: () => '42' },
  { label: 'JSON null', type: JSON_TYPE, payload: () => 'null' },
  { label: 'JSON string', type: JSON_TYPE, payload: () => '"hello"' },
  { label: 'JSON true', type: JSON_TYPE, payload: () => 'true' },
  { label: 'empty body', type: JSON_TYPE, payload: () => '' },
  { label: 'empty object', type: JSON_TYPE, payload: () => '{}' },
  { label: 'text/plain', type: 'text/plain', payload: (valid) => JSON.stringify(valid) },
  {
    label: 'form-urlencoded',
    type: 'application/x-www-form-urlencoded',
    payload: () => 'username=staff&title=x',
  },
  { label: 'XML', type: 'application/xml', payload: () => '<case><title>x</title></case>' },
  { label: 'multipart', type: mp.contentType, payload: () => mp.payload },
  {
    label: 'body over 1 MB',
    type: JSON_TYPE,
    payload: (valid) => JSON.stringify({ ...valid, pad: 'x'.repeat(1_100_000) }),
    status: 413,
  },
  {
    label: '__proto__ key',
    type: JSON_TYPE,
    payload: (valid) => `{"__proto__":{"polluted":true},${JSON.stringify(valid).slice(1)}`,
  },
  {
    label: 'constructor.prototype key',
    type: JSON_TYPE,
    payload: (valid) => `{"constructor":{"prototype":{"polluted":true}},${JSON.stringify(valid).slice(1)}`,
  },
  {
    strings: true,
    label: 'NUL in every string',
    type: JSON_TYPE,
    payload: (valid) => JSON.stringify(mapStrings(valid, (s) => `${s}\u0000`)),
  },
  {
    strings: true,
    label: 'lone surrogate in every string',
    type: JSON_TYPE,
    payload: (valid) => JSON.stringify(mapStrings(valid, (s) => `${s}\ud800`)),
  },
  {
    strings: true,
    label: 'strings over every limit',
    type: JSON_TYPE,
    payload: (valid) => JSON.stringify(mapStrings(valid, () => '字'.repeat(10_001))),
  },
  {
    label: 'every value the wrong type',
    type: JSON_TYPE,
    payload: (valid) => JSON.stringify(mapLeaves(valid, (v) => (typeof v === 'string' ? 12 : 'twelve'))),
  },
  {
    label: 'every value an object',
    type: JSON_TYPE,
    payload: (valid) => JSON.stringify(mapLeaves(valid, () => ({ $ne: null }))),
  },
  { label: 'deeply nested object', type: JSON_TYPE, payload: () => nested(10_000) },
  {
    label: 'deeply nested value',
    type: JSON_TYPE,
    // Every field's value is a 50 000-deep array.
    payload: (valid) =>
      JSON.stringify(mapLeaves(valid, () => 'DEEP')).replaceAll(
        '"DEEP"',
        `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
      ),
  },
  {
    label: 'huge number',
    type: JSON_TYPE,
    payload: (valid) => JSON.stringify(mapLeaves(valid, () => 1e308)).replace(/1e\+308/g, '1e999'),
  },
];
