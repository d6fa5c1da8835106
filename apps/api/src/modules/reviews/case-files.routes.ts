import { ZCaseFile, ZCaseFileInput, ZCaseFileQuery, ZPage, ZRegistryImportResult } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readUploadedFile } from '../../lib/xlsx/read-upload.ts';
import { XLSX_MIME } from '../../lib/xlsx/template.ts';
import type { CaseFilesService } from './case-files.service.ts';
import { requireReviewRunner } from './review-guards.ts';

type Deps = { caseFiles: CaseFilesService };
const tags = ['reviews'];
const BASE = '/api/reviews/case-files';

export const caseFilesRoutes: FastifyPluginAsyncZod<Deps> = async (app, { caseFiles }) => {
  app.get(
    BASE,
    { schema: { tags, querystring: ZCaseFileQuery, response: { 200: ZPage(ZCaseFile) } } },
    async (request) => {
      requireReviewRunner(request);
      return caseFiles.list(request.query);
    },
  );

  app.post(
    BASE,
    { schema: { tags, body: ZCaseFileInput, response: { 201: ZCaseFile } } },
    async (request, reply) => {
      requireReviewRunner(request);
      return reply.code(201).send(await caseFiles.create(request.body));
    },
  );

  app.get(
    `${BASE}/import-template.xlsx`,
    { schema: { tags, description: 'The .xlsx template for importing case files.' } },
    async (request, reply) => {
      requireReviewRunner(request);
      return reply
        .type(XLSX_MIME)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent('案卷导入模板.xlsx')}`,
        )
        .send(await caseFiles.template());
    },
  );

  app.post(
    `${BASE}/import`,
    {
      schema: {
        tags,
        description:
          'multipart/form-data, field `file`: an .xlsx from the template. All rows or none (400 lists every error by row).',
        response: { 200: ZRegistryImportResult },
      },
    },
    async (request) => {
      requireReviewRunner(request);
      return caseFiles.importXlsx(await readUploadedFile(request));
    },
  );
};
