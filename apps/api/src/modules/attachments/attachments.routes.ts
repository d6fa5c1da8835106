import { attachmentPreview, ZAttachment, ZIdParams, ZTrackingParams } from '@sp/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest } from '../../lib/http-errors.ts';
import { requireActor } from '../../plugins/auth.ts';
import type { AttachmentsService, Upload } from './attachments.service.ts';

/** The one `file` part of a multipart body; a `shareLocation` field must come before it. */
async function filePart(request: FastifyRequest): Promise<Upload> {
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
  const share = part.fields.shareLocation;
  const shareLocation = !Array.isArray(share) && share?.type === 'field' && share.value === 'true';
  return { fileName: part.filename, stream: part.file, shareLocation };
}

type Deps = { attachments: AttachmentsService };

export const attachmentsRoutes: FastifyPluginAsyncZod<Deps> = async (app, { attachments }) => {
  app.post(
    '/api/cases/:id/attachments',
    {
      schema: {
        tags: ['attachments'],
        description:
          'multipart/form-data with one field `file` (≤ 20 MB; PDF, OFD, PNG, JPEG, DOC, DOCX, XLS, XLSX, MP4, plain text; ' +
          'recognised by content). A special supervisor may send `shareLocation` ("true") before it to keep a photo\'s location.',
        params: ZIdParams,
        response: { 201: ZAttachment },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await attachments.upload(request.params.id, actor, await filePart(request));
      return reply.code(201).send(created);
    },
  );

  app.post(
    '/api/public/reports/:trackingCode/photos',
    {
      schema: {
        tags: ['public'],
        description:
          'A photo (JPEG or PNG, ≤ 20 MB) for a public report, within an hour of filing and while it is 受理中, at most 5. ' +
          'multipart/form-data: `shareLocation` ("true" keeps the EXIF location; otherwise every metadata is removed), then `file`.',
        params: ZTrackingParams,
        response: { 201: ZAttachment },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const created = await attachments.uploadPublicPhoto(
        request.params.trackingCode,
        await filePart(request),
      );
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
      // PDFs, images and MP4 video open in the browser (the case page previews them); anything
      // else downloads. The file may run nothing: no scripts, and (but for PDF, whose viewer
      // will not run sandboxed) a sandbox.
      const preview = attachmentPreview(attachment.mime);
      reply
        .type(attachment.mime)
        .header(
          'content-disposition',
          `${preview ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header(
          'content-security-policy',
          `default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'${preview === 'pdf' ? '' : '; sandbox'}`,
        )
        .header('cache-control', 'private, no-cache');
      return reply.send(stream);
    },
  );
};
