import { ZAttachment, ZIdParams } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest } from '../../lib/http-errors.ts';
import { requireActor } from '../../plugins/auth.ts';
import type { AttachmentsService } from './attachments.service.ts';

type Deps = { attachments: AttachmentsService };

export const attachmentsRoutes: FastifyPluginAsyncZod<Deps> = async (app, { attachments }) => {
  app.post(
    '/api/cases/:id/attachments',
    {
      schema: {
        tags: ['attachments'],
        description:
          'multipart/form-data with one field `file` (≤ 20 MB; PDF, PNG, JPEG, DOCX, XLSX, plain text).',
        params: ZIdParams,
        response: { 201: ZAttachment },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!request.isMultipart())
        throw badRequest('请以 multipart/form-data 上传文件 / send multipart/form-data');
      // A body busboy cannot even start on (no boundary, say) rejects with a bare Error: a 400,
      // not a 500. The plugin's own refusals (limits: 413) keep their status.
      const part = await request.file().catch((error: unknown) => {
        if ((error as { statusCode?: number }).statusCode) throw error;
        throw badRequest('multipart/form-data 格式不正确 / malformed multipart/form-data body');
      });
      if (part?.fieldname !== 'file') {
        throw badRequest('缺少文件字段 file / missing field "file"', [
          { path: 'file', message: '请选择文件 / choose a file' },
        ]);
      }
      const created = await attachments.upload(request.params.id, actor, {
        fileName: part.filename,
        stream: part.file,
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/cases/:id/attachments',
    { schema: { tags: ['attachments'], params: ZIdParams, response: { 200: z.array(ZAttachment) } } },
    async (request) => attachments.list(request.params.id, requireActor(request)),
  );

  app.get(
    '/api/cases/:id/attachments/:attachmentId',
    { schema: { tags: ['attachments'], params: ZIdParams.extend({ attachmentId: z.string().max(100) }) } },
    async (request, reply) => {
      const { attachment, stream } = await attachments.open(
        request.params.id,
        request.params.attachmentId,
        requireActor(request),
      );
      reply
        .type(attachment.mime)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
        )
        .header('x-content-type-options', 'nosniff');
      return reply.send(stream);
    },
  );
};
