import { shanghaiDate, XLSX_CONTENT_TYPE, ZCaseExportQuery } from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { attachmentDisposition } from '../../lib/xlsx-stream.ts';
import { requireActor } from '../../plugins/auth.ts';
import type { CasesExportService } from './cases-export.service.ts';

export const casesExportRoutes: FastifyPluginAsyncZod<{
  exports: CasesExportService;
  now: () => Date;
}> = async (app, { exports, now }) => {
  app.get(
    '/api/cases/export.xlsx',
    {
      schema: {
        tags: ['cases'],
        description:
          'The case list as .xlsx (the list’s filters, without paging; the caller’s scope). More than 200,000 matching cases → 413 TOO_LARGE.',
        querystring: ZCaseExportQuery,
      },
    },
    async (request, reply) => {
      const { stream } = await exports.export(request.query, requireActor(request));
      const day = shanghaiDate(now());
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', attachmentDisposition(`案件清单-${day}.xlsx`, `cases-${day}.xlsx`))
        .header('cache-control', 'no-store')
        .send(stream);
    },
  );
};
