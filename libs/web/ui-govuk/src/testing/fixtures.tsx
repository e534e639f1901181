import { readFileSync } from 'node:fs';
import { createElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { normaliseHtml, parseHtml, styleDeclarations, type HtmlNode } from './html';

/** One example from a component's `fixtures.json` in govuk-frontend. */
export interface Fixture<TOptions> {
  readonly name: string;
  readonly options: TOptions;
  readonly html: string;
}

/** The `attributes` option of a Nunjucks macro: a value, or a value marked optional. */
export type AttributesOption = Record<
  string,
  string | number | boolean | { value: string | number | boolean | null; optional?: boolean }
>;

/** A value given as plain text or as HTML, as many macro options are. */
export interface TextOrHtml {
  text?: string;
  html?: string;
}

/** The options every govuk-frontend component macro takes. */
export interface CommonOptions {
  classes?: string;
  attributes?: AttributesOption;
}

export function loadFixtures<TOptions>(component: string): Fixture<TOptions>[] {
  const file = require.resolve(`govuk-frontend/dist/govuk/components/${component}/fixtures.json`);
  return JSON.parse(readFileSync(file, 'utf8')).fixtures;
}

/** React spells a few HTML attributes differently. */
const REACT_ATTRIBUTE_NAMES: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  hreflang: 'hrefLang',
};

function toReactName(name: string): string {
  return REACT_ATTRIBUTE_NAMES[name.toLowerCase()] ?? name;
}

/** Turns a macro's `attributes` option into props to spread on an element. */
export function attributeProps(attributes: AttributesOption | undefined): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [name, option] of Object.entries(attributes ?? {})) {
    const { value, optional } =
      typeof option === 'object' ? option : { value: option, optional: false };
    if (optional && (value === null || value === false)) continue;
    props[toReactName(name)] = optional && value === true ? '' : String(value ?? '');
  }
  return props;
}

/** React takes `style` as an object keyed by camel-cased property names. */
function styleObject(style: string): Record<string, string> {
  return Object.fromEntries(
    styleDeclarations(style).map(([property, value]) => [
      property.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase()),
      value,
    ]),
  );
}

function toReact(nodes: HtmlNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    if (node.type === 'text') return node.value;
    const props: Record<string, unknown> = {
      key: index,
      ...Object.fromEntries(
        node.attributes.map(([name, value]) =>
          name === 'style' ? [name, styleObject(value)] : [toReactName(name), value],
        ),
      ),
    };
    // React takes a textarea's text as its default value, not as children.
    if (node.name === 'textarea') {
      props['defaultValue'] = node.children
        .map((child) => (child.type === 'text' ? child.value : ''))
        .join('');
      return createElement(node.name, props);
    }
    return createElement(node.name, props, ...toReact(node.children));
  });
}

/** The content of an `html` option as React nodes, so that tests can pass it as children. */
export function html(source: string): ReactNode {
  return toReact(parseHtml(source));
}

/** A macro's text-or-HTML pair (`text`/`html`, `titleText`/`titleHtml`, ...) as React children. */
export function content(text: unknown, htmlSource: unknown): ReactNode {
  return typeof htmlSource === 'string' && htmlSource ? html(htmlSource) : (text as ReactNode);
}

/**
 * Renders every fixture of a govuk-frontend component with `render` and expects the same HTML
 * once normalised. Fixtures in `excluded` are skipped with the reason given; a name there that
 * is not a fixture fails, so the list stays honest across govuk-frontend upgrades.
 */
export function describeFixtures<TOptions>(
  component: string,
  render: (options: TOptions) => ReactElement,
  excluded: Record<string, string> = {},
): void {
  const fixtures = loadFixtures<TOptions>(component);
  const included = fixtures.filter(({ name }) => !(name in excluded));

  describe(`${component} fixtures from govuk-frontend`, () => {
    it('excludes only fixtures that exist', () => {
      const names = fixtures.map(({ name }) => name);
      expect(Object.keys(excluded).filter((name) => !names.includes(name))).toEqual([]);
    });

    it.each(included.map((fixture) => [fixture.name, fixture] as const))(
      'renders %s',
      (_name, fixture) => {
        expect(normaliseHtml(renderToStaticMarkup(render(fixture.options)))).toBe(
          normaliseHtml(fixture.html),
        );
      },
    );
  });
}
