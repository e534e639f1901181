/**
 * A small HTML parser and normaliser for comparing component output with the HTML that
 * govuk-frontend ships in its fixtures. It understands what those fixtures contain (elements,
 * attributes, text, comments, character references, void and self-closed elements) and nothing
 * more: no scripts, styles or templates.
 *
 * Two strings are equivalent when they parse to the same tree once:
 * - attributes are sorted by name and the tokens of `class` are sorted,
 * - a boolean attribute without a value equals the same attribute with an empty value,
 * - the declarations of `style` are written alike (`a: b;` and `a:b` are equal),
 * - whitespace is collapsed as a browser lays it out: runs of spaces, tabs and newlines become one
 *   space, and space at the start or end of a line (next to a block-level boundary) is dropped.
 *   A space at the edge of an inline element is moved just outside it, so `<b>Alpha </b>text` and
 *   `<b>Alpha</b> text` are equal. Space between inline content is otherwise kept, so a missing
 *   space such as "Change<span> name</span>" versus "Change<span>name</span>" is a difference.
 */

export interface HtmlElement {
  readonly type: 'element';
  readonly name: string;
  readonly attributes: ReadonlyArray<readonly [name: string, value: string]>;
  readonly children: HtmlNode[];
}

export interface HtmlText {
  readonly type: 'text';
  value: string;
}

export type HtmlNode = HtmlElement | HtmlText;

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Elements whose boundaries end a line of inline content, so that space next to them is not rendered. */
const LINE_BREAKING_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'button',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  // Form fields are boxes of their own: their text is not laid out in the surrounding line.
  'textarea',
  'select',
  'option',
  // SVG content is not laid out as text; whitespace inside it is never rendered.
  'svg',
  'g',
  'path',
  'circle',
  'title',
]);

const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ctdot: '\u22ef',
};

export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference, body: string) => {
    if (body[0] === '#') {
      const codePoint =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return String.fromCodePoint(codePoint);
    }
    const decoded = NAMED_REFERENCES[body.toLowerCase()];
    if (decoded === undefined) throw new Error(`Unsupported character reference ${reference}`);
    return decoded;
  });
}

const TOKEN =
  /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|[^<]+|</gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Parses an HTML fragment into a list of nodes, keeping text exactly as written (decoded). */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { type: 'element', name: '#fragment', attributes: [], children: [] };
  const stack: HtmlElement[] = [root];
  for (const match of html.matchAll(TOKEN)) {
    const [token, closingName, openingName, attributeSource, selfClosing] = match;
    const parent = stack[stack.length - 1];
    if (token.startsWith('<!')) continue;
    if (closingName) {
      const name = closingName.toLowerCase();
      if (stack.length < 2 || parent.name !== name) {
        throw new Error(`Unexpected closing tag </${name}> in <${parent.name}>`);
      }
      stack.pop();
    } else if (openingName) {
      const attributes = [...(attributeSource ?? '').matchAll(ATTRIBUTE)].map(
        ([, name, doubleQuoted, singleQuoted, unquoted]) =>
          [
            name,
            decodeCharacterReferences(doubleQuoted ?? singleQuoted ?? unquoted ?? ''),
          ] as const,
      );
      const element: HtmlElement = {
        type: 'element',
        name: openingName.toLowerCase(),
        attributes,
        children: [],
      };
      parent.children.push(element);
      if (!selfClosing && !VOID_ELEMENTS.has(element.name)) stack.push(element);
    } else {
      parent.children.push({ type: 'text', value: decodeCharacterReferences(token) });
    }
  }
  if (stack.length > 1) throw new Error(`Unclosed <${stack[stack.length - 1].name}>`);
  return root.children;
}

interface Line {
  endsWithSpace: boolean;
  lastText: HtmlText | undefined;
}

function endLine(line: Line): void {
  if (line.lastText) line.lastText.value = line.lastText.value.replace(/ $/, '');
  line.endsWithSpace = true;
  line.lastText = undefined;
}

