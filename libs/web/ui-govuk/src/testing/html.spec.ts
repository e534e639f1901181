import { normaliseHtml } from './html';

describe('normaliseHtml', () => {
  it.each([
    [
      'attribute order and class token order',
      '<a href="/" class="b a" data-x="1">Home</a>',
      '<a data-x="1" class="a b" href="/">Home</a>',
    ],
    [
      'boolean attributes with and without a value',
      '<button hidden>Menu</button>',
      '<button hidden="">Menu</button>',
    ],
    [
      'whitespace next to block boundaries',
      '<div>\n  <p>\n    Some   text\n  </p>\n</div>',
      '<div><p>Some text</p></div>',
    ],
    ['character references', '<p>Tom &amp; Jerry &#39;s &#x27;</p>', "<p>Tom & Jerry 's '</p>"],
    [
      'self-closed and void elements',
      '<svg><circle r="1"/></svg><br>',
      '<svg><circle r="1"></circle></svg><br/>',
    ],
    ['comments', '<p><!-- note -->Text</p>', '<p>Text</p>'],
    [
      'a space at the edge of an inline element',
      '<p><b>Alpha </b>text</p>',
      '<p><b>Alpha</b> text</p>',
    ],
    [
      'style declarations',
      '<p style="white-space: nowrap;">A</p>',
      '<p style="white-space:nowrap">A</p>',
    ],
  ])('treats %s as equal', (_label, a, b) => {
    expect(normaliseHtml(a)).toBe(normaliseHtml(b));
  });

  it.each([
    [
      'a missing space between inline elements',
      '<a>Change<span> name</span></a>',
      '<a>Change<span>name</span></a>',
    ],
    ['a different attribute value', '<a href="/a">A</a>', '<a href="/b">A</a>'],
    ['an extra attribute', '<a href="/a">A</a>', '<a href="/a" id="x">A</a>'],
    ['a different element', '<strong>A</strong>', '<b>A</b>'],
    ['different nesting', '<p><span>A</span>B</p>', '<p><span>A B</span></p>'],
    ['different text', '<p>Alpha</p>', '<p>Beta</p>'],
  ])('tells apart %s', (_label, a, b) => {
    expect(normaliseHtml(a)).not.toBe(normaliseHtml(b));
  });

  it('rejects mismatched tags', () => {
    expect(() => normaliseHtml('<p><span>A</p>')).toThrow('Unexpected closing tag </p> in <span>');
    expect(() => normaliseHtml('<p>A')).toThrow('Unclosed <p>');
  });
});
