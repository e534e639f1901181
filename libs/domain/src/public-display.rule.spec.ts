import fc from 'fast-check';
import { PUBLIC_DISPLAY_CHOICES, type PublicDisplayChoice } from '@boards/shared/contracts';
import type { DisplayConsent } from './display-consent.rule';
import {
  type PersonFacts,
  type PersonView,
  type Viewer,
  anonymousLabel,
  firstNameInitial,
  publicView,
} from './public-display.rule';

const amara: PersonFacts = {
  id: '5b0f6a3e-0000-4000-8000-000000000001',
  fullName: 'Amara Okafor',
  affiliation: 'Care Leavers Network',
  bio: 'Grew up in foster care in Leeds.',
  livedExperience: true,
};
const consent = (choice: PublicDisplayChoice, showLivedExperience: boolean): DisplayConsent => ({
  choice,
  showLivedExperience,
  since: '2024-01-01',
});

const PUBLIC: Viewer = { kind: 'PUBLIC' };
const STRANGER: Viewer = { kind: 'MEMBER', sharesBody: false };
const COLLEAGUE: Viewer = { kind: 'MEMBER', sharesBody: true };
const SECRETARIAT: Viewer = { kind: 'SECRETARIAT' };
const SELF: Viewer = { kind: 'SELF' };

const everything = (person: PersonFacts): PersonView => ({
  visibility: 'NAMED',
  displayName: person.fullName,
  affiliation: person.affiliation,
  bio: person.bio,
  livedExperience: person.livedExperience,
});
const HIDDEN: PersonView = {
  visibility: 'HIDDEN',
  displayName: null,
  affiliation: null,
  bio: null,
  livedExperience: null,
};

