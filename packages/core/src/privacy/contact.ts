/**
 * Detectors for ways to reach a person: email and web addresses, IP addresses and phone numbers.
 */
import type { Emit } from './types.ts';
import { countDigits, eachMatch, isDigitAt, isWordCharAt } from './text.ts';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Email addresses such as `maria.l@example.com`. */
export function detectEmails(text: string, emit: Emit): void {
  eachMatch(EMAIL, text, (m) => {
    const start = m.index;
    if (isWordCharAt(text, start - 1)) return;
    emit('email', start, start + m[0].length, 90);
  });
}

const URL_WITH_SCHEME = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'`[\]{}|\\^]+/gi;
// Bare domains only with a common top-level domain, so "e.g." or "Node.js" never count.
const BARE_DOMAIN =
  /(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|org|net|edu|gov|io|co|uk|us|ca|au|nz|ie|de|fr|nl|es|it|info|me|app|dev|health|care|biz)(?![a-z0-9-])(?:\/[^\s<>"'`[\]{}|\\^]*)?/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"’”]+$/;

/** Web addresses: `https://…`, `www.…`, and bare domains such as `smithfamily.org/photos`. */
export function detectUrls(text: string, emit: Emit): void {
  const found = (m: RegExpExecArray): void => {
    const start = m.index;
    if (isWordCharAt(text, start - 1) || text.charAt(start - 1) === '@' || text.charAt(start - 1) === '.') return;
    const trimmed = m[0].replace(TRAILING_PUNCTUATION, '');
    if (trimmed.length < 4) return;
    emit('url', start, start + trimmed.length, 80);
  };
  eachMatch(URL_WITH_SCHEME, text, found);
  eachMatch(BARE_DOMAIN, text, found);
}

const IPV4 = /(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}/g;
const IPV6 = /[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}/g;

/** IPv4 addresses (`192.168.1.24`) and IPv6 addresses (`2001:db8::1`); never times like `10:30:45`. */
export function detectIps(text: string, emit: Emit): void {
  eachMatch(IPV4, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (isWordCharAt(text, start - 1) || isWordCharAt(text, end)) return;
    if (text.charAt(start - 1) === '.' && isDigitAt(text, start - 2)) return;
    if (text.charAt(end) === '.' && isDigitAt(text, end + 1)) return;
    emit('ip', start, end, 80);
  });
  eachMatch(IPV6, text, (m) => {
    const value = m[0];
    const start = m.index;
    const end = start + value.length;
    if (isWordCharAt(text, start - 1) || isWordCharAt(text, end)) return;
    const groups = value.split(':');
    const compressed = value.includes('::');
    if (!compressed && groups.length !== 8) return;
    if (groups.filter((g) => g.length > 0).length < 2) return;
    // A time or a ratio has only short decimal groups; an address has a hex letter or a long group.
    if (!/[a-f]/i.test(value) && !groups.some((g) => g.length >= 3)) return;
    emit('ip', start, end, 80);
  });
}

const NANP = /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}/g;
const INTERNATIONAL = /\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,6}/g;
const TRUNK = /0\d{1,4}(?:[\s.-]?\d{2,4}){2,4}/g;
const PHONE_CONTEXT =
  /(\b(?:phone|telephone|tel|cell|cellphone|mobile|fax|whatsapp|call(?:ed)?(?:\s+me|\s+her|\s+him|\s+them)?\s+(?:at|on)|text(?:ed)?\s+(?:me|her|him|them)?\s*(?:at|on)|number(?:\s+is)?)\b[^\d\n+]{0,12}?)(\+?\(?\d[\d\s().-]{5,18}\d)/gi;

function phoneRunOk(text: string, start: number, end: number): boolean {
  if (isWordCharAt(text, start - 1) || isDigitAt(text, end)) return false;
  if (isWordCharAt(text, end)) return false;
  const before = text.charAt(start - 1);
  if ((before === '.' || before === '-' || before === '/') && isDigitAt(text, start - 2)) return false;
  const after = text.charAt(end);
  if ((after === '.' || after === '-' || after === '/') && isDigitAt(text, end + 1)) return false;
  return true;
}

/**
 * Phone and fax numbers: North American forms (`(555) 123-4567`, `555.123.4567`, `+1 555 123 4567`),
 * international forms with a `+` country code, trunk-prefixed national forms (`07700 900123`,
 * `020 7946 0958`, `06 12 34 56 78`), and any 7-15 digit run right after "phone", "cell", "call me at" ….
 */
export function detectPhones(text: string, emit: Emit): void {
  eachMatch(NANP, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (phoneRunOk(text, start, end)) emit('phone', start, end, 70);
  });
  eachMatch(INTERNATIONAL, text, (m) => {
    const value = m[0].replace(/[\s.(-]+$/, '');
    const start = m.index;
    const end = start + value.length;
    const digits = countDigits(value);
    if (digits >= 8 && digits <= 15 && phoneRunOk(text, start, end)) emit('phone', start, end, 70);
  });
  eachMatch(TRUNK, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const digits = countDigits(m[0]);
    if (digits >= 10 && digits <= 11 && phoneRunOk(text, start, end)) emit('phone', start, end, 70);
  });
  eachMatch(PHONE_CONTEXT, text, (m) => {
    const lead = m[1] ?? '';
    const value = (m[2] ?? '').replace(/[\s.(-]+$/, '');
    const start = m.index + lead.length;
    const end = start + value.length;
    const digits = countDigits(value);
    if (digits >= 7 && digits <= 15 && phoneRunOk(text, start, end)) emit('phone', start, end, 72);
  });
}
