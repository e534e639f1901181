import { Panel, type PanelAction } from './panel';
import {
  attributeProps,
  content,
  describeFixtures,
  type AttributesOption,
  type CommonOptions,
} from './testing/fixtures';

interface ActionOption extends CommonOptions {
  text: string;
  href?: string;
  type?: 'button' | 'submit' | 'reset';
}

interface Options extends CommonOptions {
  titleText?: string;
  titleHtml?: string;
  text?: string;
  html?: string;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  actions?: { items?: ActionOption[]; classes?: string; attributes?: AttributesOption };
}

const action = (option: ActionOption): PanelAction => ({
  text: option.text,
  href: option.href,
  type: option.type,
  className: option.classes,
  attributes: attributeProps(option.attributes),
});

describeFixtures<Options>('panel', (options) => (
  <Panel
    title={content(options.titleText, options.titleHtml)}
    headingLevel={options.headingLevel}
    className={options.classes}
    actions={
      options.actions && {
        items: options.actions.items?.map(action),
        className: options.actions.classes,
        attributes: attributeProps(options.actions.attributes),
      }
    }
    {...attributeProps(options.attributes)}
  >
    {content(options.text, options.html)}
  </Panel>
));
