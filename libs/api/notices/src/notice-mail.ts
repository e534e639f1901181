import { NOTICE_TOPIC_LABELS, noticeTopicSlug, type NoticeTopic } from '@boards/shared/contracts';

/**
 * An email's body as blocks, written once and rendered twice: as plain text and as simple HTML
 * in the GOV.UK Notify style (short paragraphs, links written out, no images). Everything is
 * escaped when it is put in HTML.
 */
export type MailBlock =
  | { kind: 'paragraph'; text: string }
  /** A label and its value on each line: "When: Tuesday 31 March 2026, 10am to 12pm". */
  | { kind: 'facts'; rows: readonly (readonly [string, string])[] }
  /** A link on a line of its own, after the words that introduce it. */
  | { kind: 'link'; intro: string; href: string }
  /** A list of items, each with an optional link and a note under it. */
  | { kind: 'list'; items: readonly { text: string; href?: string; note?: string }[] }
  /** Set apart: a content note, a warning. */
  | { kind: 'inset'; text: string };

export interface Mail {
  subject: string;
  text: string;
  html: string;
}

export interface MailFooter {
  /** Why the person is told: "You get this email because you sit on the Evidence Group." */
  reason: string;
  /** The topic the email is under, for its unsubscribe link; none for emails one must get. */
  topic: NoticeTopic | null;
  /** The address of their one-click unsubscribe from this topic (no sign-in needed). */
  unsubscribeUrl: string | null;
  /** Where they choose which emails they get. */
  choicesUrl: string;
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

function footerBlocks(footer: MailFooter): MailBlock[] {
  const blocks: MailBlock[] = [{ kind: 'paragraph', text: footer.reason }];
  if (footer.topic && footer.unsubscribeUrl) {
    blocks.push({
      kind: 'link',
      intro: `Stop emails about ${NOTICE_TOPIC_LABELS[footer.topic].about}:`,
      href: footer.unsubscribeUrl,
    });
  }
  blocks.push({ kind: 'link', intro: 'Choose which emails you get:', href: footer.choicesUrl });
  return blocks;
}

function textOf(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'facts':
      return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    case 'link':
      return `${block.intro}\n${block.href}`;
    case 'list':
      return block.items
        .map((item) =>
          [
            `* ${item.text}`,
            item.note ? `  ${item.note}` : null,
            item.href ? `  ${item.href}` : null,
          ]
            .filter((line) => line !== null)
            .join('\n'),
        )
        .join('\n');
    case 'inset':
      return `^ ${block.text}`;
  }
}

const P = 'style="font-size:19px;line-height:1.32;margin:0 0 20px 0;color:#0b0c0c"';
const A = 'style="color:#1d70b8"';

function htmlOf(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p ${P}>${escapeHtml(block.text)}</p>`;
    case 'facts':
      return `<p ${P}>${block.rows
        .map(([label, value]) => `<strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}`)
        .join('<br>')}</p>`;
    case 'link':
      return `<p ${P}>${escapeHtml(block.intro)}<br><a ${A} href="${escapeHtml(block.href)}">${escapeHtml(block.href)}</a></p>`;
    case 'list':
      return `<ul style="font-size:19px;line-height:1.32;margin:0 0 20px 0;padding-left:20px;color:#0b0c0c">${block.items
        .map(
          (item) =>
            `<li style="margin:5px 0">${
              item.href
                ? `<a ${A} href="${escapeHtml(item.href)}">${escapeHtml(item.text)}</a>`
                : escapeHtml(item.text)
            }${item.note ? `<br><span style="color:#505a5f">${escapeHtml(item.note)}</span>` : ''}</li>`,
        )
        .join('')}</ul>`;
    case 'inset':
      return `<p style="font-size:19px;line-height:1.32;margin:0 0 20px 0;padding:0 0 0 15px;border-left:10px solid #b1b4b6;color:#0b0c0c">${escapeHtml(block.text)}</p>`;
  }
}

/** Renders an email to one person: the greeting, the blocks, and the footer. */
export function renderMail(
  subject: string,
  recipientName: string,
  blocks: readonly MailBlock[],
  footer: MailFooter,
): Mail {
  const body: MailBlock[] = [{ kind: 'paragraph', text: `Hello ${recipientName},` }, ...blocks];
  const end = footerBlocks(footer);
  const text = `${body.map(textOf).join('\n\n')}\n\n---\n\n${end.map(textOf).join('\n\n')}\n`;
  const html = [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,sans-serif;margin:0;padding:20px;background:#ffffff">',
    '<div style="max-width:580px">',
    ...body.map(htmlOf),
    '<hr style="border:0;border-top:1px solid #b1b4b6;margin:30px 0 20px 0">',
    ...end.map(htmlOf).map((html) => html.replace(/font-size:19px/g, 'font-size:16px')),
    '</div></body></html>',
  ].join('\n');
  return { subject, text, html };
}

/** The one-click unsubscribe address of a person's topic (RFC 8058), on the web app. */
export function unsubscribeUrl(webOrigin: string, key: string, topic: NoticeTopic): string {
  return new URL(
    `/unsubscribe/${encodeURIComponent(key)}/${noticeTopicSlug(topic)}`,
    webOrigin,
  ).toString();
}

/** The List-Unsubscribe headers of an email under a topic. */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${url}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
