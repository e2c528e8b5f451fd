/**
 * Number lists packed as base64 of 16-bit little-endian values, with records of variable
 * length: how the matcher snapshot (snapshot.ts) stores terms, links and anchors.
 *
 * Why not JSON arrays: the snapshot travels inside the content script (in a comment, see
 * scripts/vite/builtin-snapshot.ts), V8 scans it in every frame when it compiles the script,
 * JSON.parse turns it into objects, and the garbage collector then moves them. Thousands of
 * small arrays cost in all three; one typed array costs in none. Base64 of 16-bit values is
 * ~2.7 characters a number against ~5 for JSON, and decodes natively.
 */

/** Every engine the extension runs on is, but the format does not depend on it. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The largest value a packed list can hold. */
export const MAX_PACKED = 0xffff;

/**
 * Header values before the record starts: the record count (32 bits in two values), the
 * width of a start in values (1 or 2), and one unused value, so that 32-bit starts begin
 * 4-byte aligned and are read in place as a Uint32Array.
 */
const HEADER = 4;

/**
 * Packs records after a header and their starts: the index in the values where each record
 * begins, and one more where the last ends (so a record's length is the next start minus
 * its own). 16-bit starts while every index fits (every section of the built-in show), 32-bit
 * otherwise. Throws on a value out of range.
 *
 * Why the starts are stored, not found by walking [length, ...values] records: a reader then
 * needs no loop over every record (~6,000 terms, cold script in every frame), only views.
 */
export function packRecords(records: readonly (readonly number[])[], what: string): string {
  const count = records.length;
  const total = records.reduce((n, r) => n + r.length, 0);
  const width = HEADER + count + 1 + total <= MAX_PACKED ? 1 : 2;
  const values: number[] = [count & MAX_PACKED, count >>> 16, width, 0];
  let at = HEADER + (count + 1) * width;
  for (let i = 0; i <= count; i++) {
    if (width === 1) values.push(at);
    else values.push(at & MAX_PACKED, at >>> 16);
    at += records[i]?.length ?? 0;
  }
  for (const r of records) for (const v of r) values.push(v);
  const bad = values.findIndex((v) => !Number.isInteger(v) || v < 0 || v > MAX_PACKED);
  if (bad >= 0) throw new Error(`${what}: ${values[bad]} does not fit in 16 bits`);
  const bytes = new Uint8Array(values.length * 2);
  values.forEach((v, i) => {
    bytes[2 * i] = v & 0xff;
    bytes[2 * i + 1] = v >> 8;
  });
  return toBase64(bytes);
}

/**
 * Packed records, read in place: `start(i)` is where record i's values begin in `values`.
 * Decoded when first read, not when made. Why: a restore makes one per snapshot section in
 * every frame, and decoding all five (~240 kB of base64) took ~2.5 ms of Chromium's main thread
 * (fresh pages, medians of 12), while a page that names nothing of the show reads few of them:
 * the terms, links and alternatives only once a page word is one a term is found by.
 */
export class PackedRecords {
  readonly #base64: string;
  #decoded: { values: Uint16Array; starts: Uint16Array | Uint32Array } | undefined;

  constructor(base64: string) {
    this.#base64 = base64;
  }

  get values(): Uint16Array {
    this.#decoded ??= decodeRecords(this.#base64);
    return this.#decoded.values;
  }

  get count(): number {
    this.#decoded ??= decodeRecords(this.#base64);
    return this.#decoded.starts.length - 1;
  }

  start(i: number): number {
    this.#decoded ??= decodeRecords(this.#base64);
    return this.#decoded.starts[i] as number;
  }

  length(i: number): number {
    this.#decoded ??= decodeRecords(this.#base64);
    const starts = this.#decoded.starts;
    return (starts[i + 1] as number) - (starts[i] as number);
  }
}

function decodeRecords(base64: string): {
  values: Uint16Array;
  starts: Uint16Array | Uint32Array;
} {
  const bytes = fromBase64(base64);
  const inPlace = LITTLE_ENDIAN && bytes.byteOffset % 4 === 0;
  let values: Uint16Array;
  if (inPlace) {
    values = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
  } else {
    values = new Uint16Array(bytes.length >> 1);
    for (let i = 0; i < values.length; i++) {
      values[i] = (bytes[2 * i] as number) | ((bytes[2 * i + 1] as number) << 8);
    }
  }
  const count = (values[0] as number) | ((values[1] as number) << 16);
  if (values[2] === 1) return { values, starts: values.subarray(HEADER, HEADER + count + 1) };
  if (inPlace) {
    return {
      values,
      starts: new Uint32Array(values.buffer, values.byteOffset + HEADER * 2, count + 1),
    };
  }
  // Only where the bytes cannot be viewed in place (a big-endian engine).
  const starts = new Uint32Array(count + 1);
  for (let i = 0; i <= count; i++) {
    starts[i] = (values[HEADER + 2 * i] as number) | ((values[HEADER + 2 * i + 1] as number) << 16);
  }
  return { values, starts };
}

/** Bytes as base64 (a bytes-to-binary-string step keeps it to what every engine has). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const native = (Uint8Array as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
