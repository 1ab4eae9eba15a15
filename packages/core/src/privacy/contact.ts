/**
 * Detectors for ways to reach a person: email and web addresses, IP addresses and phone numbers.
 */
import type { Emit } from './types.ts';
import { countDigits, eachMatch, isDigitAt, isWordCharAt } from './text.ts';

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

/**
 * Email addresses such as `maria.l@example.com`. Found from each "@" outwards (local part at most
 * 64 characters, domain at most 255), so a long run of letters costs linear time, not quadratic.
 */
export function detectEmails(text: string, emit: Emit): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text.charAt(start - 1))) start--;
    if (start === at || isWordCharAt(text, start - 1)) continue;
    const domain = DOMAIN.exec(text.slice(at + 1, at + 256));
    if (domain === null) continue;
    emit('email', start, at + 1 + domain[0].length, 90);
  }
}

const URL_WITH_SCHEME = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'`[\]{}|\\^]+/gi;
// Bare domains only with a common top-level domain, so "e.g." or "Node.js" never count. Found from
// the ending leftwards (at most 253 characters), so a long dotted run costs linear time.
const TLD = /\.(?:com|org|net|edu|gov|io|co|uk|us|ca|au|nz|ie|de|fr|nl|es|it|info|me|app|dev|health|care|biz)(?![a-z0-9-])/gi;
const DOMAIN_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]+$/i;
const HOST_CHAR = /[a-z0-9.-]/i;
const PATH = /^\/[^\s<>"'`[\]{}|\\^]*/;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"’”]+$/;

/** Web addresses: `https://…`, `www.…`, and bare domains such as `smithfamily.org/photos`. */
export function detectUrls(text: string, emit: Emit): void {
  const found = (start: number, raw: string): void => {
    if (isWordCharAt(text, start - 1) || text.charAt(start - 1) === '@' || text.charAt(start - 1) === '.') return;
    const trimmed = raw.replace(TRAILING_PUNCTUATION, '');
    if (trimmed.length >= 4) emit('url', start, start + trimmed.length, 80);
  };
  eachMatch(URL_WITH_SCHEME, text, (m) => found(m.index, m[0]));
  eachMatch(TLD, text, (m) => {
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > 0 && m.index - start < 253 && HOST_CHAR.test(text.charAt(start - 1))) start--;
    while (start < m.index && !/[a-z0-9]/i.test(text.charAt(start))) start++;
    if (start === m.index || !DOMAIN_NAME.test(text.slice(start, end))) return;
    const path = text.charAt(end) === '/' ? (PATH.exec(text.slice(end, end + 2048))?.[0] ?? '') : '';
    found(start, text.slice(start, end + path.length));
  });
}

const IPV4 = /(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}/g;
const IPV6 = /(?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){1,7}/g;

/** IPv4 addresses (`192.168.1.24`) and IPv6 addresses (`2001:db8::1`); never times like `10:30:45`. */
export function detectIps(text: string, emit: Emit): void {
  if (/[0-9]\.[0-9]/.test(text)) eachMatch(IPV4, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (isWordCharAt(text, start - 1) || isWordCharAt(text, end)) return;
    if (text.charAt(start - 1) === '.' && isDigitAt(text, start - 2)) return;
    if (text.charAt(end) === '.' && isDigitAt(text, end + 1)) return;
    emit('ip', start, end, 80);
  });
  if (/[0-9a-f]?:[0-9a-f:]/i.test(text)) eachMatch(IPV6, text, (m) => {
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
