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
