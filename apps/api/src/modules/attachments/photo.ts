import sharp from 'sharp';

/**
 * Re-encodes a JPEG or PNG without any metadata: EXIF (GPS location, camera, times), XMP, IPTC
 * and comments are gone. The EXIF orientation is applied to the pixels first so the photo still
 * shows upright. Throws on bytes that do not decode.
 */
export async function withoutMetadata(source: string, target: string, mime: string): Promise<void> {
  const image = sharp(source, { failOn: 'error', limitInputPixels: 100_000_000 }).rotate();
  await (mime === 'image/png' ? image.png() : image.jpeg({ quality: 90 })).toFile(target);
}
