import { renderToStaticMarkup } from 'react-dom/server';
import { TermsOfReferenceChanges } from './terms-of-reference-changes';

type Kind = 'ADDED' | 'REMOVED' | 'UNCHANGED';

/** A line shown whole: one part, the line itself. */
const whole = (kind: Kind, text: string, fromLine: number | null, toLine: number | null) => ({
  kind,
  text,
  fromLine,
  toLine,
  segments: [{ kind, text }],
});

const comparison = {
  fields: [
    {
      field: 'QUORUM' as const,
      before: 'At least 4 voting members',
      after: 'At least half of the voting members, rounded up',
      changed: true,
    },
    { field: 'MEETING_FREQUENCY' as const, before: 'Monthly', after: 'Monthly', changed: false },
    { field: 'COMPOSITION' as const, before: 'Members', after: 'Members', changed: false },
  ],
  lines: [
    whole('UNCHANGED', '## Purpose', 1, 1),
    whole('REMOVED', 'Meets <b>monthly</b>.', 2, null),
    whole('ADDED', 'Meets every six weeks.', null, 2),
    whole('ADDED', '', null, 3),
  ],
  linesAdded: 2,
  linesRemoved: 1,
};

const render = (props: Partial<Parameters<typeof TermsOfReferenceChanges>[0]> = {}) =>
  renderToStaticMarkup(
    <TermsOfReferenceChanges
      comparison={comparison}
      fromLabel="Version 1"
      toLabel="Version 2"
      {...props}
    />,
  );

describe('TermsOfReferenceChanges', () => {
  it('marks added and removed lines in words and elements, not colour alone', () => {
    const html = render();
    expect(html).toContain(
      '<del class="app-diff__line app-diff__line--removed"><span class="app-diff__marker" aria-hidden="true">−</span><span class="govuk-visually-hidden">Removed: </span>Meets &lt;b&gt;monthly&lt;/b&gt;.</del>',
    );
    expect(html).toContain(
      '<ins class="app-diff__line app-diff__line--added"><span class="app-diff__marker" aria-hidden="true">+</span><span class="govuk-visually-hidden">Added: </span>Meets every six weeks.</ins>',
    );
    expect(html).toContain('<span class="govuk-visually-hidden">blank line</span></ins>');
    expect(html).toContain('2 lines added and 1 line removed');
  });

  it('picks out the words that changed within a line', () => {
    const html = render({
      comparison: {
        ...comparison,
        lines: [
          {
            kind: 'REMOVED' as const,
            text: 'Meets every month.',
            fromLine: 1,
            toLine: null,
            segments: [
              { kind: 'UNCHANGED' as const, text: 'Meets every ' },
              { kind: 'REMOVED' as const, text: 'month' },
              { kind: 'UNCHANGED' as const, text: '.' },
            ],
          },
          {
            kind: 'ADDED' as const,
            text: 'Meets every six weeks.',
            fromLine: null,
            toLine: 1,
            segments: [
              { kind: 'UNCHANGED' as const, text: 'Meets every ' },
              { kind: 'ADDED' as const, text: 'six weeks' },
              { kind: 'UNCHANGED' as const, text: '.' },
            ],
          },
        ],
      },
    });
    expect(html).toContain(
      '<span class="govuk-visually-hidden">Removed: </span><span>Meets every </span><span class="app-diff__words--removed">month</span><span>.</span></del>',
    );
    expect(html).toContain('<span class="app-diff__words--added">six weeks</span>');
  });

  it('lists only the structured parts that changed, before and after', () => {
    const html = render();
    expect(html).toContain('<th scope="col" class="govuk-table__header">Version 1</th>');
    expect(html).toContain('Quorum');
    expect(html).toContain('At least half of the voting members, rounded up');
    expect(html).not.toContain('How often it meets');
  });

  it('says when nothing changed', () => {
    const html = render({
      comparison: {
        fields: comparison.fields.map((field) => ({ ...field, changed: false })),
        lines: [comparison.lines[0]],
        linesAdded: 0,
        linesRemoved: 0,
      },
    });
    expect(html).toContain('The quorum, how often it meets and its membership did not change.');
    expect(html).toContain('The text did not change.');
    expect(html).not.toContain('app-diff__line');
  });

  it('folds long stretches that did not change behind a details element', () => {
    const long = Array.from({ length: 20 }, (_, i) =>
      whole('UNCHANGED', `Line ${i + 1}`, i + 1, i + 1),
    );
    const html = render({
      comparison: {
        ...comparison,
        lines: [...long, whole('ADDED', 'New', null, 21)],
        linesAdded: 1,
        linesRemoved: 0,
      },
    });
    expect(html).toContain('Show 17 lines that did not change');
    expect(html.match(/<details/g)).toHaveLength(1);
  });
});
