/**
 * Typed arrays by type, as a file kept on disk holds them: what a derived structure (the near-miss index,
 * a term base's automata) gives to be kept and takes back when restored.
 */
export interface KeptArrays {
  int32: Int32Array[];
  uint16: Uint16Array[];
  uint8: Uint8Array[];
}

/** The file's first number: "tifa" (read back wrong on a machine of the other byte order). */
const MAGIC = 0x61666974;

/**
 * Header (MAGIC, the layout, the arrays' counts by type, their lengths), then the arrays, each padded to
 * 4 bytes. `layout` tells the kinds of file and their versions apart: unpack() refuses any other.
 */
export function packArrays(layout: number, { int32, uint16, uint8 }: KeptArrays): Uint8Array {
  const arrays = [...int32, ...uint16, ...uint8];
  const header = Int32Array.of(MAGIC, layout, int32.length, uint16.length, uint8.length, ...arrays.map((a) => a.length));
  const size = [header, ...arrays].reduce((sum, a) => sum + padded(a.byteLength), 0);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const a of [header, ...arrays]) {
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += padded(a.byteLength);
  }
  return bytes;
}

/** The arrays packArrays() wrote (views onto `file`), or undefined when the file is not one of this layout or is cut short. */
export function unpackArrays(layout: number, file: Uint8Array): KeptArrays | undefined {
  // Typed arrays need aligned offsets; a Buffer read from a file normally starts its own memory, and
  // otherwise is copied (new Uint8Array copies; a Buffer's slice() would not).
  const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
  const words = (offset: number, length: number) => (offset + 4 * length <= bytes.byteLength ? new Int32Array(bytes.buffer, bytes.byteOffset + offset, length) : undefined);
  const head = words(0, 5);
  if (!head || head[0] !== MAGIC || head[1] !== layout || head.some((n) => n < 0)) return undefined;
  const [, , n32, n16, n8] = head;
  const lengths = words(20, n32 + n16 + n8);
  if (!lengths) return undefined;
  let at = padded(4 * (5 + lengths.length));
  const arrays: KeptArrays = { int32: [], uint16: [], uint8: [] };
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i];
    const width = i < n32 ? 4 : i < n32 + n16 ? 2 : 1;
    if (length < 0 || at + length * width > bytes.byteLength) return undefined;
    const offset = bytes.byteOffset + at;
    if (width === 4) arrays.int32.push(new Int32Array(bytes.buffer, offset, length));
    else if (width === 2) arrays.uint16.push(new Uint16Array(bytes.buffer, offset, length));
    else arrays.uint8.push(new Uint8Array(bytes.buffer, offset, length));
    at += padded(length * width);
  }
  return at === bytes.byteLength ? arrays : undefined;
}

function padded(byteLength: number): number {
  return (byteLength + 3) & ~3;
}
