import { renderToStaticMarkup } from 'react-dom/server';
import { Tag } from './tag';
import {
  attributeProps,
  content,
  describeFixtures,
  type TextOrHtml,
  type CommonOptions,
} from './testing/fixtures';

type Options = TextOrHtml & CommonOptions;

describeFixtures<Options>('tag', (options) => (
  <Tag className={options.classes} {...attributeProps(options.attributes)}>
    {content(options.text, options.html)}
  </Tag>
));

describe('Tag', () => {
  it('adds the modifier class for a colour', () => {
    expect(renderToStaticMarkup(<Tag colour="teal">Group</Tag>)).toBe(
      '<strong class="govuk-tag govuk-tag--teal">Group</strong>',
    );
  });
});
