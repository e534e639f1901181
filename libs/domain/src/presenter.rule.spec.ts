import fc from 'fast-check';
import { firstNameInitial, type PersonView } from './public-display.rule';
import {
  comparableWords,
  nameForms,
  namesInText,
  presenterName,
  SECRETARIAT_PRESENTER_NAME,
  type Presenter,
} from './presenter.rule';

const view = (visibility: PersonView['visibility'], displayName: string | null): PersonView => ({
  visibility,
  displayName,
  affiliation: null,
  bio: null,
  livedExperience: null,
});

describe('presenterName', () => {
  const person: Presenter = { kind: 'PERSON', personId: 'p1' };
  it.each<[string, Presenter, PersonView | null | undefined, string | null]>([
    ['a person shown by full name', person, view('NAMED', 'Jordan Ellis'), 'Jordan Ellis'],
    ['a person shown by first name and initial', person, view('NAMED', 'Jordan E.'), 'Jordan E.'],
    ['an anonymous person', person, view('ANONYMOUS', 'A member'), 'A member'],
    ['a hidden person', person, view('HIDDEN', null), null],
    ['a person whose view is missing (fails closed)', person, undefined, null],
    ['a person whose view is null (fails closed)', person, null, null],
    ['the secretariat', { kind: 'SECRETARIAT' }, undefined, SECRETARIAT_PRESENTER_NAME],
    ['a guest', { kind: 'GUEST', name: 'Dr Ana Silva' }, undefined, 'Dr Ana Silva'],
    [
      'a guest, whatever view is passed',
      { kind: 'GUEST', name: 'Dr Ana Silva' },
      view('HIDDEN', null),
      'Dr Ana Silva',
    ],
  ])('%s', (_, presenter, personView, expected) => {
    expect(presenterName(presenter, personView)).toBe(expected);
  });

  it('fails closed on a kind it does not know', () => {
    expect(presenterName({ kind: 'SOMEONE' } as unknown as Presenter)).toBeNull();
  });
});

describe('nameForms', () => {
  it.each([
    ['Jordan Ellis', ['jordan ellis', 'jordan e']],
    ['Mary Jane Smith', ['mary jane smith', 'mary smith', 'mary s']],
    ['  Zoë   Ó Briain ', ['zoë ó briain', 'zoë briain', 'zoë b']],
    ['Madonna', ['madonna']],
    ['', []],
    ['Dr. A. Smith', ['dr a smith', 'dr smith', 'dr s']],
  ])('%j', (fullName, forms) => {
    expect(nameForms(fullName)).toEqual(forms);
  });
});

describe('namesInText', () => {
  const jordan = { id: 'j', fullName: 'Jordan Ellis' };
  const mary = { id: 'm', fullName: 'Mary Jane Smith' };
  const madonna = { id: 'o', fullName: 'Madonna' };
  const people = [jordan, mary, madonna];
  it.each<[string, string[]]>([
    ['Jordan Ellis', ['j']],
    ['jordan   ellis', ['j']],
    ['JORDAN ELLIS', ['j']],
    ['Jordan E.', ['j']],
    ['Jordan E', ['j']],
    ['Led by Jordan E, care leaver', ['j']],
    ['Jordan Ellis and Mary Smith', ['j', 'm']],
    ['Mary Jane Smith', ['m']],
    ['Mary S.', ['m']],
    ['Madonna', ['o']],
    ['Madonna Ellis', ['o']],
    ['Jordanna Ellison', []],
    ['Jordan', []],
    ['Ellis', []],
    ['Jordan Evans', []],
    ['Dr Ana Silva', []],
    ['', []],
    ['   ', []],
    ['Jordan\u00a0Ellis', ['j']],
    ['Jordan Elli\u0301s', []],
  ])('%j names %j', (text, ids) => {
    expect(namesInText(text, people).map((person) => person.id)).toEqual(ids);
  });

  it('finds a name in NFD as in NFC', () => {
    const zoe = { fullName: 'Zoë Brown' };
    expect(namesInText('Zoe\u0308 Brown', [zoe])).toEqual([zoe]);
  });
});

describe('presenter properties', () => {
  const word = fc.stringMatching(/^[A-Za-zÀ-ÿ'-]{1,12}$/u);
  const fullName = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));

  it('finds a person by their full name and by the name the display rule gives them, in any surrounding text', () => {
    fc.assert(
      fc.property(fullName, fc.string(), fc.string(), (name, before, after) => {
        const person = { fullName: name };
        for (const shown of [name, firstNameInitial(name)]) {
          expect(namesInText(shown, [person])).toEqual([person]);
          expect(namesInText(`${before} ${shown} ${after}`, [person])).toEqual([person]);
        }
      }),
    );
  });

  it('gives the first word of every name a text names among its words', () => {
    fc.assert(
      fc.property(fullName, fc.string(), (name, text) => {
        const person = { fullName: name };
        const haystack = `${text} ${name}`;
        expect(namesInText(haystack, [person])).toEqual([person]);
        const first = comparableWords(name)[0];
        expect(comparableWords(haystack)).toContain(first);
      }),
    );
  });
});