describe('publicView', () => {
  describe.each([SECRETARIAT, SELF])('for %o', (viewer) => {
    it.each(PUBLIC_DISPLAY_CHOICES.flatMap((c) => [[c, true] as const, [c, false] as const]))(
      'shows everything whatever the choice (%s, lived experience shown %p)',
      (choice, show) => {
        expect(publicView(amara, viewer, consent(choice, show))).toEqual(everything(amara));
        const other = { ...amara, livedExperience: false };
        expect(publicView(other, viewer, consent(choice, show))).toEqual(everything(other));
      },
    );
  });

  describe('for a member who shares a body', () => {
    it.each([
      ['FULL_NAME', true, true, true],
      ['FIRST_NAME_INITIAL', true, true, true],
      ['ANONYMOUS', true, true, true],
      ['HIDDEN', true, true, true],
      ['HIDDEN', false, true, null],
      ['FULL_NAME', false, true, null],
      ['FULL_NAME', true, false, false],
      ['ANONYMOUS', false, false, null],
    ] as const)(
      'choice %s, consent to show lived experience %p, has it %p: named in full, lived experience %p',
      (choice, show, has, expected) => {
        const person = { ...amara, livedExperience: has };
        expect(publicView(person, COLLEAGUE, consent(choice, show))).toEqual({
          ...everything(person),
          livedExperience: expected,
        });
      },
    );
  });

  describe.each([PUBLIC, STRANGER])('for %o', (viewer) => {
    it.each([
      // choice, show, has, expected
      [
        'FULL_NAME',
        true,
        true,
        {
          visibility: 'NAMED',
          displayName: 'Amara Okafor',
          affiliation: amara.affiliation,
          bio: amara.bio,
          livedExperience: true,
        },
      ],
      [
        'FULL_NAME',
        false,
        true,
        {
          visibility: 'NAMED',
          displayName: 'Amara Okafor',
          affiliation: amara.affiliation,
          bio: amara.bio,
          livedExperience: null,
        },
      ],
      [
        'FULL_NAME',
        true,
        false,
        {
          visibility: 'NAMED',
          displayName: 'Amara Okafor',
          affiliation: amara.affiliation,
          bio: amara.bio,
          livedExperience: null,
        },
      ],
      [
        'FIRST_NAME_INITIAL',
        true,
        true,
        {
          visibility: 'NAMED',
          displayName: 'Amara O.',
          affiliation: amara.affiliation,
          bio: amara.bio,
          livedExperience: true,
        },
      ],
      [
        'FIRST_NAME_INITIAL',
        false,
        true,
        {
          visibility: 'NAMED',
          displayName: 'Amara O.',
          affiliation: amara.affiliation,
          bio: amara.bio,
          livedExperience: null,
        },
      ],
      [
        'ANONYMOUS',
        true,
        true,
        {
          visibility: 'ANONYMOUS',
          displayName: 'A member with lived experience',
          affiliation: null,
          bio: null,
          livedExperience: true,
        },
      ],
      [
        'ANONYMOUS',
        false,
        true,
        {
          visibility: 'ANONYMOUS',
          displayName: 'A member',
          affiliation: null,
          bio: null,
          livedExperience: null,
        },
      ],
      [
        'ANONYMOUS',
        true,
        false,
        {
          visibility: 'ANONYMOUS',
          displayName: 'A member',
          affiliation: null,
          bio: null,
          livedExperience: null,
        },
      ],
      ['HIDDEN', true, true, HIDDEN],
      ['HIDDEN', false, false, HIDDEN],
    ] as const)(
      'choice %s, consent to show lived experience %p, has it %p: %o',
      (choice, show, has, expected) => {
        const person = { ...amara, livedExperience: has };
        expect(publicView(person, viewer, consent(choice, show))).toEqual(expected);
      },
    );
  });

  it('fails closed on a choice it does not know and on a viewer it does not know', () => {
    const unknownChoice = { ...consent('FULL_NAME', true), choice: 'EVERYTHING' } as never;
    expect(publicView(amara, PUBLIC, unknownChoice)).toEqual(HIDDEN);
    const unknownViewer = { kind: 'ROBOT' } as unknown as Viewer;
    expect(publicView(amara, unknownViewer, consent('ANONYMOUS', false))).toEqual(
      publicView(amara, PUBLIC, consent('ANONYMOUS', false)),
    );
    const truthyButNotTrue = { kind: 'MEMBER', sharesBody: 'yes' } as unknown as Viewer;
    expect(publicView(amara, truthyButNotTrue, consent('HIDDEN', false))).toEqual(HIDDEN);
  });

  it('never hands out the id', () => {
    for (const viewer of [PUBLIC, STRANGER, COLLEAGUE, SECRETARIAT, SELF]) {
      for (const choice of PUBLIC_DISPLAY_CHOICES) {
        const view = publicView(amara, viewer, consent(choice, true));
        expect(Object.keys(view).sort()).toEqual(
          ['affiliation', 'bio', 'displayName', 'livedExperience', 'visibility'].sort(),
        );
        expect(JSON.stringify(view)).not.toContain(amara.id);
      }
    }
  });
});

describe('anonymousLabel', () => {
  it.each([
    [true, 'A member with lived experience'],
    [false, 'A member'],
  ])('%p → %p', (show, label) => {
    expect(anonymousLabel(show)).toBe(label);
  });
});

