import { renderToStaticMarkup } from 'react-dom/server';
import { Footer } from './footer';
import {
  attributeProps,
  content,
  describeFixtures,
  type AttributesOption,
  type CommonOptions,
  type TextOrHtml,
} from './testing/fixtures';

interface Options extends CommonOptions {
  meta?: TextOrHtml & {
    visuallyHiddenTitle?: string;
    items?: { href: string; text: string; attributes?: AttributesOption }[];
  };
  contentLicence?: TextOrHtml | null;
  copyright?: TextOrHtml;
  containerClasses?: string;
}

const navigationReason =
  'footer navigation sections are not implemented; the portal has no use for them yet';

describeFixtures<Options>(
  'footer',
  (options) => (
    <Footer
      meta={
        options.meta && {
          visuallyHiddenTitle: options.meta.visuallyHiddenTitle,
          items: options.meta.items?.map((item) => ({
            href: item.href,
            text: item.text,
            attributes: attributeProps(item.attributes),
          })),
          content: content(options.meta.text, options.meta.html),
        }
      }
      contentLicence={
        options.contentLicence === null
          ? null
          : content(options.contentLicence?.text, options.contentLicence?.html) || undefined
      }
      copyright={content(options.copyright?.text, options.copyright?.html) || undefined}
      containerClassName={options.containerClasses}
      className={options.classes}
      {...attributeProps(options.attributes)}
    />
  ),
  // Not run: these fixtures need footer navigation sections, which <Footer> does not offer
  // (no page of the portal has footer navigation). The reason is also reported with each name.
  {
    'with default width navigation (one column)': navigationReason,
    'with default width navigation (two columns)': navigationReason,
    'with navigation': navigationReason,
    'Full GDS example': navigationReason,
    'Three equal columns': navigationReason,
    'with empty navigation': navigationReason,
    'with navigation item attributes': navigationReason,
  },
);

describe('Footer', () => {
  it('leaves out the GOV.UK crown, and nothing else, when crown is false', () => {
    const withCrown = renderToStaticMarkup(<Footer />);
    const withoutCrown = renderToStaticMarkup(<Footer crown={false} />);

    expect(withCrown).toContain('govuk-footer__crown');
    expect(withoutCrown).not.toContain('<svg focusable="false" role="presentation"');
    expect(withCrown.replace(/<svg[^>]*govuk-footer__crown[\s\S]*?<\/svg>/, '')).toBe(withoutCrown);
  });
});
