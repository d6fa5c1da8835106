import { type TPublicReportRequest, ZPublicReportCreated } from '@sp/domain';
import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

export function createPublicReport(body: TPublicReportRequest) {
  return request('POST', '/api/public/reports', ZPublicReportCreated, { body });
}

export function useCreatePublicReport() {
  return useMutation({ mutationFn: createPublicReport });
}
