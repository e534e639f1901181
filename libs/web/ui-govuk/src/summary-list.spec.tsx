import { SummaryList } from './summary-list';
import {
  attributeProps,
  content,
  describeFixtures,
  type AttributesOption,
  type CommonOptions,
} from './testing/fixtures';

interface TextOrHtml {
  text?: string;
  html?: string;
  classes?: string;
}

interface ActionOption extends TextOrHtml {
  href: string;
  visuallyHiddenText?: string;
  attributes?: AttributesOption;
}

const actionProps = (action: ActionOption) => ({
  href: action.href,
  text: content(action.text, action.html),
  visuallyHiddenText: action.visuallyHiddenText,
  className: action.classes,
  attributes: attributeProps(action.attributes),
});

interface Options extends CommonOptions {
  card?: {
    title?: TextOrHtml & { headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 };
    actions?: { classes?: string; items: ActionOption[] };
    classes?: string;
    attributes?: AttributesOption;
  };
  rows: (
    | {
        key: TextOrHtml;
        value: TextOrHtml;
        classes?: string;
        actions?: {
          classes?: string;
          items: ActionOption[];
        };
      }
    | null
    | false
    | ''
  )[];
}

describeFixtures<Options>('summary-list', (options) => (
  <SummaryList
    rows={options.rows.map((row) =>
      row
        ? {
            key: content(row.key.text, row.key.html),
            keyClassName: row.key.classes,
            value: content(row.value.text, row.value.html),
            valueClassName: row.value.classes,
            className: row.classes,
            actionsClassName: row.actions?.classes,
            actions: row.actions?.items.map(actionProps),
          }
        : null,
    )}
    card={
      options.card && {
        title: options.card.title && content(options.card.title.text, options.card.title.html),
        titleHeadingLevel: options.card.title?.headingLevel,
        titleClassName: options.card.title?.classes,
        actions: options.card.actions?.items.map(actionProps),
        actionsClassName: options.card.actions?.classes,
        className: options.card.classes,
        attributes: attributeProps(options.card.attributes),
      }
    }
    className={options.classes}
    {...attributeProps(options.attributes)}
  />
));
