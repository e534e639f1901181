/**
 * Public display: what anyone may see of a person.
 *
 * The rules, in plain English:
 *
 * 1. The secretariat, and the person themselves, see everything: the full name, affiliation,
 *    bio, and whether the person has lived experience of care (yes or no).
 * 2. A signed-in member who sits on a body with the person, on the date asked, meets them in the
 *    room, so sees their full name, affiliation and bio, whatever the person chose for the public
 *    (even HIDDEN). They see whether the person has lived experience only if the person agreed to
 *    show it; otherwise that is not disclosed.
 * 3. Everyone else (the public, and members who do not share a body with the person) sees what
 *    the person chose:
 *    - FULL_NAME: their full name, affiliation and bio.
 *    - FIRST_NAME_INITIAL: their first name and the initial of their surname (see
 *      firstNameInitial), affiliation and bio.
 *    - ANONYMOUS: no name, affiliation or bio, only 'A member', or 'A member with lived
 *      experience' if they have it and agreed to show it.
 *    - HIDDEN: nothing at all; leave them out of the list.
 *    Lived experience is shown to them only as 'yes', and only when the person has it and agreed
 *    to show it. It is never shown as 'no': if some people were marked 'no', everyone left
 *    unmarked would stand out as probably 'yes'.
 * 4. Nothing else about a person (email, phone, address) is an input here, so none of it can
 *    ever be shown by this rule. Neither is the person's id: an API that lists ANONYMOUS people
 *    should not hand out a stable id either, or the same anonymous person could be followed
 *    across bodies and dates.
 * 5. Anything unexpected fails closed: a viewer of an unknown kind is treated as the public, and
 *    a choice the rule does not know is treated as HIDDEN.
 */
import type { DisplayConsent } from './display-consent.rule';

export interface PersonFacts {
  id: string;
  fullName: string;
  affiliation: string | null;
  bio: string | null;
  livedExperience: boolean;
}

export type Viewer =
  | { kind: 'PUBLIC' }
  /** A signed-in board member; sharesBody = sits on a body this person sits on, on the date asked. */
  | { kind: 'MEMBER'; sharesBody: boolean }
  | { kind: 'SECRETARIAT' }
  | { kind: 'SELF' };

export interface PersonView {
  visibility: 'NAMED' | 'ANONYMOUS' | 'HIDDEN';
  /** null when HIDDEN. */
  displayName: string | null;
  affiliation: string | null;
  bio: string | null;
  /** null = not disclosed to this viewer. */
  livedExperience: boolean | null;
}

const ANONYMOUS_LABEL = 'A member';
const ANONYMOUS_LIVED_EXPERIENCE_LABEL = 'A member with lived experience';

/** The name shown for an ANONYMOUS person. */
export function anonymousLabel(showLivedExperience: boolean): string {
  return showLivedExperience ? ANONYMOUS_LIVED_EXPERIENCE_LABEL : ANONYMOUS_LABEL;
}

const HIDDEN_VIEW: Readonly<PersonView> = Object.freeze({
  visibility: 'HIDDEN',
  displayName: null,
  affiliation: null,
  bio: null,
  livedExperience: null,
});

/** What `viewer` may see of `person`, given the consent in force. */
export function publicView(
  person: PersonFacts,
  viewer: Viewer,
  consent: DisplayConsent,
): PersonView {
  if (viewer.kind === 'SECRETARIAT' || viewer.kind === 'SELF') {
    return {
      visibility: 'NAMED',
      displayName: person.fullName,
      affiliation: person.affiliation,
      bio: person.bio,
      livedExperience: person.livedExperience,
    };
  }
  if (viewer.kind === 'MEMBER' && viewer.sharesBody === true) {
    return {
      visibility: 'NAMED',
      displayName: person.fullName,
      affiliation: person.affiliation,
      bio: person.bio,
      livedExperience: consent.showLivedExperience === true ? person.livedExperience : null,
    };
  }
  // The public, members who do not share a body, and any viewer this rule does not know.
  const showsLivedExperience = person.livedExperience && consent.showLivedExperience === true;
  const livedExperience = showsLivedExperience ? true : null;
  switch (consent.choice) {
    case 'FULL_NAME':
      return {
        visibility: 'NAMED',
        displayName: person.fullName,
        affiliation: person.affiliation,
        bio: person.bio,
        livedExperience,
      };
    case 'FIRST_NAME_INITIAL':
      return {
        visibility: 'NAMED',
        displayName: firstNameInitial(person.fullName),
        affiliation: person.affiliation,
        bio: person.bio,
        livedExperience,
      };
    case 'ANONYMOUS':
      return {
        visibility: 'ANONYMOUS',
        displayName: anonymousLabel(showsLivedExperience),
        affiliation: null,
        bio: null,
        livedExperience,
      };
    default:
      // HIDDEN, and any value that is not a known choice.
      return { ...HIDDEN_VIEW };
  }
}

const WHITESPACE = /\s+/u;
/** A letter with the combining marks that belong to it. */
const LETTER = /\p{L}\p{M}*/u;

/**
 * A person's first name and the initial of their surname: 'Amara Okafor' → 'Amara O.'.
 *
 * - The name is normalised to NFC and split into words on any whitespace (extra, leading and
 *   trailing spaces, tabs and no-break spaces do not matter).
 * - One word (or none) is returned as it is, trimmed: 'Madonna' → 'Madonna'. So is a name written
 *   without spaces, such as many Chinese, Japanese and Korean names: '王小明' stays '王小明'.
 * - Otherwise: the first word, a space, the first letter of the LAST word that has a letter, and
 *   a full stop. Middle names are dropped: 'Mary Jane Smith' → 'Mary S.'.
 *   - Hyphenated and apostrophe surnames give their first letter: 'Smith-Jones' → 'S.',
 *     "O'Brien" → 'O.'.
 *   - Multi-part surnames give the initial of their last word: 'Zoë Ó Briain' → 'Zoë B.',
 *     'Anna van der Berg' → 'Anna B.'. This is deliberate: a word-based rule cannot tell a
 *     surname particle from a middle name, and the last word is what identifies the family.
 *   - Punctuation before the letter is skipped ('(Okafor)' → 'O.'), and combining accents stay
 *     with their letter.
 *   - The initial is upper-cased with the locale-independent String.prototype.toUpperCase
 *     ('ó' → 'Ó', 'i' → 'I' everywhere, including for Turkish names); a letter whose upper case
 *     is more than one letter ('ß' → 'SS') is kept as written, and so are its accents.
 * - The result is idempotent: firstNameInitial('Amara O.') is 'Amara O.'.
 */
export function firstNameInitial(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(WHITESPACE).filter(Boolean);
  if (words.length <= 1) return words[0] ?? '';
  for (let i = words.length - 1; i >= 1; i--) {
    const letter = LETTER.exec(words[i])?.[0];
    if (letter !== undefined) {
      return `${words[0]} ${upperCaseInitial(letter)}.`.normalize('NFC');
    }
  }
  // No later word has a letter ('Amara -'): the first word alone.
  return words[0];
}

/** Upper-cases the letter itself, keeping its combining marks exactly as they were. */
function upperCaseInitial(letterWithMarks: string): string {
  const [base, ...marks] = [...letterWithMarks];
  const upper = base.toUpperCase();
  return ([...upper].length === 1 ? upper : base) + marks.join('');
}
