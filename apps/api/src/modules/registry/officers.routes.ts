import {
  ZIdParams,
  ZOfficer,
  ZOfficerHistory,
  ZOfficerInput,
  ZOfficerListQuery,
  ZOfficerStatusRequest,
  ZOfficerUpdate,
  ZPage,
  ZRegistryImportResult,
} from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readUploadedFile } from '../../lib/xlsx/read-upload.ts';
import { XLSX_MIME } from '../../lib/xlsx/template.ts';
import type { OfficersService } from './officers.service.ts';
import type { OfficersImportService } from './officers-import.service.ts';
import { requireRegistryAdmin } from './registry-guards.ts';

type Deps = { officers: OfficersService; officersImport: OfficersImportService };
const tags = ['registry'];
const BASE = '/api/admin/registry/officers';

export const officersRoutes: FastifyPluginAsyncZod<Deps> = async (app, { officers, officersImport }) => {
  app.get(
    BASE,
    { schema: { tags, querystring: ZOfficerListQuery, response: { 200: ZPage(ZOfficer) } } },
    async (request) => {
      requireRegistryAdmin(request);
      return officers.list(request.query);
    },
  );

  app.post(
    BASE,
    { schema: { tags, body: ZOfficerInput, response: { 201: ZOfficer } } },
    async (request, reply) =>
      reply.code(201).send(await officers.create(request.body, requireRegistryAdmin(request))),
  );

  app.get(
    `${BASE}/import-template.xlsx`,
    { schema: { tags, description: 'The .xlsx template for importing officers (with a 填写说明 sheet).' } },
    async (request, reply) => {
      requireRegistryAdmin(request);
      return reply
        .type(XLSX_MIME)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent('执法人员导入模板.xlsx')}`,
        )
        .send(await officersImport.template());
    },
  );

  app.post(
    `${BASE}/import`,
    {
      schema: {
        tags,
        description:
          'multipart/form-data, field `file`: an .xlsx made from the template. All rows or none (400 lists every error by row).',
        response: { 200: ZRegistryImportResult },
      },
    },
    async (request) => {
      const actor = requireRegistryAdmin(request);
      return officersImport.importXlsx(await readUploadedFile(request), actor);
    },
  );

  app.get(
    `${BASE}/:id`,
    { schema: { tags, params: ZIdParams, response: { 200: ZOfficer } } },
    async (request) => {
      requireRegistryAdmin(request);
      return officers.get(request.params.id);
    },
  );

  app.patch(
    `${BASE}/:id`,
    { schema: { tags, params: ZIdParams, body: ZOfficerUpdate, response: { 200: ZOfficer } } },
    async (request) => {
      requireRegistryAdmin(request);
      return officers.update(request.params.id, request.body);
    },
  );

  app.post(
    `${BASE}/:id/status`,
    {
      schema: {
        tags,
        description:
          'Record a decision on the certificate (VALID, SUSPENDED, REVOKED) with its reason; EXPIRED is derived from validUntil.',
        params: ZIdParams,
        body: ZOfficerStatusRequest,
        response: { 200: ZOfficer },
      },
    },
    async (request) => officers.changeStatus(request.params.id, request.body, requireRegistryAdmin(request)),
  );

  app.get(
    `${BASE}/:id/history`,
    { schema: { tags, params: ZIdParams, response: { 200: ZOfficerHistory } } },
    async (request) => {
      requireRegistryAdmin(request);
      return officers.history(request.params.id);
    },
  );
};
