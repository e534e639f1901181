import { OPEN_DATA_FILES, OPEN_DATA_LICENCE } from '@boards/shared/contracts';
import type { MetaFunction } from '@remix-run/node';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';

const TITLE = 'Open data';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction = () => [{ title: pageTitle(TITLE) }];

/**
 * The open-data files, each with what it holds and its format, and the licence they are under.
 * Plain links: nothing here needs JavaScript.
 */
export default function OpenData() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          You can download what this portal publishes about its boards and groups, to read, reuse or
          build on. The files are updated as things change and say the day they are correct on.
        </p>
        <p className="govuk-body">
          People appear only as they chose to be shown to the public: by their full name, by their
          first name and the initial of their surname, or as “A member” without a name. People who
          chose not to be shown are left out. The files never hold anyone’s contact details or
          anything about their experience of care.
        </p>
        <h2 className="govuk-heading-m">Files</h2>
        <dl className="govuk-summary-list">
          {OPEN_DATA_FILES.map((entry) => (
            <div className="govuk-summary-list__row" key={entry.file}>
              <dt className="govuk-summary-list__key">
                <a className="govuk-link" href={`/open-data/${entry.file}`} download={entry.file}>
                  {entry.title}
                  <span className="govuk-visually-hidden"> ({entry.format})</span>
                </a>
              </dt>
              <dd className="govuk-summary-list__value">
                <p className="govuk-body">{entry.description}</p>
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  Format: {entry.format}. File name: {entry.file}
                </p>
              </dd>
            </div>
          ))}
        </dl>
        <h2 className="govuk-heading-m">Licence</h2>
        <p className="govuk-body">
          All content is available under the{' '}
          <a className="govuk-link" href={OPEN_DATA_LICENCE.url} rel="license">
            {OPEN_DATA_LICENCE.name}
          </a>
          , except where otherwise stated.
        </p>
        <p className="govuk-body">
          Developers can also fetch the files straight from the portal’s API at the same addresses,
          from any website.
        </p>
      </div>
    </div>
  );
}