/** Collapses whitespace in place, the way CSS `white-space: normal` renders it. */
function collapseWhitespace(nodes: HtmlNode[], line: Line): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      let value = node.value.replace(/[ \t\n\r\f]+/g, ' ');
      if (line.endsWithSpace) value = value.replace(/^ /, '');
      node.value = value;
      if (value) {
        line.endsWithSpace = value.endsWith(' ');
        line.lastText = node;
      }
    } else if (LINE_BREAKING_ELEMENTS.has(node.name)) {
      endLine(line);
      collapseWhitespace(node.children, line);
      endLine(line);
    } else {
      collapseWhitespace(node.children, line);
    }
  }
}

/** Moves a space at the start or end of an inline element to just outside it. */
function hoistEdgeSpaces(nodes: HtmlNode[]): HtmlNode[] {
  return nodes.flatMap((node): HtmlNode[] => {
    if (node.type === 'text') return [node];
    const children = hoistEdgeSpaces(node.children);
    if (LINE_BREAKING_ELEMENTS.has(node.name)) return [{ ...node, children }];
    const first = children[0];
    const last = children[children.length - 1];
    const before = first?.type === 'text' && first.value.startsWith(' ');
    const after = last?.type === 'text' && last.value.endsWith(' ');
    if (before) first.value = first.value.slice(1);
    if (after) last.value = last.value.slice(0, -1);
    return [
      ...(before ? [{ type: 'text', value: ' ' } as const] : []),
      { ...node, children },
      ...(after ? [{ type: 'text', value: ' ' } as const] : []),
    ];
  });
}

function mergeAndPrune(nodes: HtmlNode[]): HtmlNode[] {
  const result: HtmlNode[] = [];
  for (const node of nodes) {
    const previous = result[result.length - 1];
    if (node.type === 'text') {
      if (!node.value) continue;
      if (previous?.type === 'text') previous.value += node.value;
      else result.push({ ...node });
    } else {
      result.push({ ...node, children: mergeAndPrune(node.children) });
    }
  }
  return result;
}

export function styleDeclarations(style: string): Array<[property: string, value: string]> {
  return style
    .split(';')
    .map((declaration) => declaration.split(':').map((part) => part.trim()))
    .filter(([property]) => property)
    .map(([property, ...value]) => [property.toLowerCase(), value.join(':')]);
}

function canonicalStyle(style: string): string {
  return styleDeclarations(style)
    .map(([property, value]) => `${property}:${value}`)
    .join(';');
}

function canonicalAttributes(element: HtmlElement): string {
  return [...element.attributes]
    .map(([name, value]) => {
      const lowerName = name.toLowerCase();
      const canonicalValue =
        lowerName === 'class'
          ? value.split(/\s+/).filter(Boolean).sort().join(' ')
          : lowerName === 'style'
            ? canonicalStyle(value)
            : value;
      return [lowerName, canonicalValue] as const;
    })
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => ` ${name}=${JSON.stringify(value)}`)
    .join('');
}

function print(nodes: HtmlNode[], depth: number): string[] {
  const indent = '  '.repeat(depth);
  return nodes.flatMap((node) =>
    node.type === 'text'
      ? [`${indent}${JSON.stringify(node.value)}`]
      : [`${indent}<${node.name}${canonicalAttributes(node)}>`, ...print(node.children, depth + 1)],
  );
}

/** A canonical, line-per-node rendering of an HTML fragment, for readable test diffs. */
export function normaliseHtml(html: string): string {
  const nodes = parseHtml(html);
  // Merge first so that adjacent text nodes collapse as one run.
  const merged = mergeAndPrune(nodes);
  const line: Line = { endsWithSpace: true, lastText: undefined };
  collapseWhitespace(merged, line);
  endLine(line);
  return print(mergeAndPrune(hoistEdgeSpaces(mergeAndPrune(merged))), 0).join('\n');
}
