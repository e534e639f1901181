import { PUBLIC_DISPLAY_LABELS, type PublicDisplayChoice } from '@boards/shared/contracts';
import type { TagColour } from '@boards/web/ui-govuk';
import { formatDateTime, formatLocalDate } from '../dates';

export type AccountStatus = 'ACTIVE' | 'DISABLED' | 'INVITED' | 'NONE';

/** An account's status in a few words, and the GOV.UK tag colour to show it in. */
export const ACCOUNT_STATUS: Record<
  AccountStatus,
  { readonly label: string; readonly colour?: TagColour }
> = {
  ACTIVE: { label: 'Active', colour: 'green' },
  INVITED: { label: 'Invited' },
  DISABLED: { label: 'Disabled', colour: 'red' },
  NONE: { label: 'No account', colour: 'grey' },
};

/** What each status means, for the person's page. */
export const ACCOUNT_STATUS_DETAIL: Record<AccountStatus, string> = {
  ACTIVE: 'They can sign in.',
  INVITED: 'They have been invited but have not set a password yet, so they cannot sign in.',
  DISABLED: 'Their account is switched off: they cannot sign in.',
  NONE: 'They have no account and cannot sign in.',
};

export function accountStatusOf(account: { readonly status: AccountStatus } | null): AccountStatus {
  return account?.status ?? 'NONE';
}

/** The SECRETARIAT and ADMIN grants in words. */
export function grantsText(grants: readonly string[]): string {
  const names = grants.map((grant) =>
    grant === 'SECRETARIAT' ? 'Secretariat' : grant === 'ADMIN' ? 'Administrator' : grant,
  );
  return names.length ? names.join(', ') : 'None';
}

/** The consent in force today, in words: "First name and initial of surname, since 3 April 2026". */
export function consentText(display: {
  readonly choice: PublicDisplayChoice;
  readonly since: string | null;
}): string {
  if (display.since === null) return 'Nothing recorded, so they are not named';
  return `${PUBLIC_DISPLAY_LABELS[display.choice]}, since ${formatLocalDate(display.since)}`;
}

/** The consent column of the people table: the choice, or that nothing was recorded. */
export function consentShort(display: {
  readonly choice: PublicDisplayChoice;
  readonly since: string | null;
}): string {
  return display.since === null
    ? `Nothing recorded (${PUBLIC_DISPLAY_LABELS.ANONYMOUS.toLowerCase()})`
    : PUBLIC_DISPLAY_LABELS[display.choice];
}

export interface PublicViewFacts {
  readonly visibility: 'NAMED' | 'ANONYMOUS' | 'HIDDEN';
  readonly displayName?: string | null;
  readonly affiliation?: string | null;
  readonly bio?: string | null;
  readonly livedExperience?: boolean | null;
}

/** What the public sees of a person today, as one plain-English sentence. */
export function publicViewSentence(view: PublicViewFacts): string {
  switch (view.visibility) {
    case 'HIDDEN':
      return 'The public does not see them at all: they are left out of public lists of members.';
    case 'ANONYMOUS':
      return `The public sees them only as ‘${view.displayName ?? 'A member'}’, without their name, organisation or bio.`;
    default: {
      const shown = [
        view.affiliation ? 'organisation or role' : null,
        view.bio ? 'bio' : null,
      ].filter(Boolean);
      return `The public sees them as ‘${view.displayName ?? ''}’${
        shown.length ? `, with their ${shown.join(' and ')}` : ''
      }.`;
    }
  }
}

/** Whether the public sees their lived experience, in words. */
export function livedExperienceText(view: PublicViewFacts): string {
  return view.livedExperience === true
    ? 'Shown: the public sees that they have lived experience of care'
    : 'Not shown';
}

export interface ConsentHistoryEntry {
  readonly id: string;
  readonly kind: string;
  readonly effectiveOn: string;
  readonly choice?: PublicDisplayChoice | null;
  readonly showLivedExperience?: boolean | null;
  readonly recordedAt: string;
  readonly recordedBySelf: boolean;
}

/** One row of the consent history table, newest first is the caller's choice. */
export function consentHistoryRow(entry: ConsentHistoryEntry): {
  readonly from: string;
  readonly what: string;
  readonly livedExperience: string;
  readonly recorded: string;
} {
  const given = entry.kind === 'GIVEN' && entry.choice;
  return {
    from: formatLocalDate(entry.effectiveOn),
    what: given
      ? `Gave consent: ${PUBLIC_DISPLAY_LABELS[entry.choice as PublicDisplayChoice]}`
      : 'Withdrew consent',
    livedExperience: given
      ? entry.showLivedExperience
        ? 'May be shown'
        : 'Not shown'
      : 'Not shown',
    recorded: `${formatDateTime(entry.recordedAt)}, by ${
      entry.recordedBySelf ? 'them' : 'the secretariat'
    }`,
  };
}
