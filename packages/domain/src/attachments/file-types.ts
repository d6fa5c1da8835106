// The files a case may carry: recognised by their bytes on the server (never by the name the
// client sent), shown inline when a browser can render them safely, downloaded otherwise.

/** How a file is shown: in a frame (PDF), as an image, as a video, or only downloaded. */
export type AttachmentPreview = 'pdf' | 'image' | 'video' | null;

type FileKind = { mime: string; extensions: string[]; preview: AttachmentPreview; photo?: boolean };

/** Every allowed type. OFD (版式文件) and the legacy OLE2 Word/Excel formats are sniffed too. */
export const ATTACHMENT_TYPES: readonly FileKind[] = [
  { mime: 'application/pdf', extensions: ['pdf'], preview: 'pdf' },
  { mime: 'image/png', extensions: ['png'], preview: 'image', photo: true },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], preview: 'image', photo: true },
  { mime: 'application/ofd', extensions: ['ofd'], preview: null },
  { mime: 'application/msword', extensions: ['doc'], preview: null },
  { mime: 'application/vnd.ms-excel', extensions: ['xls'], preview: null },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    preview: null,
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    preview: null,
  },
  { mime: 'video/mp4', extensions: ['mp4'], preview: 'video' },
  { mime: 'text/plain', extensions: ['txt'], preview: null },
];

/** One cap for every file, a short MP4 video included (about a minute of 720p phone video). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** "Short" video: longer recordings go to the center on a disc, not through the web form. */
export const MAX_VIDEO_SECONDS = 180;

export const isAllowedAttachmentMime = (mime: string): boolean =>
  ATTACHMENT_TYPES.some((k) => k.mime === mime);

export function attachmentPreview(mime: string): AttachmentPreview {
  return ATTACHMENT_TYPES.find((k) => k.mime === mime)?.preview ?? null;
}

/** Photos whose EXIF location a reporter may choose to keep (JPEG, PNG). */
export const isPhotoMime = (mime: string): boolean =>
  ATTACHMENT_TYPES.some((k) => k.mime === mime && k.photo === true);

/** The file picker's `accept`: a hint to the browser only; the server sniffs the bytes. */
export const ATTACHMENT_ACCEPT = ATTACHMENT_TYPES.flatMap((k) => k.extensions.map((e) => `.${e}`)).join(',');
export const PHOTO_ACCEPT = 'image/jpeg,image/png';
