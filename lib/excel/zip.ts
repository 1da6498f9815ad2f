/**
 * A look at an upload before exceljs parses it: an .xlsx is a zip archive. Checks the signature and,
 * from the central directory, that the archive does not inflate to an unreasonable size (a zip bomb
 * within the 5 MB upload limit).
 */

/** The most an accepted workbook may inflate to. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

export type ZipCheck = "ok" | "not-zip" | "too-large";

export function checkZip(bytes: Uint8Array): ZipCheck {
  if (bytes.length < 22) return "not-zip";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== LOCAL_HEADER) return "not-zip";
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65 535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return "not-zip";
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let inflated = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return "not-zip";
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) return "too-large"; // zip64: far beyond any disclosure
    inflated += size;
    if (inflated > MAX_INFLATED_BYTES) return "too-large";
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return "ok";
}
