import type { TermsOfReferenceVersionFragment } from '@boards/web/api-client';
import { Markdown, SummaryList } from '@boards/web/ui-govuk';
import { FIELD_LABELS } from './versions';

/** Plain text written on several lines: a paragraph per blank-line-separated block. */
export function TextParagraphs({ text }: { readonly text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  if (!paragraphs.length) return <>Not set yet</>;
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p
          key={index}
          className={
            index === paragraphs.length - 1 ? 'govuk-body govuk-!-margin-bottom-0' : 'govuk-body'
          }
        >
          {paragraph.split('\n').map((line, lineIndex) => (
            <span key={lineIndex}>
              {lineIndex > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
    </>
  );
}

/**
 * One version of a body's terms of reference as the public reads it: the quorum, how often the
 * body meets and who sits on it, then the text. The secretariat's preview shows a draft exactly
 * the same way.
 */
export function TermsOfReferenceDetails({
  version,
  headingLevel,
}: {
  readonly version: Pick<
    TermsOfReferenceVersionFragment,
    'content' | 'meetingFrequency' | 'composition' | 'quorum'
  >;
  /** The level of the text's highest heading: one below the heading this sits under. */
  readonly headingLevel: number;
}) {
  return (
    <>
      <SummaryList
        rows={[
          { key: FIELD_LABELS.QUORUM, value: version.quorum?.description ?? 'Not set yet' },
          {
            key: FIELD_LABELS.MEETING_FREQUENCY,
            value: version.meetingFrequency.trim() || 'Not set yet',
          },
          { key: FIELD_LABELS.COMPOSITION, value: <TextParagraphs text={version.composition} /> },
        ]}
      />
      {version.content.trim() ? (
        <Markdown source={version.content} headingLevel={headingLevel} />
      ) : (
        <p className="govuk-body">There is no text yet.</p>
      )}
    </>
  );
}