describe('firstNameInitial', () => {
  it.each([
    ['Amara Okafor', 'Amara O.'],
    ['amara okafor', 'amara O.'],
    ['Madonna', 'Madonna'],
    ['  Madonna  ', 'Madonna'],
    ['', ''],
    ['   ', ''],
    ['  Amara   Okafor  ', 'Amara O.'],
    ['Amara\tOkafor', 'Amara O.'],
    ['Amara\u00a0Okafor', 'Amara O.'],
    ['Mary Jane Smith', 'Mary S.'],
    ['Sam Smith-Jones', 'Sam S.'],
    ["Siobhán O'Brien", 'Siobhán O.'],
    ['Zoë Ó Briain', 'Zoë B.'],
    ['Anna van der Berg', 'Anna B.'],
    ['Ömer Çelik', 'Ömer Ç.'],
    ['Ali ışık', 'Ali I.'],
    ['Ali inan', 'Ali I.'],
    ['Zoe\u0308 e\u0301lise', 'Zoë É.'],
    ['Anna ßmith', 'Anna ß.'],
    ['Anna (Okafor)', 'Anna O.'],
    ['Amara O.', 'Amara O.'],
    ['Amara -', 'Amara'],
    ['Дмитрий Иванов', 'Дмитрий И.'],
    ['Νίκος παπαδόπουλος', 'Νίκος Π.'],
    ['王小明', '王小明'],
    ['Kim 민준', 'Kim 민.'],
    ['أحمد علي', 'أحمد ع.'],
    ['Amara 😀kafor', 'Amara K.'],
    ['Amara b\u0345x', 'Amara B\u0345.'],
    ['Amara ᾳx', 'Amara ᾳ.'],
  ])('%p → %p', (fullName, expected) => {
    expect(firstNameInitial(fullName)).toBe(expected);
  });
});

// ---- properties ----

const letter = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...'éëóøçñäłßıİ',
  ...'ждиλπσ',
  ...'王민ع',
  'e\u0301',
);
const word = fc.string({ unit: letter, minLength: 2, maxLength: 10 });
const gap = fc.constantFrom(' ', '  ', '\t', '\u00a0');
const fullName = fc
  .tuple(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 4 }), gap, gap)
  .map(([parts, before, after]) => {
    const joined = parts.map(([w, g], i) => (i === parts.length - 1 ? w : w + g)).join('');
    return before.trim() + joined + after.trim();
  });
const paddedFullName = fc
  .tuple(fullName, fc.boolean(), fc.boolean())
  .map(([name, lead, trail]) => `${lead ? ' ' : ''}${name}${trail ? '  ' : ''}`);
const person: fc.Arbitrary<PersonFacts> = fc.record({
  id: fc.uuid(),
  fullName: paddedFullName,
  affiliation: fc.option(fc.string({ minLength: 1 }), { nil: null }),
  bio: fc.option(fc.string({ minLength: 1 }), { nil: null }),
  livedExperience: fc.boolean(),
});
const anyConsent: fc.Arbitrary<DisplayConsent> = fc.record({
  choice: fc.constantFrom(...PUBLIC_DISPLAY_CHOICES),
  showLivedExperience: fc.boolean(),
  since: fc.option(fc.constant('2024-01-01'), { nil: null }),
});
const viewer: fc.Arbitrary<Viewer> = fc.oneof(
  fc.constant(PUBLIC),
  fc.boolean().map((sharesBody): Viewer => ({ kind: 'MEMBER', sharesBody })),
  fc.constant(SECRETARIAT),
  fc.constant(SELF),
);

const words = (name: string) => name.normalize('NFC').trim().split(/\s+/u).filter(Boolean);

/**
 * The facts a view reveals about a person, as a set. One view reveals no more than another when
 * its set is a subset of the other's. A full name reveals the initial form too; the label
 * 'A member with lived experience' reveals lived experience as much as `livedExperience: true`.
 */
function revealed(view: PersonView, p: PersonFacts): Set<string> {
  const facts = new Set<string>();
  if (view.visibility !== 'HIDDEN') facts.add('listed');
  if (view.visibility === 'NAMED') {
    if (view.displayName === p.fullName) facts.add('name:full').add('name:initial');
    else if (view.displayName === firstNameInitial(p.fullName)) facts.add('name:initial');
    else throw new Error(`unexpected name ${view.displayName}`);
  }
  if (view.visibility === 'ANONYMOUS' && view.displayName === anonymousLabel(true)) {
    facts.add('lived:true');
  }
  if (view.affiliation !== null) facts.add(`affiliation:${view.affiliation}`);
  if (view.bio !== null) facts.add(`bio:${view.bio}`);
  if (view.livedExperience !== null) facts.add(`lived:${view.livedExperience}`);
  return facts;
}
const subset = (a: Set<string>, b: Set<string>) => [...a].every((fact) => b.has(fact));

