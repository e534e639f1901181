/** GOV.UK "Page not found" page content, for a 404. */
export function PageNotFound() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">
          If you pasted the web address, check you copied the entire address.
        </p>
        <p className="govuk-body">
          You can{' '}
          <a className="govuk-link" href="/">
            see all the boards and groups
          </a>
          .
        </p>
      </div>
    </div>
  );
}

/** For a 403: the person is signed in but may not see the page. */
export function Forbidden() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{FORBIDDEN_TITLE}</h1>
        <p className="govuk-body">
          If you think you should be able to see it, contact the secretariat.
        </p>
        <p className="govuk-body">
          You can{' '}
          <a className="govuk-link" href="/">
            see all the boards and groups
          </a>
          .
        </p>
      </div>
    </div>
  );
}

/** GOV.UK "There is a problem with the service" page content, for any other error. */
export function ServiceProblem() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">Try again later.</p>
      </div>
    </div>
  );
}

export const PAGE_NOT_FOUND_TITLE = 'Page not found';
export const FORBIDDEN_TITLE = 'You do not have permission to see this page';
export const SERVICE_PROBLEM_TITLE = 'Sorry, there is a problem with the service';
