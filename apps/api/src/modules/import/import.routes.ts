import { IMPORT_LIMITS, ZImportResult } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { badRequest } from '../../lib/http-errors.ts';
import { adminOnly } from '../../plugins/auth.ts';
import type { ImportService } from './import.service.ts';
import { TEMPLATE_FILE_NAME, XLSX_TYPE } from './import-workbook.ts';

type Deps = { imports: ImportService };

/** Importing units and users from an .xlsx (issue 8): the template, and the upload. */
export const importRoutes: FastifyPluginAsyncZod<Deps> = async (app, { imports }) => {
  app.addHook('onRequest', adminOnly);

  app.get(
    '/api/admin/import/template',
    {
      schema: {
        tags: ['admin'],
        description: 'The .xlsx template: sheets 执法单位 and 用户, one example row each.',
      },
    },
    async (_request, reply) =>
      reply
        .type(XLSX_TYPE)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(TEMPLATE_FILE_NAME)}`,
        )
        .header('cache-control', 'no-store')
        .send(await imports.template()),
  );

  app.post(
    '/api/admin/import',
    {
      schema: {
        tags: ['admin'],
        description: `multipart/form-data with one field \`file\` (an .xlsx ≤ ${IMPORT_LIMITS.maxBytes / 1024} KB, ≤ ${IMPORT_LIMITS.maxRowsPerSheet} rows a sheet). All or nothing: any bad row → 400 (409 when every problem is a duplicate) with \`errors[].path\` = sheet.row.column.`,
        response: { 200: ZImportResult },
      },
    },
    async (request) => {
      if (!request.isMultipart())
        throw badRequest('请以 multipart/form-data 上传文件 / send multipart/form-data');
      const part = await request
        .file({ limits: { fileSize: IMPORT_LIMITS.maxBytes } })
        .catch((error: unknown) => {
          if ((error as { statusCode?: number }).statusCode) throw error;
          throw badRequest('multipart/form-data 格式不正确 / malformed multipart/form-data body');
        });
      if (part?.fieldname !== 'file')
        throw badRequest('缺少文件字段 file / missing field "file"', [
          { path: 'file', message: '请选择文件 / choose a file' },
        ]);
      // toBuffer rejects with 413 once the file passes the limit.
      return imports.run(await part.toBuffer());
    },
  );
};
