import type { z } from 'zod';
import { ApiError, errorFromResponse } from './api-error';

/** POSTs one file as multipart/form-data (field `file`) and checks the answer against `schema`. */
export async function uploadFile<S extends z.ZodType>(
  path: string,
  file: File,
  schema: S,
): Promise<z.output<S>> {
  const form = new FormData();
  form.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch {
    throw new ApiError({ status: 0, title: 'Network error' });
  }
  if (!res.ok) throw await errorFromResponse(res);
  return schema.parse(await res.json());
}
