/**
 * A look at an upload before exceljs parses it. An .xlsx is a zip archive, and exceljs (through
 * JSZip) inflates every entry in full, whatever sizes the archive declares: a 1 MB upload that
 * declares 1 000 bytes can inflate to 900 MB. So the sizes in the headers are never trusted here.
 * Every entry is inflated exactly as JSZip will read it (the central directory's offset and
 * compressed size, the local header's name and extra lengths), through node:zlib with a running
 * count, and the inflation stops as soon as a limit is passed; the output is counted and dropped,
 * never kept. Only an archive that passes is handed to exceljs, which then inflates the same bytes
 * to the same (bounded) size.
 */
import { createInflateRaw } from "node:zlib";

/**
 * The most an accepted workbook may inflate to, all entries together. A filled-in disclosure
 * workbook inflates to about 0.4 MB; exceljs needs 11–16 bytes of memory per inflated byte
 * (measured), so this keeps one parse under about 200 MB.
 */
export const MAX_INFLATED_BYTES = 12 * 1024 * 1024;
/** A disclosure workbook has about 35 entries. */
export const MAX_ENTRIES = 500;
/** Worksheet XML compresses about 8:1; a bomb does better than 1000:1. */
export const MAX_RATIO = 100;
/** Entries that inflate to less than this are not held to the ratio (tiny parts compress oddly). */
const RATIO_FLOOR = 1024 * 1024;

const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const STORED = 0;
const DEFLATED = 8;

export type ZipCheck = "ok" | "not-zip" | "too-large" | "too-many-entries" | "bomb";

interface Entry {
  method: number;
  data: Uint8Array;
}

function readEntries(bytes: Uint8Array): Entry[] | "not-zip" | "too-large" | "too-many-entries" {
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
  const disk = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const entriesHere = view.getUint16(end + 8, true);
  const entries = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) return "too-large"; // zip64
  if (disk !== 0 || directoryDisk !== 0 || entriesHere !== entries) return "not-zip";
  if (entries > MAX_ENTRIES) return "too-many-entries";
  // JSZip shifts every offset when the directory does not end where the record starts (data
  // prepended to the archive); refusing that keeps what is checked here what JSZip reads.
  if (directoryOffset + directorySize !== end) return "not-zip";
  const out: Entry[] = [];
  let offset = directoryOffset;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return "not-zip";
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const local = view.getUint32(offset + 42, true);
    if (compressedSize === 0xffffffff || local === 0xffffffff) return "too-large";
    if (flags & 1) return "not-zip"; // encrypted
    if (method !== STORED && method !== DEFLATED) return "not-zip";
    if (local + 30 > directoryOffset || view.getUint32(local, true) !== LOCAL_HEADER) return "not-zip";
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressedSize > directoryOffset) return "not-zip";
    out.push({ method, data: bytes.subarray(start, start + compressedSize) });
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return out;
}

/** How many bytes `data` inflates to, counting as it goes; "over" once past `limit` (then it stops). */
function inflatedSize(data: Uint8Array, limit: number): Promise<number | "over" | "corrupt"> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw();
    let total = 0;
    let settled = false;
    const settle = (value: number | "over" | "corrupt") => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    inflater.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        settle("over");
        inflater.destroy();
      }
    });
    inflater.on("end", () => settle(total));
    inflater.on("error", () => settle("corrupt"));
    inflater.end(data);
  });
}

/**
 * "ok" when every entry inflates, all together to at most MAX_INFLATED_BYTES, each large one at
 * most MAX_RATIO times its compressed size, in at most MAX_ENTRIES entries.
 */
export async function checkZip(bytes: Uint8Array): Promise<ZipCheck> {
  const entries = readEntries(bytes);
  if (typeof entries === "string") return entries;
  let remaining = MAX_INFLATED_BYTES;
  for (const entry of entries) {
    const ratioLimit = Math.max(RATIO_FLOOR, entry.data.length * MAX_RATIO);
    if (entry.method === STORED) {
      remaining -= entry.data.length;
      if (remaining < 0) return "too-large";
      continue;
    }
    const size = await inflatedSize(entry.data, Math.min(remaining, ratioLimit));
    if (size === "corrupt") return "not-zip";
    if (size === "over") return remaining <= ratioLimit ? "too-large" : "bomb";
    remaining -= size;
  }
  return "ok";
}
