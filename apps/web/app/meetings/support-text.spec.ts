import { supportSegments, telHref } from './support-text';

describe('supportSegments', () => {
  it.each([
    ['Call 0800 233311 today.', [['Call '], ['0800 233311', 'tel:0800233311'], [' today.']]],
    ['Childline on 0800 1111.', [['Childline on '], ['0800 1111', 'tel:08001111'], ['.']]],
    ['Ring 020 7946 0123', [['Ring '], ['020 7946 0123', 'tel:02079460123']]],
    ['Ring +44 20 7946 0123.', [['Ring '], ['+44 20 7946 0123', 'tel:+442079460123'], ['.']]],
    ['Samaritans: 116 123', [['Samaritans: '], ['116 123', 'tel:116123']]],
    ['Call +44 (0)20 7946 0000', [['Call '], ['+44 (0)20 7946 0000', 'tel:+442079460000']]],
    [
      'Online at https://www.childline.org.uk/get-support/.',
      [
        ['Online at '],
        ['https://www.childline.org.uk/get-support/', 'https://www.childline.org.uk/get-support/'],
        ['.'],
      ],
    ],
    [
      '(see https://example.org/help)',
      [['(see '], ['https://example.org/help', 'https://example.org/help'], [')']],
    ],
    ['Nothing to link here', [['Nothing to link here']]],
    ['From 8am to 10pm in 2026', [['From 8am to 10pm in 2026']]],
    ['http://insecure.example.org stays text', [['http://insecure.example.org stays text']]],
    ['', []],
  ])('%j', (text, expected) => {
    const segments = supportSegments(text);
    expect(
      segments.map((segment) =>
        segment.kind === 'link' ? [segment.text, segment.href] : [segment.text],
      ),
    ).toEqual(expected);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('dials the digits, keeping a leading plus', () => {
    expect(telHref('+44 (0)20 7946 0000')).toBe('tel:+442079460000');
    expect(telHref('0800 233311')).toBe('tel:0800233311');
  });
});
