// Strict UTF-8 decoding for the command line: input that is not UTF-8 is refused, naming the first bad byte,
// rather than read with U+FFFD in place of it.

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The text of UTF-8 bytes (a leading byte order mark dropped), or where and why they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | { offset: number; reason: string } {
  try {
    return decoder.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const byte = bytes[offset];
    const shown = byte === undefined ? "the end of the input" : `0x${byte.toString(16).padStart(2, "0")}`;
    const where = byte === undefined ? `a sequence cut off by ${shown}` : `the byte ${shown}`;
    return { offset, reason: `${where} at byte offset ${offset} does not belong where it is` };
  }
}

/** The offset of the first byte that does not fit a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      if (byte === undefined) return index + next;
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte < min || byte > max) return index + next;
    }
    index += length;
  }
  return bytes.length;
}
