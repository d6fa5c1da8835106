import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { badRequest } from '../lib/http-errors.ts';

// PostgreSQL cannot store a NUL character in text, nor a lone UTF-16 surrogate (or a NUL) in
// jsonb: such input used to reach the database and come back as a 500. Valid JSON can carry
// both (`\u0000`, `\ud800`), so every string of the body, query and path parameters is checked
// before validation and refused as 400. Iterative, so no nesting depth can overflow the stack.

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const INVALID_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string (or object key) that the database could not store, or null. */
export function findInvalidText(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [v, at] = stack.pop()!;
    if (typeof v === 'string') {
      if (INVALID_TEXT.test(v)) return at;
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push([v[i], at ? `${at}.${i}` : String(i)]);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const path = at ? `${at}.${k}` : k;
        if (INVALID_TEXT.test(k)) return path;
        stack.push([child, path]);
      }
    }
  }
  return null;
}

export default fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    for (const part of [request.params, request.query, request.body]) {
      const path = findInvalidText(part);
      if (path !== null) {
        throw badRequest('文本含有无效字符（如 NUL）/ text contains invalid characters (such as NUL)', [
          { path, message: '无效字符 / invalid character' },
        ]);
      }
    }
  });
});
