/**
 * Photos lose their metadata before they are stored: EXIF holds the place a photo was taken, the camera and
 * sometimes the owner's name. Re-encoding with sharp (libvips, in its own threads, off the event loop) keeps
 * the picture, turned upright by its EXIF orientation, and nothing else.
 */
import sharp from 'sharp';
import type { AttachmentType } from '../../../shared/contracts/attachments';

export async function withoutMetadata(bytes: Buffer, type: AttachmentType): Promise<Buffer> {
  if (type === 'image/jpeg') return sharp(bytes, { failOn: 'error' }).rotate().jpeg({ quality: 90, mozjpeg: true }).toBuffer();
  if (type === 'image/png') return sharp(bytes, { failOn: 'error' }).rotate().png().toBuffer();
  return bytes;
}