describe('public display properties', () => {
  it('never shows the public lived experience without consent, and never as false', () => {
    fc.assert(
      fc.property(person, anyConsent, fc.boolean(), (p, c, asMember) => {
        const view = publicView(p, asMember ? STRANGER : PUBLIC, c);
        expect(view.livedExperience).not.toBe(false);
        const disclosed =
          view.livedExperience === true || view.displayName === anonymousLabel(true);
        if (disclosed) expect(p.livedExperience && c.showLivedExperience).toBe(true);
      }),
    );
  });

  it('shows a HIDDEN person to the public as nothing at all', () => {
    fc.assert(
      fc.property(person, anyConsent, (p, c) => {
        const view = publicView(p, PUBLIC, { ...c, choice: 'HIDDEN' });
        expect(view).toEqual(HIDDEN);
      }),
    );
  });

  it('reveals to the public no more than to a colleague, and to a colleague no more than to the secretariat', () => {
    fc.assert(
      fc.property(person, anyConsent, (p, c) => {
        const toPublic = revealed(publicView(p, PUBLIC, c), p);
        const toColleague = revealed(publicView(p, COLLEAGUE, c), p);
        const toSecretariat = revealed(publicView(p, SECRETARIAT, c), p);
        expect(subset(toPublic, toColleague)).toBe(true);
        expect(subset(toColleague, toSecretariat)).toBe(true);
      }),
    );
  });

  it('treats a member who shares no body exactly as the public, and the person as the secretariat', () => {
    fc.assert(
      fc.property(person, anyConsent, (p, c) => {
        expect(publicView(p, STRANGER, c)).toEqual(publicView(p, PUBLIC, c));
        expect(publicView(p, SELF, c)).toEqual(publicView(p, SECRETARIAT, c));
      }),
    );
  });

  it('only ever hands on the person’s own affiliation and bio, or nothing', () => {
    fc.assert(
      fc.property(person, viewer, anyConsent, (p, v, c) => {
        const view = publicView(p, v, c);
        expect([null, p.affiliation]).toContain(view.affiliation);
        expect([null, p.bio]).toContain(view.bio);
        expect([null, p.livedExperience]).toContain(view.livedExperience);
        if (view.visibility === 'HIDDEN') expect(view).toEqual(HIDDEN);
      }),
    );
  });

  it('never shows the full name for FIRST_NAME_INITIAL unless the name is one word', () => {
    fc.assert(
      fc.property(person, anyConsent, (p, c) => {
        const full = words(p.fullName).join(' ');
        fc.pre(!(p.affiliation ?? '').includes(full) && !(p.bio ?? '').includes(full));
        const view = publicView(p, PUBLIC, { ...c, choice: 'FIRST_NAME_INITIAL' });
        const shown = JSON.stringify(view);
        if (words(p.fullName).length > 1) {
          expect(shown).not.toContain(JSON.stringify(p.fullName).slice(1, -1));
          expect(shown).not.toContain(JSON.stringify(full).slice(1, -1));
          // After the first name, only the initial: never the rest of the surname.
          const [first, ...rest] = words(p.fullName);
          expect(view.displayName?.slice(first.length)).not.toContain(rest.at(-1));
        } else {
          expect(view.displayName).toBe(full);
        }
      }),
    );
  });

  it('gives a first name and initial that is idempotent and made of the first word', () => {
    fc.assert(
      fc.property(
        fc.oneof(paddedFullName, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (name) => {
          const once = firstNameInitial(name);
          expect(firstNameInitial(once)).toBe(once);
          const first = words(name)[0];
          if (first !== undefined) expect(once.startsWith(first)).toBe(true);
          expect(once.slice(first?.length ?? 0)).toMatch(/^(?: \p{L}\p{M}*\.)?$/u);
        },
      ),
    );
  });
});
