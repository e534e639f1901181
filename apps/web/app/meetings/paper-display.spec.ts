import {
  contentNoteSentence,
  fileSummary,
  formatFileSize,
  listedPapers,
  paperFilePath,
  paperPath,
  papersOfItem,
  visibilityText,
} from './paper-display';

const ID = '3f1c2a4b-5d6e-4f70-8a91-b2c3d4e5f607';

describe('contentNoteSentence', () => {
  it.each([
    ['experiences of self-harm', 'This paper discusses experiences of self-harm.'],
    ['Discusses the deaths of children.', 'This paper discusses the deaths of children.'],
    ['Mentions a complaint', 'This paper mentions a complaint.'],
    ['  the  care   system ', 'This paper discusses the care system.'],
    [
      'This paper discusses experiences of care. Talk to your named contact first.',
      'This paper discusses experiences of care. Talk to your named contact first.',
    ],
    ['This paper quotes members’ own words', 'This paper quotes members’ own words.'],
    ['abuse (physical and emotional)', 'This paper discusses abuse (physical and emotional)'],
  ])('%j reads "%s"', (note, sentence) => {
    expect(contentNoteSentence(note)).toBe(sentence);
  });

  it.each([null, undefined, '', '   \n '])('gives nothing for an empty note (%j)', (note) => {
    expect(contentNoteSentence(note)).toBeNull();
  });
});

describe('file details', () => {
  it('names the kind and gives the size', () => {
    expect(fileSummary({ kind: 'PDF', sizeText: '240 KB' })).toBe('PDF, 240 KB');
    expect(fileSummary({ kind: 'DOCX', sizeText: '1.2 MB' })).toBe('Word document, 1.2 MB');
    expect(fileSummary({ kind: 'NEW_KIND', sizeText: '1 byte' })).toBe('NEW_KIND, 1 byte');
  });

  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [25 * 1024 * 1024, '25 MB'],
    [1024 * 1024 * 1.25, '1.3 MB'],
  ])('writes %i bytes as "%s", as the API does', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});

describe('addresses', () => {
  it('has a page and a file address for a paper', () => {
    expect(paperPath(ID)).toBe(`/papers/${ID}`);
    expect(paperFilePath(ID)).toBe(`/papers/${ID}/file`);
    expect(paperPath('a/b')).toBe('/papers/a%2Fb');
  });
});

describe('visibilityText', () => {
  it('says who can open the paper, naming the people for staff', () => {
    expect(visibilityText('PUBLIC')).toBe('Public');
    expect(visibilityText('MEMBERS', [{ fullName: 'Ignored' }])).toBe('Members only');
    expect(visibilityText('NAMED', null)).toBe('Named people only');
    expect(
      visibilityText('NAMED', [{ fullName: 'Jordan Ellis' }, { fullName: 'Helen Marsh' }]),
    ).toBe('Named people only: Jordan Ellis, Helen Marsh');
  });
});

describe('listing papers', () => {
  const item = { id: 'item-1' };
  const papers = [
    { id: 'original', agendaItem: item, easyReadOf: null },
    { id: 'version', agendaItem: item, easyReadOf: { id: 'original' } },
    { id: 'orphan-version', agendaItem: null, easyReadOf: { id: 'members-only' } },
    { id: 'general', agendaItem: null, easyReadOf: null },
    { id: 'other-item', agendaItem: { id: 'item-2' }, easyReadOf: null },
  ];

  it('lists easy read versions beside their originals, and alone when the original is not listed', () => {
    expect(listedPapers(papers).map((paper) => paper.id)).toEqual([
      'original',
      'orphan-version',
      'general',
      'other-item',
    ]);
  });

  it('lists an agenda item’s papers', () => {
    expect(papersOfItem(papers, 'item-1').map((paper) => paper.id)).toEqual(['original']);
    expect(papersOfItem(papers, 'item-2').map((paper) => paper.id)).toEqual(['other-item']);
    expect(papersOfItem(papers, 'item-3')).toEqual([]);
  });
});
