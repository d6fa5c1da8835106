import { ZAttachment } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/api-client';

const ZAttachments = z.array(ZAttachment);

export const attachmentKeys = {
  list: (caseId: string) => ['cases', 'attachments', caseId] as const,
};

export function getAttachments(caseId: string, signal?: AbortSignal) {
  return request('GET', `/api/cases/${encodeURIComponent(caseId)}/attachments`, ZAttachments, { signal });
}

export function useAttachments(caseId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: attachmentKeys.list(caseId),
    queryFn: ({ signal }) => getAttachments(caseId, signal),
    ...options,
  });
}

/** Where the browser downloads an attachment (same origin, the session cookie goes along). */
export function attachmentUrl(caseId: string, attachmentId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
