/** A piece of support text: words, a web address or a phone number. */
export type SupportSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string };

/**
 * Web addresses (https only, without the full stop or bracket that ends a sentence) and UK phone
 * numbers as people write them: 0800 233311, 0800 1111, 020 7946 0000, +44 20 7946 0000,
 * 116 123.
 */
const LINKABLE =
  /(https:\/\/[^\s<>"]+[^\s<>".,;:!?)’”'])|((?:\+44 ?\(?0?\)? ?|\b0)\d{2,4}(?: ?\d{3,4}){1,2}\b|\b1\d{2} ?\d{3}\b)/g;

/** The number to dial: digits, a leading + for an international number, without a "(0)". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\(0\)/g, '').replace(/[^+\d]/g, '')}`;
}

/**
 * Support text split into words and links, so that a helpline's number can be called and its
 * services opened from the page: https addresses become links, phone numbers `tel:` links.
 * Joined back, the segments' text is the text given.
 */
export function supportSegments(text: string): SupportSegment[] {
  const segments: SupportSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(LINKABLE)) {
    const [found, url] = match;
    const at = match.index ?? 0;
    if (at > last) segments.push({ kind: 'text', text: text.slice(last, at) });
    segments.push({ kind: 'link', text: found, href: url ? found : telHref(found) });
    last = at + found.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}
