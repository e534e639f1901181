/**
 * Who leads an agenda item, and how they are shown.
 *
 * A presenter is one of:
 * - PERSON: someone on the portal (a member, or staff). They are shown through the public-display
 *   rule like everywhere else a person appears: their own choice applies, and a person hidden to
 *   the one asking is not shown as a presenter at all.
 * - SECRETARIAT: the secretariat as a team, shown as "The secretariat".
 * - GUEST: someone from outside, named as free text. Free text bypasses the display rule, so a
 *   guest's name must not be a member's name in disguise: `namesInText` finds the people a text
 *   names, and the secretariat is asked to choose the person instead (or confirm that the guest is
 *   someone else).
 */
import { firstNameInitial, type PersonView } from './public-display.rule';

export type Presenter =
  | { readonly kind: 'PERSON'; readonly personId: string }
  | { readonly kind: 'SECRETARIAT' }
  | { readonly kind: 'GUEST'; readonly name: string };

export const SECRETARIAT_PRESENTER_NAME = 'The secretariat';

/**
 * The name to show for a presenter, or null when nothing may be shown: a PERSON is shown as the
 * display rule gives them to the one asking (`view`: required for a PERSON), and a person hidden
 * to them is not shown at all.
 */
export function presenterName(presenter: Presenter, view?: PersonView | null): string | null {
  switch (presenter.kind) {
    case 'SECRETARIAT':
      return SECRETARIAT_PRESENTER_NAME;
    case 'GUEST':
      return presenter.name;
    case 'PERSON':
      return view && view.visibility !== 'HIDDEN' ? view.displayName : null;
    default:
      return null;
  }
}

/** Lower case, NFC, one space between words, and no full stops or commas: for comparing names. */
function comparable(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('en-GB')
    .replace(/[.,]/gu, ' ')
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .join(' ');
}

/** Whether `needle` stands in `haystack` as whole words (both already comparable). */
function containsWords(haystack: string, needle: string): boolean {
  if (needle === '') return false;
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * The ways a person's name is written that identify them: the full name, the first and last
 * word (dropping middle names), and the first name with the surname's initial, as the display
 * rule writes it. A one-word name is only itself.
 */
export function nameForms(fullName: string): string[] {
  const words = comparable(fullName).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const forms = new Set([words.join(' ')]);
  if (words.length > 1) {
    forms.add(`${words[0]} ${words[words.length - 1]}`);
    forms.add(comparable(firstNameInitial(fullName)));
  }
  return [...forms];
}

/**
 * Which of `people` the free text names, by any of their name forms standing in it as whole
 * words, ignoring case, spacing, full stops and commas ("Jordan Ellis", "jordan  ellis",
 * "Jordan E.", "Led by Jordan E, care leaver" all name Jordan Ellis; "Jordanna Ellison" does not).
 */
export function namesInText<T extends { readonly fullName: string }>(
  text: string,
  people: readonly T[],
): T[] {
  const haystack = comparable(text);
  if (haystack === '') return [];
  return people.filter((person) =>
    nameForms(person.fullName).some((form) => containsWords(haystack, form)),
  );
}

/**
 * The words of a text as `namesInText` compares them: a person the text names has the first word
 * of their name among them, so a store can look for candidates by it.
 */
export function comparableWords(text: string): string[] {
  return [...new Set(comparable(text).split(' ').filter(Boolean))];
}
