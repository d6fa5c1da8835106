import type { FastifyRequest } from 'fastify';
import { badRequest } from '../http-errors.ts';

/** The uploaded file (multipart field `file`) as a buffer; the multipart limits give 413. */
export async function readUploadedFile(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart())
    throw badRequest('请以 multipart/form-data 上传文件 / send multipart/form-data');
  const part = await request.file().catch((error: unknown) => {
    if ((error as { statusCode?: number }).statusCode) throw error;
    throw badRequest('multipart/form-data 格式不正确 / malformed multipart/form-data body');
  });
  if (part?.fieldname !== 'file')
    throw badRequest('缺少文件字段 file / missing field "file"', [
      { path: 'file', message: '请选择文件 / choose a file' },
    ]);
  return part.toBuffer();
}
