import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Actor, canSeeAttachment, canUploadAttachment, type TAttachment } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { badRequest, forbidden, HttpError, notFound, tooLarge } from '../../lib/http-errors.ts';
import { attachmentFacts } from '../case-store/case-files.ts';
import { snapshotOf } from '../case-store/case-record.ts';
import { findVisibleCase } from '../case-store/visible-case.ts';
import { createAttachment, findAttachment, listAttachments } from './attachments.repository.ts';
import { detectAllowedType } from './content-type.ts';
import type { FileStore } from './file-store.ts';

type Deps = { prisma: PrismaClient; clock: Clock; files: FileStore };
type Upload = { fileName: string; stream: Readable & { truncated?: boolean } };

const toView = (a: {
  id: string;
  fileName: string;
  size: number;
  mime: string;
  sha256: string;
  uploadedAt: Date;
}): TAttachment => ({
  id: a.id,
  fileName: a.fileName,
  size: a.size,
  mime: a.mime,
  sha256: a.sha256,
  uploadedAt: a.uploadedAt.toISOString(),
});

export function createAttachmentsService({ prisma, clock, files }: Deps) {
  /** Streams the upload to a temporary file, hashing as it goes; nothing is kept on failure. */
  async function receive(upload: Upload) {
    await mkdir(files.tempDir, { recursive: true });
    const temp = path.join(files.tempDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    // The client's stream fails on a body cut short or malformed (busboy: a bare Error, which
    // was a 500) or over the size limit (the plugin's 413). Keep no partial file either way.
    // The stream may have failed already while the case was being looked up.
    let sourceError: unknown = upload.stream.errored ?? undefined;
    upload.stream.once('error', (error) => {
      sourceError ??= error;
    });
    try {
      await pipeline(upload.stream, meter, createWriteStream(temp));
    } catch (error) {
      await unlink(temp).catch(() => {});
      const { statusCode, code } = error as { statusCode?: number; code?: string };
      // A disk error (it has an errno code) stays a 500.
      if (error === sourceError && !statusCode && !code)
        throw badRequest('上传内容不完整或格式不正确 / the upload was cut off or malformed');
      throw error;
    }
    return { temp, sha256: hash.digest('hex'), size, truncated: upload.stream.truncated === true };
  }

  return {
    async upload(caseId: string, actor: Actor, upload: Upload): Promise<TAttachment> {
      const row = await findVisibleCase(prisma, caseId, actor);
      if (!canUploadAttachment(snapshotOf(row), actor) || actor.kind !== 'user') {
        throw forbidden('当前不能上传附件 / you may not add files to this case now');
      }
      const received = await receive(upload);
      try {
        if (received.truncated) throw tooLarge('附件不能超过 20 MB / files are limited to 20 MB');
        const mime = await detectAllowedType(received.temp);
        if (!mime) {
          throw new HttpError(
            415,
            'Unsupported Media Type',
            '只接受 PDF、PNG、JPEG、Word、Excel 和纯文本文件 / file type not allowed',
          );
        }
        if (await files.exists(received.sha256)) await unlink(received.temp);
        else await files.adopt(received.temp, received.sha256);
        const created = await createAttachment(prisma, {
          caseId: row.id,
          sha256: received.sha256,
          size: received.size,
          mime,
          fileName: sanitizeFileName(upload.fileName),
          uploadedById: actor.id,
          uploadedAt: clock.now(),
        });
        return toView(created);
      } finally {
        await unlink(received.temp).catch(() => {});
      }
    },

    async list(caseId: string, actor: Actor): Promise<TAttachment[]> {
      const row = await findVisibleCase(prisma, caseId, actor);
      const snap = snapshotOf(row);
      const facts = await attachmentFacts(prisma, await listAttachments(prisma, row.id));
      return facts.filter((a) => canSeeAttachment(snap, actor, a)).map(toView);
    },

    async open(caseId: string, attachmentId: string, actor: Actor) {
      const row = await findVisibleCase(prisma, caseId, actor);
      const a = await findAttachment(prisma, row.id, attachmentId);
      const [facts] = a ? await attachmentFacts(prisma, [a]) : [];
      if (!a || !facts || !canSeeAttachment(snapshotOf(row), actor, facts))
        throw notFound('附件不存在 / attachment not found');
      return { attachment: toView(a), stream: files.open(a.sha256) };
    },
  };
}

function sanitizeFileName(name: string): string {
  const safe = [...path.basename(name || 'file')]
    .map((ch) => (ch.charCodeAt(0) < 32 || ch === '"' || ch === '\\' || ch === '/' ? '_' : ch))
    .join('')
    .trim();
  return (safe || 'file').slice(0, 200);
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
