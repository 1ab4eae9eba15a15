/**
 * UTF-8 byte counting without TextEncoder (core targets plain ES2022, which has no TextEncoder type).
 */

/**
 * Whether `text` takes more than `limit` bytes in UTF-8. Stops counting as soon as it knows,
 * so a huge string costs no more than `limit` characters of work.
 */
export function utf8LongerThan(text: string, limit: number): boolean {
  // Each UTF-16 unit is at least one byte and at most three (a surrogate pair is four for two units).
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return utf8Length(text, limit) > limit;
}

/** UTF-8 length of `text`; stops early once the count passes `stopAfter`. */
export function utf8Length(text: string, stopAfter = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3; // a lone surrogate is written as U+FFFD: three bytes
    } else bytes += 3;
  }
  return bytes;
}
