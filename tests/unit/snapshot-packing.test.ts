import { describe, expect, it } from 'vitest';
import {
  fromBase64,
  MAX_PACKED,
  PackedRecords,
  packRecords,
  toBase64,
} from '../../src/core/match/snapshot-packing';

const records = [[3, 1, 4], [], [MAX_PACKED, 0], [1, 5, 9, 2, 6, 5, 3, 5]];
const read = (p: PackedRecords) =>
  Array.from({ length: p.count }, (_, i) =>
    Array.from(p.values.subarray(p.start(i), p.start(i) + p.length(i))),
  );

describe('packed snapshot records', () => {
  it('read back the records packed, empty ones and 16-bit extremes included', () => {
    expect(read(new PackedRecords(packRecords(records, 'test')))).toEqual(records);
  });

  it('count more records than 16 bits hold', () => {
    const many = Array.from({ length: 70_000 }, (_, i) => (i % 1000 === 0 ? [i % 65_536] : []));
    const packed = new PackedRecords(packRecords(many, 'test'));
    expect(packed.count).toBe(70_000);
    expect(read(packed)).toEqual(many);
  });

  it('store the starts as 16-bit values while the last fits, as 32-bit ones past that', () => {
    // Header 4 values, then count + 1 starts, then the values: the last start is their sum.
    const fill = (total: number) => [Array(total - 2).fill(7), [1, 2]];
    const width = (packed: string) => new Uint16Array(fromBase64(packed).buffer)[2];
    const narrow = fill(MAX_PACKED - 4 - 3);
    const wide = fill(MAX_PACKED - 4 - 3 + 1);
    expect(width(packRecords(narrow, 'test'))).toBe(1);
    expect(width(packRecords(wide, 'test'))).toBe(2);
    expect(read(new PackedRecords(packRecords(narrow, 'test')))).toEqual(narrow);
    expect(read(new PackedRecords(packRecords(wide, 'test')))).toEqual(wide);
    expect(fromBase64(packRecords(narrow, 'test')).length).toBe(2 * (4 + 3 + MAX_PACKED - 7));
  });

  it('read a record that starts past 16 bits of values', () => {
    const big = [Array.from({ length: 70_000 }, (_, i) => i % 100), [], [MAX_PACKED, 3]];
    expect(read(new PackedRecords(packRecords(big, 'test')))).toEqual(big);
  });

  it('decode the same without a native Uint8Array.fromBase64 (older engines)', () => {
    const packed = packRecords(records, 'test');
    const native = (Uint8Array as { fromBase64?: unknown }).fromBase64;
    try {
      (Uint8Array as { fromBase64?: unknown }).fromBase64 = undefined;
      expect(read(new PackedRecords(packed))).toEqual(records);
    } finally {
      (Uint8Array as { fromBase64?: unknown }).fromBase64 = native;
    }
  });

  it('refuse a value that does not fit, naming what was packed', () => {
    expect(() => packRecords([[1, MAX_PACKED + 1]], 'snapshot terms')).toThrow(
      'snapshot terms: 65536 does not fit in 16 bits',
    );
    expect(() => packRecords([[-1]], 'snapshot links')).toThrow('snapshot links: -1');
  });

  it('round-trip bytes through base64, large inputs included', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256);
    expect(Array.from(fromBase64(toBase64(bytes)))).toEqual(Array.from(bytes));
  });
});
