import { type TAttachment, ZAttachment } from '@sp/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, errorFromResponse } from '../../../lib/api-error';
import { attachmentKeys } from './get-attachments';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const ATTACHMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt';
const ALLOWED_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'docx', 'xlsx', 'txt'];

export function isAllowedFile(file: File): boolean {
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  return ALLOWED_EXTENSIONS.includes(ext);
}

type UploadInput = { caseId: string; file: File; onProgress?: (percent: number) => void };

/** Multipart upload with progress (fetch cannot report upload progress; XHR can). */
export function uploadAttachment({ caseId, file, onProgress }: UploadInput): Promise<TAttachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/cases/${encodeURIComponent(caseId)}/attachments`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, title: 'Network error' }));
    xhr.onload = async () => {
      const res = new Response(xhr.responseText || null, {
        status: xhr.status,
        headers: { 'Content-Type': xhr.getResponseHeader('Content-Type') ?? 'application/json' },
      });
      if (!res.ok) return reject(await errorFromResponse(res));
      try {
        resolve(ZAttachment.parse(await res.json()));
      } catch {
        reject(new ApiError({ status: xhr.status, title: 'Invalid response' }));
      }
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

export function useUploadAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAttachment,
    onSuccess: (attachment, { caseId }) => {
      queryClient.setQueryData<TAttachment[]>(attachmentKeys.list(caseId), (old) => [
        ...(old ?? []),
        attachment,
      ]);
      void queryClient.invalidateQueries({ queryKey: attachmentKeys.list(caseId) });
    },
  });
}
