import MarkdownIt from 'markdown-it';
import type { ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names';

type Token = ReturnType<MarkdownIt['parse']>[number];

/** The only link destinations kept; anything else stays as the text that was written. */
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

/**
 * Markdown with raw HTML switched off (it is shown as text, escaped), no images (they would
 * load from anywhere and rarely have useful alternative text) and no automatic links.
 */
const markdown = new MarkdownIt('default', {
  html: false,
  linkify: false,
  typographer: false,
  breaks: false,
}).disable(['image']);
markdown.validateLink = (url: string) => SAFE_LINK.test(url.trim());

/** The text's own headings are sections of the page: medium for the highest, small below it. */
const HEADING_CLASSES = ['govuk-heading-m', 'govuk-heading-s'] as const;

/** GOV.UK classes for the elements Markdown makes. */
const CLASSES: Readonly<Record<string, string>> = {
  paragraph_open: 'govuk-body',
  bullet_list_open: 'govuk-list govuk-list--bullet',
  ordered_list_open: 'govuk-list govuk-list--number',
  link_open: 'govuk-link',
  blockquote_open: 'govuk-inset-text',
  hr: 'govuk-section-break govuk-section-break--m govuk-section-break--visible',
  table_open: 'govuk-table',
  thead_open: 'govuk-table__head',
  tbody_open: 'govuk-table__body',
  tr_open: 'govuk-table__row',
  th_open: 'govuk-table__header',
  td_open: 'govuk-table__cell',
};

function levelOf(token: Token): number {
  return Number(token.tag.slice(1));
}

function style(tokens: Token[], headingLevel: number): void {
  const headings = tokens.filter((token) => token.type === 'heading_open');
  const top = Math.min(...headings.map(levelOf));
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const depth = levelOf(token) - top;
      token.tag = `h${Math.min(6, depth + headingLevel)}`;
      if (token.type === 'heading_open') {
        token.attrSet('class', HEADING_CLASSES[Math.min(depth, HEADING_CLASSES.length - 1)]);
      }
    } else if (CLASSES[token.type]) {
      token.attrJoin('class', CLASSES[token.type]);
    }
    if (token.children) style(token.children, headingLevel);
  }
}

/**
 * Markdown as safe HTML in the GOV.UK style. The highest heading in the text becomes
 * `headingLevel` (so a text written with `#` or with `##` fits under the page's own headings),
 * the rest follow it down; the highest is a medium heading, the others small.
 */
export function renderMarkdown(source: string, headingLevel = 2): string {
  const env = {};
  const tokens = markdown.parse(source, env);
  style(tokens, Math.min(6, Math.max(1, headingLevel)));
  return markdown.renderer.render(tokens, markdown.options, env);
}

export interface MarkdownProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'children' | 'dangerouslySetInnerHTML'
> {
  /** The Markdown text. Raw HTML in it is shown as text, never run. */
  readonly source: string;
  /** The level the text's highest heading is shown at: 2 under a page's h1, 3 under an h2. */
  readonly headingLevel?: number;
}

/**
 * Text written in Markdown, shown with GOV.UK typography: headings, paragraphs, lists, links
 * (http, https and mailto only), quotes as inset text, tables. Raw HTML is escaped, so nothing in
 * the text can run script or load anything.
 */
export function Markdown({ source, headingLevel = 2, className, ...attributes }: MarkdownProps) {
  return (
    <div
      className={classNames('app-markdown', className)}
      {...attributes}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source, headingLevel) }}
    />
  );
}
