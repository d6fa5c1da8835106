import { ZImportResult } from '@sp/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, errorFromResponse } from '../../../lib/api-error';
import { invalidateUnits } from '../../admin-units/api/get-admin-units';
import { invalidateUsers } from '../../admin-users/api/get-admin-users';

export const IMPORT_TEMPLATE_URL = '/api/admin/import/template';

/** Uploads the office's .xlsx (multipart, field `file`); all or nothing on the server. */
export async function importDirectory(file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch('/api/admin/import', {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch {
    throw new ApiError({ status: 0, title: 'Network error' });
  }
  if (!res.ok) throw await errorFromResponse(res);
  return ZImportResult.parse(await res.json());
}

export function useImportDirectory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importDirectory,
    onSuccess: () => {
      invalidateUnits(queryClient);
      invalidateUsers(queryClient);
    },
  });
}
