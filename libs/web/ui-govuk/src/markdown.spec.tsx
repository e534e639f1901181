import { renderToStaticMarkup } from 'react-dom/server';
import { Markdown, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('uses GOV.UK typography for headings, paragraphs, lists and links', () => {
    const html = renderMarkdown(
      [
        '## Purpose',
        '',
        'Advises the [review](https://example.org/review).',
        '',
        '### What it does',
        '',
        '- Tests findings',
        '- Suggests people to hear from',
        '',
        '1. First',
        '2. Second',
      ].join('\n'),
    );
    expect(html).toBe(
      [
        '<h2 class="govuk-heading-m">Purpose</h2>',
        '<p class="govuk-body">Advises the <a href="https://example.org/review" class="govuk-link">review</a>.</p>',
        '<h3 class="govuk-heading-s">What it does</h3>',
        '<ul class="govuk-list govuk-list--bullet">',
        '<li>Tests findings</li>',
        '<li>Suggests people to hear from</li>',
        '</ul>',
        '<ol class="govuk-list govuk-list--number">',
        '<li>First</li>',
        '<li>Second</li>',
        '</ol>',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['# and ##', '# A\n\n## B', 2, ['h2', 'h3']],
    ['## and ###', '## A\n\n### B', 2, ['h2', 'h3']],
    ['## and ### under an h2', '## A\n\n### B', 3, ['h3', 'h4']],
    ['### before #', '### A\n\n# B', 2, ['h4', 'h2']],
    ['# and ###### (no deeper than h6)', '# A\n\n###### B', 3, ['h3', 'h6']],
  ])('shows headings written %s from the level asked', (_label, source, level, tags) => {
    const found = [...renderMarkdown(source, level).matchAll(/<(h\d)/g)].map((m) => m[1]);
    expect(found).toEqual(tags);
  });

  it('makes the highest heading medium and the others small, whatever their level', () => {
    expect(renderMarkdown('# A\n\n## B\n\n### C', 3)).toBe(
      '<h3 class="govuk-heading-m">A</h3>\n<h4 class="govuk-heading-s">B</h4>\n<h5 class="govuk-heading-s">C</h5>\n',
    );
  });

  it('keeps quotes, rules and tables in the GOV.UK style', () => {
    const html = renderMarkdown('> Note\n\n---\n\n| A | B |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<blockquote class="govuk-inset-text">');
    expect(html).toContain(
      '<hr class="govuk-section-break govuk-section-break--m govuk-section-break--visible">',
    );
    expect(html).toContain('<table class="govuk-table">');
    expect(html).toContain('<th class="govuk-table__header">A</th>');
    expect(html).toContain('<td class="govuk-table__cell">1</td>');
  });

  it.each([
    ['https://example.org/a?b=c', 'https://example.org/a?b=c'],
    ['http://example.org', 'http://example.org'],
    ['mailto:secretariat@example.org', 'mailto:secretariat@example.org'],
    ['HTTPS://EXAMPLE.ORG', 'HTTPS://EXAMPLE.ORG'],
  ])('keeps a link to %s', (url, href) => {
    expect(renderMarkdown(`[link](${url})`)).toContain(`<a href="${href}" class="govuk-link">`);
  });

  it.each([
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['a javascript: link in capitals', '[click](JavaScript:alert(1))'],
    ['a javascript: link written with entities', '[click](&#106;avascript:alert(1))'],
    ['a javascript: link behind spaces and tabs', '[click](<  javascript:alert(1)>)'],
    ['a javascript: autolink', '<javascript:alert(1)>'],
    ['a data: link', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a vbscript: link', '[click](vbscript:msgbox(1))'],
    ['a file: link', '[click](file:///etc/passwd)'],
    ['a link to a page without a scheme', '[click](/secretariat)'],
    ['a reference link to javascript:', '[click][x]\n\n[x]: javascript:alert(1)'],
  ])('leaves %s as text', (_label, source) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(/<a\b/);
    expect(html).not.toMatch(/href=/);
  });

  it.each([
    ['a script element', '<script>alert(1)</script>'],
    ['an image with onerror', '<img src="x" onerror="alert(1)">'],
    ['an inline svg with onload', 'Text <svg onload=alert(1)>'],
    ['an iframe', '<iframe src="https://example.org"></iframe>'],
    ['an event handler in a block of HTML', '<div onmouseover="alert(1)">hover</div>'],
    ['a style element', '<style>body { display: none }</style>'],
  ])('escapes %s, so it is shown and never run', (_label, source) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(/<(script|img|svg|iframe|div|style)\b/i);
    expect(html).toContain('&lt;');
  });

  it('cannot break out of a link’s attributes with its title or address', () => {
    const html = renderMarkdown(
      '[a](https://example.org/"onmouseover="alert(1) "title\\" onfocus=\\"alert(2)")',
    );
    // Every quote stays inside its attribute: the link has an href, a title and a class, nothing else.
    expect(html).toMatch(
      /^<p class="govuk-body"><a href="[^"]*" title="[^"]*" class="govuk-link">a<\/a><\/p>\n$/,
    );
    expect(html).toContain('&quot;');
  });

  it('shows images as their text, loading nothing', () => {
    const html = renderMarkdown('![A chart](https://example.org/x.png "t")');
    expect(html).not.toMatch(/<img\b/);
    expect(html).toContain('A chart');
  });

  it('does not turn bare addresses into links', () => {
    expect(renderMarkdown('See https://example.org')).not.toMatch(/<a\b/);
  });
});

describe('Markdown', () => {
  it('renders the text inside a div of its own, with extra classes and attributes', () => {
    const html = renderToStaticMarkup(
      <Markdown source="Hello **world**" className="app-x" id="text" headingLevel={3} />,
    );
    expect(html).toBe(
      '<div class="app-markdown app-x" id="text"><p class="govuk-body">Hello <strong>world</strong></p>\n</div>',
    );
  });
});
