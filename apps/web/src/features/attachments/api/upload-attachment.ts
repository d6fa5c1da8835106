import { ATTACHMENT_TYPES, type TAttachment, ZAttachment } from '@sp/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, errorFromResponse } from '../../../lib/api-error';
import { attachmentKeys } from './get-attachments';

export { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES } from '@sp/domain';

const ALLOWED_EXTENSIONS = ATTACHMENT_TYPES.flatMap((k) => k.extensions);

/** A first check by name so a wrong pick is reported at once; the server decides by content. */
export function isAllowedFile(file: File): boolean {
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  return ALLOWED_EXTENSIONS.includes(ext);
}

type UploadInput = {
  caseId: string;
  file: File;
  onProgress?: (percent: number) => void;
  /** A reporter's photo: keep its EXIF location (otherwise the server removes it). */
  shareLocation?: boolean;
};

/** Multipart upload with progress (fetch cannot report upload progress; XHR can). */
export function uploadAttachment({ caseId, ...rest }: UploadInput): Promise<TAttachment> {
  return uploadFile(`/api/cases/${encodeURIComponent(caseId)}/attachments`, rest);
}

/** A photo for a public report, by its tracking code (no login). */
export function uploadPublicPhoto(
  trackingCode: string,
  input: Omit<UploadInput, 'caseId'>,
): Promise<TAttachment> {
  return uploadFile(`/api/public/reports/${encodeURIComponent(trackingCode)}/photos`, input);
}

function uploadFile(
  url: string,
  { file, onProgress, shareLocation }: Omit<UploadInput, 'caseId'>,
): Promise<TAttachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
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
    // The field must come before the file: the server reads it as the file starts.
    if (shareLocation !== undefined) form.append('shareLocation', String(shareLocation));
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
