/**
 * Email addresses, internationalised ones included (RFC 6531: `chloé@exämple.fr`). An
 * address is stored as the owner or the file wrote it; two addresses are the same when
 * their keys are: the local part NFC-normalised and lower-cased, the domain in its ASCII
 * (punycode) form, so `chloé@exämple.fr` and `Chloé@xn--exmple-cua.fr` are one person.
 */

// The local part: what zod's email rule accepts (letters, digits, `_ ' + - .`, no dot at
// either end or twice in a row), with letters, marks and digits of any script.
const LOCAL = /^(?:[\p{L}\p{M}\p{N}_'+-]+\.)*[\p{L}\p{M}\p{N}_'+-]*[\p{L}\p{M}\p{N}_+-]$/u;
// Characters that would make `new URL` read something else than a host name.
const NOT_IN_DOMAIN = /[\s/\\?#@:[\]%<>^|"`{}]/u;
// The domain once in ASCII, as zod's email rule has it: labels of letters, digits and
// hyphens, and a top-level label of letters — or an internationalised one (`xn--p1ai`).
const ASCII_DOMAIN = /^(?:[a-z0-9][a-z0-9-]*\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+)$/;

/**
 * The domain's ASCII form (`exämple.fr` → `xn--exmple-cua.fr`), or undefined when it is
 * not a domain name. The URL parser does the IDNA mapping in browsers and in Node alike.
 */
export function asciiDomain(domain: string): string | undefined {
  if (domain === '' || NOT_IN_DOMAIN.test(domain)) return undefined;
  let host: string;
  try {
    host = new URL(`http://${domain}`).hostname;
  } catch {
    return undefined;
  }
  return ASCII_DOMAIN.test(host) ? host : undefined;
}

function split(address: string): [local: string, domain: string] | undefined {
  const at = address.lastIndexOf('@');
  if (at <= 0) return undefined;
  return [address.slice(0, at), address.slice(at + 1)];
}

/** True for an address Handshake keeps: a local part, `@`, and a real domain name. */
export function isEmailAddress(value: string): boolean {
  const parts = split(value);
  if (!parts) return false;
  const [local, domain] = parts;
  return LOCAL.test(local) && asciiDomain(domain) !== undefined;
}

/** What two addresses are compared by; undefined for an empty one. */
export function emailKey(email: string): string | undefined {
  const address = email.trim();
  if (address === '') return undefined;
  const parts = split(address);
  const domain = parts && asciiDomain(parts[1]);
  if (!parts || domain === undefined) return address.normalize('NFC').toLowerCase();
  return `${parts[0].normalize('NFC').toLowerCase()}@${domain}`;
}
