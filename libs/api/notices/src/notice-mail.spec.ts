import { renderMail, unsubscribeHeaders, unsubscribeUrl } from './notice-mail';

const footer = {
  reason: 'You get this email because you sit on the Evidence Group.',
  topic: 'PAPERS' as const,
  unsubscribeUrl: 'https://boards.example.org/unsubscribe/abc/papers',
  choicesUrl: 'https://boards.example.org/account/emails',
};

describe('renderMail', () => {
  const mail = renderMail(
    'A new paper for <Spring> & summer',
    'Jordan <Ellis>',
    [
      { kind: 'paragraph', text: 'A paper called <script>alert(1)</script> has been added.' },
      { kind: 'facts', rows: [['When', 'Wednesday 24 March 2027, 10am to midday']] },
      {
        kind: 'list',
        items: [
          {
            text: 'Kinship "care"',
            href: 'https://boards.example.org/papers/1?a=1&b=2',
            note: 'Content note: loss',
          },
        ],
      },
      { kind: 'inset', text: 'Quoted' },
      { kind: 'link', intro: 'See it:', href: 'https://boards.example.org/meetings/1' },
    ],
    footer,
  );

  it('writes the text as it is, every part in order, the footer after a rule', () => {
    expect(mail.text).toBe(
      [
        'Hello Jordan <Ellis>,',
        'A paper called <script>alert(1)</script> has been added.',
        'When: Wednesday 24 March 2027, 10am to midday',
        '* Kinship "care"\n  Content note: loss\n  https://boards.example.org/papers/1?a=1&b=2',
        '^ Quoted',
        'See it:\nhttps://boards.example.org/meetings/1',
        '---',
        'You get this email because you sit on the Evidence Group.',
        'Stop emails about new papers for your meetings:\nhttps://boards.example.org/unsubscribe/abc/papers',
        'Choose which emails you get:\nhttps://boards.example.org/account/emails',
      ].join('\n\n') + '\n',
    );
  });

  it('escapes everything it puts in HTML', () => {
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('<title>A new paper for &lt;Spring&gt; &amp; summer</title>');
    expect(mail.html).toContain('Hello Jordan &lt;Ellis&gt;,');
    expect(mail.html).toContain('href="https://boards.example.org/papers/1?a=1&amp;b=2"');
    expect(mail.html).toContain('Kinship &quot;care&quot;');
    expect(mail.html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  });

  it('has no unsubscribe line for an email one must get', () => {
    const must = renderMail('Subject', 'Ann', [], { ...footer, topic: null, unsubscribeUrl: null });
    expect(must.text).not.toContain('Stop emails');
    expect(must.text).toContain('Choose which emails you get');
  });
});

describe('unsubscribe links', () => {
  it('are one address per person and topic, with the RFC 8058 headers', () => {
    const url = unsubscribeUrl('https://boards.example.org', 'f'.repeat(64), 'MEETING_CHANGES');
    expect(url).toBe(`https://boards.example.org/unsubscribe/${'f'.repeat(64)}/meeting-changes`);
    expect(unsubscribeHeaders(url)).toEqual({
      'List-Unsubscribe': `<${url}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });
});
