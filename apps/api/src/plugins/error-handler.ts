import {
  DomainError,
  defaultProblemCode,
  type FieldIssue,
  type ProblemCode,
  type RefusalReason,
  type TProblem,
} from '@sp/domain';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HttpError } from '../lib/http-errors.ts';

// One place where every failure becomes RFC 9457 problem+json. 4xx explain themselves; a 5xx
// says nothing about internals and is logged with the request id.

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

const DETAILS_ZH: Record<number, string> = {
  400: '请求内容不正确 / the request is malformed or invalid',
  413: '提交的内容过大 / the request is too large',
  415: '只接受 application/json 或 multipart/form-data / unsupported content type',
  429: '请求过于频繁，请稍后再试 / too many requests, try again later',
};

export function sendProblem(
  reply: FastifyReply,
  status: number,
  detail: string,
  issues: FieldIssue[] = [],
  title = TITLES[status] ?? 'Error',
  code: ProblemCode = defaultProblemCode(status),
  reason?: RefusalReason,
) {
  const problem: TProblem = {
    type: `https://supervision-plus.example/problems/${status}`,
    title,
    status,
    code,
    detail,
    ...(reason ? { reason } : {}),
    ...(issues.length > 0 ? { errors: issues } : {}),
  };
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(problem);
}

function validationIssues(error: FastifyError): FieldIssue[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.map((v) => ({
    path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
    message: v.message ?? 'invalid',
  }));
}

function handle(error: FastifyError, reply: FastifyReply) {
  if (error instanceof HttpError) {
    // A refusal that wraps a library's failure (an unreadable upload): the client gets the plain
    // words, the log keeps the underlying error.
    if (error.cause !== undefined) reply.log.warn({ err: error.cause }, error.message);
    reply.headers(error.headers);
    return sendProblem(reply, error.status, error.message, error.issues, error.title, error.code);
  }
  // A refusal by the domain: the contract's code, plus the reason (its words are in the copy).
  if (error instanceof DomainError)
    return sendProblem(
      reply,
      error.status,
      error.message,
      error.issues,
      undefined,
      error.problemCode,
      error.reason,
    );
  if (error.validation) {
    const where = error.validationContext ? ` (${error.validationContext})` : '';
    return sendProblem(reply, 400, `输入不正确${where} / invalid input${where}`, validationIssues(error));
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const detail = DETAILS_ZH[status] ?? error.message;
    return sendProblem(reply, status, detail);
  }
  reply.log.error({ err: error, reqId: reply.request.id }, 'unhandled error');
  return sendProblem(reply, 500, `服务器内部错误，请求编号 ${reply.request.id} / internal error`);
}

export default fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, _request, reply) => handle(error, reply));
});
