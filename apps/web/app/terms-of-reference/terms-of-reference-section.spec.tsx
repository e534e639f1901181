import { renderToStaticMarkup } from 'react-dom/server';
import { TermsOfReferenceSection } from './terms-of-reference-section';

describe('TermsOfReferenceSection', () => {
  it('names a version published to come into force later when none is in force yet', () => {
    const html = renderToStaticMarkup(
      <TermsOfReferenceSection
        slug="evidence-group"
        body={{
          termsOfReference: null,
          termsOfReferenceHistory: [
            { number: 1, effectiveFrom: '2099-01-01', standing: 'FUTURE', inForceTo: null },
          ],
        }}
      />,
    );
    expect(html).toContain('Version 1, comes into force on 1 January 2099.');
    expect(html).toContain('href="/bodies/evidence-group/terms-of-reference"');
    expect(html).not.toContain('No terms of reference have been published yet');
  });

  it('says when none has been published', () => {
    const html = renderToStaticMarkup(
      <TermsOfReferenceSection
        slug="evidence-group"
        body={{ termsOfReference: null, termsOfReferenceHistory: [] }}
      />,
    );
    expect(html).toContain('No terms of reference have been published yet.');
  });
});
