/**
 * Zip bombs within the 5 MB upload limit: refused by the bytes actually inflated, quickly, without
 * the process's memory growing with what the archive would unpack to — one at a time and in
 * parallel. The bombs are real (a deflate stream of 512 MB of spaces, about 0.5 MB compressed)
 * and lie about their size as the reported attack did (1 000 bytes declared).
 */
import { createDeflateRaw, deflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { ZHENGDING_434_2018, ZHENGDING_434_DEPARTMENT } from "../../db/seed/zhengding-434-2018";
import { MAX_WORKBOOK_BYTES, workbookToDocument } from "./import";
import { ParseSlots } from "./parse-slots";
import { documentToWorkbook } from "./workbook";
import { checkZip, MAX_ENTRIES } from "./zip";

interface ZipEntry {
  name: string;
  /** Raw deflate data (method 8) or the stored bytes (method 0). */
  data: Buffer;
  method: 0 | 8;
  /** The uncompressed size the headers claim. */
  declared: number;
}

/** A zip archive as Excel writes one (local headers, central directory, end record); CRCs are 0. */
function zipOf(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `megabytes` MB of spaces as one raw deflate stream, compressed as it is produced. */
async function deflatedSpaces(megabytes: number): Promise<Buffer> {
  const deflater = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflater.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflater.on("end", resolve));
  const block = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < megabytes; i++) {
    if (!deflater.write(block)) await new Promise((resolve) => deflater.once("drain", resolve));
  }
  deflater.end();
  await done;
  return Buffer.concat(chunks);
}

/** Runs `task`, sampling the resident set size every few milliseconds; the peak growth in MB. */
async function peakGrowth<T>(task: () => Promise<T>): Promise<{ value: T; growthMb: number; ms: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  const started = performance.now();
  try {
    const value = await task();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, growthMb: (peak - before) / 1024 / 1024, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

const TOO_LARGE = "工作簿解压后过大（上限 12 MB），请删除无关内容（图片、多余的行）后重试";

let bomb: Buffer;
let good: Buffer;

beforeAll(async () => {
  const inflatesTo = 512; // MB
  const payload = await deflatedSpaces(inflatesTo);
  // A workbook's parts, then the bomb as a worksheet that declares 1 000 bytes.
  bomb = zipOf([
    { name: "[Content_Types].xml", data: deflateRawSync("<Types/>"), method: 8, declared: 8 },
    { name: "xl/worksheets/sheet1.xml", data: payload, method: 8, declared: 1000 },
  ]);
  good = await documentToWorkbook(ZHENGDING_434_2018, {
    departmentCode: ZHENGDING_434_DEPARTMENT.code,
    departmentName: ZHENGDING_434_DEPARTMENT.name,
    year: 2018,
  });
}, 30_000);

describe("zip bombs within the upload limit", () => {
  it("the bomb is a real one: under the upload limit, declaring 1 000 bytes", () => {
    expect(bomb.length).toBeLessThan(MAX_WORKBOOK_BYTES);
    expect(bomb.length).toBeGreaterThan(100_000);
  });

  it("is refused with a clear message, quickly, and memory grows by less than 64 MB", async () => {
    const { value, growthMb, ms } = await peakGrowth(() => workbookToDocument(bomb));
    expect(value).toEqual({ ok: false, errors: [{ sheet: "", message: TOO_LARGE }] });
    expect(ms).toBeLessThan(2000);
    expect(growthMb).toBeLessThan(64);
  });

  it("eight bombs in parallel: all refused, memory grows by less than 128 MB", async () => {
    const { value, growthMb, ms } = await peakGrowth(() => Promise.all(Array.from({ length: 8 }, () => workbookToDocument(bomb))));
    for (const result of value) expect(result).toEqual({ ok: false, errors: [{ sheet: "", message: TOO_LARGE }] });
    expect(ms).toBeLessThan(5000);
    expect(growthMb).toBeLessThan(128);
  });

  it("refuses an entry that inflates far beyond its size even under the total limit (ratio)", async () => {
    const dense = zipOf([{ name: "xl/worksheets/sheet1.xml", data: deflateRawSync(Buffer.alloc(3 * 1024 * 1024, 0x20)), method: 8, declared: 10 }]);
    expect(await checkZip(dense)).toBe("bomb");
    expect(await workbookToDocument(dense)).toEqual({ ok: false, errors: [{ sheet: "", message: TOO_LARGE }] });
  });

  it("refuses many small entries that add up, and too many entries", async () => {
    const part = deflateRawSync(Buffer.alloc(900 * 1024, 0x41));
    const many = zipOf(Array.from({ length: 20 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: part, method: 8 as const, declared: 1 })));
    expect(await checkZip(many)).toBe("too-large");
    const crowd = zipOf(Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => ({ name: `x${i}`, data: Buffer.alloc(0), method: 0 as const, declared: 0 })));
    expect(await checkZip(crowd)).toBe("too-many-entries");
    expect(await workbookToDocument(crowd)).toEqual({ ok: false, errors: [{ sheet: "", message: "工作簿包含的部件过多，不是有效的预算填报工作簿" }] });
  });

  it("refuses entries whose data runs past the archive or does not inflate", async () => {
    const truncated = zipOf([{ name: "a.xml", data: Buffer.from([0x01, 0x02, 0x03]), method: 8, declared: 3 }]);
    expect(await checkZip(truncated)).toBe("not-zip");
    const lying = zipOf([{ name: "a.xml", data: deflateRawSync("<a/>"), method: 8, declared: 4 }]);
    lying.writeUInt32LE(10_000_000, lying.length - 22 - (46 + 5) + 20); // compressed size beyond the file
    expect(await checkZip(lying)).toBe("not-zip");
  });

  it("a real workbook passes, and ten imported at once all succeed (they queue for a parse slot)", async () => {
    expect(await checkZip(good)).toBe("ok");
    const results = await Promise.all(Array.from({ length: 10 }, () => workbookToDocument(good)));
    for (const result of results) expect(result.ok).toBe(true);
  }, 60_000);
});

describe("parse slots", () => {
  it("runs at most `size` at once, queues up to `maxWaiting`, and turns the rest away as busy", async () => {
    const slots = new ParseSlots(1, 1, 200);
    let running = 0;
    let most = 0;
    const task = async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 50));
      running--;
      return "done";
    };
    const results = await Promise.all([slots.run(task), slots.run(task), slots.run(task)]);
    expect(results).toEqual([{ busy: false, value: "done" }, { busy: false, value: "done" }, { busy: true }]);
    expect(most).toBe(1);
  });

  it("a waiter that waits too long is busy, and the slot is still released", async () => {
    const slots = new ParseSlots(1, 5, 30);
    const slow = slots.run(() => new Promise((resolve) => setTimeout(() => resolve("slow"), 100)));
    expect(await slots.run(async () => "late")).toEqual({ busy: true });
    expect(await slow).toEqual({ busy: false, value: "slow" });
    expect(await slots.run(async () => "after")).toEqual({ busy: false, value: "after" });
  });
});
