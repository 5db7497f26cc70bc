/**
 * A UTF-8 validity census of a byte buffer: how many well-formed multi-byte sequences, how many invalid
 * bytes, and where the first invalid one is (-1 when the buffer is valid UTF-8). GBK/GB18030 text is
 * almost all invalid as UTF-8, while a UTF-8 draft with one damaged byte is almost all valid: the census
 * tells the two apart.
 */
export function inspectUtf8(bytes: Uint8Array): { validMultiByte: number; invalid: number; firstInvalid: number } {
  let validMultiByte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
      continue;
    }
    if (length > 1) validMultiByte++;
    i += length;
  }
  return { validMultiByte, invalid, firstInvalid };
}

/** Length of the well-formed sequence at `i` (RFC 3629: no overlongs, surrogates or > U+10FFFF), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i];
  if (b0 < 0x80) return 1;
  const continuation = (at: number, low = 0x80, high = 0xbf) => at < bytes.length && bytes[at] >= low && bytes[at] <= high;
  if (b0 >= 0xc2 && b0 <= 0xdf) return continuation(i + 1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const low = b0 === 0xe0 ? 0xa0 : 0x80;
    const high = b0 === 0xed ? 0x9f : 0xbf;
    return continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const low = b0 === 0xf0 ? 0x90 : 0x80;
    const high = b0 === 0xf4 ? 0x8f : 0xbf;
    return continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
  }
  return 0;
}
