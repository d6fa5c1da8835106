import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type Actor,
  canSeeAttachment,
  canUploadAttachment,
  isPhotoMime,
  MAX_VIDEO_SECONDS,
  publicPhotoRefusal,
  SYSTEM_ACTOR,
  stripsPhotoLocation,
  type TAttachment,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import {
  badRequest,
  forbidden,
  HttpError,
  notFound,
  tooLarge,
  unprocessable,
} from '../../lib/http-errors.ts';
import { normalizeTrackingCode, trackingHash } from '../../lib/tokens.ts';
import { attachmentFacts } from '../case-store/case-files.ts';
import { snapshotOf } from '../case-store/case-record.ts';
import type { Db } from '../case-store/case-store.repository.ts';
import { findVisibleCase } from '../case-store/visible-case.ts';
import {
  countAttachments,
  createAttachment,
  findAttachment,
  findCaseByTrackingHash,
  listAttachments,
  lockCase,
} from './attachments.repository.ts';
import { detectAllowedType, mp4DurationSeconds } from './content-type.ts';
import type { FileStore } from './file-store.ts';
import { withoutMetadata } from './photo.ts';

type Deps = { prisma: PrismaClient; clock: Clock; files: FileStore };
/** shareLocation: the reporter chose to keep the photo's EXIF location. */
export type Upload = {
  fileName: string;
  stream: Readable & { truncated?: boolean };
  shareLocation?: boolean;
};

/** Public uploads have no user: recorded under the nil UUID, a "gone" uploader the center alone sees. */
const PUBLIC_UPLOADER_ID = '00000000-0000-0000-0000-000000000000';

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

  /** Checks the received bytes, stores them once by hash, records the attachment. */
  async function store(
    caseId: string,
    uploadedById: string,
    upload: Upload,
    {
      strip,
      photosOnly,
      admit,
    }: {
      strip: boolean;
      photosOnly: boolean;
      /** Checked again with the case row locked, in the insert's transaction (limits). */
      admit?: (db: Db) => Promise<void>;
    },
  ): Promise<TAttachment> {
    let received = await receive(upload);
    try {
      if (received.truncated) throw tooLarge('附件不能超过 20 MB / files are limited to 20 MB');
      const mime = await detectAllowedType(received.temp);
      if (!mime || (photosOnly && !isPhotoMime(mime))) {
        throw new HttpError(
          415,
          'Unsupported Media Type',
          photosOnly
            ? '只接受 JPEG 或 PNG 照片 / only JPEG or PNG photos'
            : '只接受 PDF、OFD、图片（PNG/JPEG）、Word、Excel、MP4 视频和纯文本文件 / file type not allowed',
        );
      }
      if (mime === 'video/mp4') {
        const seconds = await mp4DurationSeconds(received.temp);
        if (seconds === null)
          throw new HttpError(415, 'Unsupported Media Type', '视频无法读取 / the video cannot be read');
        // Too long is "too large" (413, TOO_LARGE), like a file over 20 MB.
        if (seconds > MAX_VIDEO_SECONDS)
          throw tooLarge(
            `视频不能超过 ${MAX_VIDEO_SECONDS / 60} 分钟（此视频 ${Math.round(seconds)} 秒）/ videos are limited to ${MAX_VIDEO_SECONDS / 60} minutes (this one: ${Math.round(seconds)} s)`,
          );
      }
      if (strip && isPhotoMime(mime)) {
        const clean = path.join(files.tempDir, randomUUID());
        try {
          await withoutMetadata(received.temp, clean, mime);
        } catch {
          await unlink(clean).catch(() => {});
          throw new HttpError(415, 'Unsupported Media Type', '照片无法读取 / the photo cannot be read');
        }
        await unlink(received.temp);
        received = { ...received, temp: clean, ...(await hashFile(clean)) };
      }
      if (await files.exists(received.sha256)) await unlink(received.temp);
      else await files.adopt(received.temp, received.sha256);
      const row = {
        caseId,
        sha256: received.sha256,
        size: received.size,
        mime,
        fileName: sanitizeFileName(upload.fileName),
        uploadedById,
        uploadedAt: clock.now(),
      };
      const created = admit
        ? await prisma.$transaction(async (tx) => {
            await lockCase(tx, caseId);
            await admit(tx);
            return createAttachment(tx, row);
          })
        : await createAttachment(prisma, row);
      return toView(created);
    } finally {
      await unlink(received.temp).catch(() => {});
    }
  }

  return {
    async upload(caseId: string, actor: Actor, upload: Upload): Promise<TAttachment> {
      const row = await findVisibleCase(prisma, caseId, actor);
      if (!canUploadAttachment(snapshotOf(row), actor) || actor.kind !== 'user') {
        throw forbidden('当前不能上传附件 / you may not add files to this case now');
      }
      return store(row.id, actor.id, upload, {
        strip: stripsPhotoLocation(actor, upload.shareLocation === true),
        photosOnly: false,
      });
    },

    /** A photo added to a public report by its tracking code, soon after filing (domain rule). */
    async uploadPublicPhoto(code: string, upload: Upload): Promise<TAttachment> {
      const normalized = normalizeTrackingCode(code);
      const row = normalized ? await findCaseByTrackingHash(prisma, trackingHash(normalized)) : null;
      if (!row) throw notFound('查询码不存在 / unknown tracking code');
      // Checked before the bytes are read (a quick answer) and again, with the case locked, in
      // the insert's transaction: two uploads at once cannot both take the last place.
      const admit = async (db: Db) => {
        const refusal = publicPhotoRefusal(
          snapshotOf(row),
          row.createdAt,
          clock.now(),
          await countAttachments(db, row.id),
        );
        if (refusal === 'CLOSED')
          throw unprocessable(
            '该投诉已不能再补充照片 / photos can no longer be added to this report',
            [],
            'WRONG_STATE',
          );
        if (refusal === 'TOO_MANY')
          throw unprocessable('照片数量已达上限 / this report has as many photos as allowed');
      };
      await admit(prisma);
      return store(row.id, PUBLIC_UPLOADER_ID, upload, {
        strip: stripsPhotoLocation(SYSTEM_ACTOR, upload.shareLocation === true),
        photosOnly: true,
        admit,
      });
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

async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

function sanitizeFileName(name: string): string {
  const safe = [...path.basename(name || 'file')]
    .map((ch) => (ch.charCodeAt(0) < 32 || ch === '"' || ch === '\\' || ch === '/' ? '_' : ch))
    .join('')
    .trim();
  return (safe || 'file').slice(0, 200);
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
