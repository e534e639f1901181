import { WarningText } from '@boards/web/ui-govuk';
import { formatDateRange } from '../dates';

export interface MeetingWarnings {
  readonly conflicts: readonly {
    readonly personId: string;
    readonly name: string;
    readonly meetingId: string;
    readonly meetingTitle: string;
    readonly crossSeated: boolean;
  }[];
  readonly meetingFrequency: string | null;
  readonly frequencyGaps: readonly {
    readonly from: string;
    readonly to: string;
    readonly days: number;
  }[];
}

/** Whether there is anything to warn about. */
export function hasWarnings(warnings: MeetingWarnings): boolean {
  return warnings.conflicts.length > 0 || warnings.frequencyGaps.length > 0;
}

/**
 * A fingerprint of the warnings, carried by the form once they have been shown: scheduling
 * goes ahead only if the warnings are still the ones the secretariat saw.
 */
export function warningsFingerprint(warnings: MeetingWarnings): string {
  return [
    ...warnings.conflicts.map((c) => `c:${c.personId}:${c.meetingId}`),
    ...warnings.frequencyGaps.map((g) => `g:${g.from}:${g.to}`),
  ]
    .sort()
    .join('|');
}

/** What the secretariat should know before saving: double-booked people, then long gaps. */
export function MeetingWarningsPanel({ warnings }: { readonly warnings: MeetingWarnings }) {
  return (
    <div className="govuk-!-margin-bottom-6" role="region" aria-labelledby="meeting-warnings">
      <h2 className="govuk-heading-m" id="meeting-warnings">
        Check before you save
      </h2>
      <WarningText iconFallbackText="Warning">
        You can still save the meeting, but check these first.
      </WarningText>
      {warnings.conflicts.length ? (
        <>
          <h3 className="govuk-heading-s">People expected at another meeting at the same time</h3>
          <ul className="govuk-list govuk-list--bullet">
            {warnings.conflicts.map((conflict) => (
              <li key={`${conflict.personId}-${conflict.meetingId}`}>
                {conflict.name} is expected at{' '}
                <a className="govuk-link" href={`/secretariat/meetings/${conflict.meetingId}`}>
                  {conflict.meetingTitle}
                </a>
                {conflict.crossSeated
                  ? ' (they hold a cross-seat: lived experience would be missing)'
                  : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {warnings.frequencyGaps.length ? (
        <>
          <h3 className="govuk-heading-s">Fewer meetings than the terms of reference say</h3>
          <p className="govuk-body">
            The terms of reference say: “{warnings.meetingFrequency}”. Over the next year there
            would be no meeting from:
          </p>
          <ul className="govuk-list govuk-list--bullet">
            {warnings.frequencyGaps.map((gap) => (
              <li key={gap.from}>
                {formatDateRange(gap.from, gap.to)} ({gap.days} days)
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
