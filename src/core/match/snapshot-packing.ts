/**
 * Number lists packed as base64 of 16-bit little-endian values, with records of variable
 * length: how the matcher snapshot (snapshot.ts) stores terms, links and anchors.
 *
 * Why not JSON arrays: the snapshot travels as a string literal inside the content script,
 * and in every frame V8 scans that literal when it compiles the script, JSON.parse turns it
 * into objects, and the garbage collector then moves them. Thousands of small arrays cost in
 * all three; one typed array costs in none. Base64 of 16-bit values is ~2.7 characters a
 * number against ~5 for JSON, and decodes natively.
 */

/** Every engine the extension runs on is, but the format does not depend on it. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The largest value a packed list can hold. */
export const MAX_PACKED = 0xffff;

/**
 * Packs records as [length, ...values] each, in order, after the record count. Throws on a
 * value out of range.
 */
export function packRecords(records: readonly (readonly number[])[], what: string): string {
  // The record count first (32 bits in two values), so a reader sizes its index in one go.
  const values: number[] = [records.length & MAX_PACKED, records.length >>> 16];
  for (const r of records) values.push(r.length, ...r);
  const bad = values.findIndex((v) => !Number.isInteger(v) || v < 0 || v > MAX_PACKED);
  if (bad >= 0) throw new Error(`${what}: ${values[bad]} does not fit in 16 bits`);
  const bytes = new Uint8Array(values.length * 2);
  values.forEach((v, i) => {
    bytes[2 * i] = v & 0xff;
    bytes[2 * i + 1] = v >> 8;
  });
  return toBase64(bytes);
}

/** Packed records, read in place: `start(i)` is where record i's values begin in `values`. */
export class PackedRecords {
  readonly values: Uint16Array;
  private readonly starts: Uint32Array;

  constructor(base64: string) {
    const bytes = fromBase64(base64);
    if (LITTLE_ENDIAN && bytes.byteOffset % 2 === 0) {
      this.values = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
    } else {
      this.values = new Uint16Array(bytes.length >> 1);
      for (let i = 0; i < this.values.length; i++) {
        this.values[i] = (bytes[2 * i] as number) | ((bytes[2 * i + 1] as number) << 8);
      }
    }
    const v = this.values;
    const count = (v[0] as number) | ((v[1] as number) << 16);
    this.starts = new Uint32Array(count);
    for (let i = 0, at = 2; i < count; i++, at += (v[at] as number) + 1) this.starts[i] = at + 1;
  }

  get count(): number {
    return this.starts.length;
  }

  start(i: number): number {
    return this.starts[i] as number;
  }

  length(i: number): number {
    return this.values[(this.starts[i] as number) - 1] as number;
  }
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
