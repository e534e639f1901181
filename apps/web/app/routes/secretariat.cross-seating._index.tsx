import { CrossSeatingDashboardDocument } from '@boards/web/api-client';
import { Button, DateInput, SummaryList, Table, Tag } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { dateInputError, dateInputItems } from '../date-fields';
import { formatLocalDate } from '../dates';
import type { FieldError } from '../form-state';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { bodyPath } from '../secretariat/body-breadcrumbs';
import { SECRETARIAT_BREADCRUMBS } from '../secretariat/breadcrumbs';
import {
  COMPLIANCE_STATUS,
  complianceSentence,
  periodEndText,
  ruleHistoryLines,
  seatsRequiredText,
  theBody,
} from '../secretariat/membership-display';
import { RANGE_FROM, RANGE_TO, readRangeFilter } from '../secretariat/range-filter';

const PATH = '/secretariat/cross-seating';

export const handle: RouteHandle = { breadcrumbs: SECRETARIAT_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.errors.length ? 'Error: Cross-seating' : 'Cross-seating') },
];

/**
 * Every cross-seat rule: whether it is met today, by whom, since when, and the spans of days it
 * was not met within the range asked for (a GET form, so it works without JavaScript and the
 * address can be shared).
 */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const filter = readRangeFilter(new URL(args.request.url).searchParams);
  const errors: FieldError[] = [...filter.errors];
  const range = filter.range ?? { from: null, to: null };
  let outcome = await apiAttempt(args, ['BAD_USER_INPUT'], CrossSeatingDashboardDocument, range);
  if (!outcome.ok) {
    errors.push(
      ...fieldErrorsFromApi(
        outcome.error,
        { from: `${RANGE_FROM}-day`, to: `${RANGE_TO}-day` },
        `${RANGE_FROM}-day`,
      ),
    );
    // The rules and today's status are still worth showing: without the range.
    outcome = await apiAttempt(args, [], CrossSeatingDashboardDocument, { from: null, to: null });
  }
  if (!outcome.ok) throw new Response(null, { status: 500 });
  const { bodies, crossSeatRules } = outcome.data;
  const rules = crossSeatRules.map((rule) => {
    const target = bodies.find((body) => body.id === rule.targetBody.id);
    return {
      ...rule,
      today: target?.crossSeatCompliance.find((c) => c.rule.id === rule.id) ?? null,
      periods: target?.crossSeatTimeline.filter((period) => period.rule.id === rule.id) ?? [],
      // The versions still to come, as the API says on its day.
      changesDue: ruleHistoryLines(rule.history).filter((line) => line.due),
    };
  });
  return {
    rules,
    values: filter.values,
    errors,
    range: errors.length ? { from: null, to: null } : range,
  };
}

function rangeText(range: { readonly from: string | null; readonly to: string | null }): string {
  if (range.from && range.to) {
    return `from ${formatLocalDate(range.from)} to ${formatLocalDate(range.to)}`;
  }
  if (range.from) return `from ${formatLocalDate(range.from)}`;
  if (range.to) return `up to ${formatLocalDate(range.to)}`;
  return 'since the body was established';
}

export default function CrossSeating() {
  const { rules, values, errors, range } = useLoaderData<typeof loader>();
  const from = dateInputError(errors, RANGE_FROM);
  const to = dateInputError(errors, RANGE_TO);
  const filtered = Object.keys(values).length > 0;
  return (
    <>
      <FormErrorSummary errors={errors} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Secretariat</span>
          <h1 className="govuk-heading-l">Cross-seating</h1>
          <p className="govuk-body">
            Members of one body sit on another in cross-seats. Each rule says how many seats a body
            must have for members of another. Fewer is a vacancy; more is over the rule.
          </p>
          <form method="get" action={PATH} noValidate>
            <h2 className="govuk-heading-m">When the rules were not met</h2>
            <p className="govuk-body">Choose the days to show. Leave both blank for all time.</p>
            <DateInput
              id={RANGE_FROM}
              namePrefix={RANGE_FROM}
              fieldset={{ legend: { text: 'From', className: 'govuk-fieldset__legend--s' } }}
              hint="The first day to include, for example 1 1 2026"
              items={dateInputItems(RANGE_FROM, values, from.parts)}
              errorMessage={from.message}
            />
            <DateInput
              id={RANGE_TO}
              namePrefix={RANGE_TO}
              fieldset={{ legend: { text: 'To', className: 'govuk-fieldset__legend--s' } }}
              hint="The last day to include, for example 31 12 2026"
              items={dateInputItems(RANGE_TO, values, to.parts)}
              errorMessage={to.message}
            />
            <div className="govuk-button-group">
              <Button className="govuk-button--secondary">Show</Button>
              {filtered ? (
                <a className="govuk-link" href={PATH}>
                  Show all time
                </a>
              ) : null}
            </div>
          </form>
        </div>
      </div>

      {rules.length === 0 ? <p className="govuk-body">There are no cross-seat rules.</p> : null}
      {rules.map((rule) => {
        const status = rule.today ? COMPLIANCE_STATUS[rule.today.status] : null;
        const headingId = `rule-${rule.id}`;
        const due = rule.changesDue;
        return (
          <section key={rule.id} aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m" id={headingId}>
              <span className="govuk-visually-hidden">
                {`${rule.targetBody.name}: seats for members of ${theBody(rule.fromBody.name)}`}
              </span>
              <span aria-hidden="true">
                {rule.targetBody.name} ← {rule.fromBody.name}
              </span>
            </h2>
            <SummaryList
              rows={[
                {
                  key: 'Rule',
                  value: `${seatsRequiredText(rule)} on ${theBody(rule.targetBody.name)} for members of ${theBody(rule.fromBody.name)}`,
                  actions: [
                    {
                      href: `${PATH}/rules/${encodeURIComponent(rule.id)}`,
                      text: 'Change',
                      visuallyHiddenText: `the number of seats on ${theBody(rule.targetBody.name)} for members of ${theBody(rule.fromBody.name)}`,
                    },
                  ],
                },
                ...(due.length
                  ? [
                      {
                        key: 'Changes due',
                        value: (
                          <ul className="govuk-list govuk-!-margin-bottom-0">
                            {due.map((line) => (
                              <li key={line.effectiveFrom}>
                                From {formatLocalDate(line.effectiveFrom)}: {line.text}
                              </li>
                            ))}
                          </ul>
                        ),
                      },
                    ]
                  : []),
                {
                  key: 'Today',
                  value:
                    rule.today && status ? (
                      <>
                        <Tag colour={status.colour}>{status.label}</Tag>{' '}
                        {complianceSentence({ ...rule.today, rule })}
                      </>
                    ) : (
                      'Not known'
                    ),
                },
                {
                  key: 'Held by',
                  value: rule.today?.holders.length ? (
                    <ul className="govuk-list govuk-!-margin-bottom-0">
                      {rule.today.holders.map((holder, index) => (
                        <li key={holder.person.id ?? index}>
                          {holder.person.displayName ?? 'Someone not shown'}, since{' '}
                          {formatLocalDate(holder.startsOn)}
                          {holder.endsOn ? ` (until ${formatLocalDate(holder.endsOn)})` : ''}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    'Nobody'
                  ),
                },
              ]}
            />
            <p className="govuk-body">
              <a className="govuk-link" href={bodyPath(rule.targetBody.slug, 'members')}>
                Members of {theBody(rule.targetBody.name)}
              </a>
            </p>
            {rule.periods.length ? (
              <Table
                caption={`When the rule was not met, ${rangeText(range)}`}
                captionClassName="govuk-table__caption--s"
                head={[
                  { text: 'Status' },
                  { text: 'From' },
                  { text: 'To' },
                  { text: 'Seats asked for' },
                  { text: 'Seats held', format: 'numeric' },
                ]}
                rows={rule.periods.map((period) => {
                  const periodStatus = COMPLIANCE_STATUS[period.status];
                  return [
                    { text: <Tag colour={periodStatus.colour}>{periodStatus.label}</Tag> },
                    { text: formatLocalDate(period.from) },
                    { text: periodEndText(period.to) },
                    { text: seatsRequiredText(period.rule) },
                    { text: String(period.held), format: 'numeric' },
                  ];
                })}
              />
            ) : (
              <p className="govuk-body">The rule was met every day {rangeText(range)}.</p>
            )}
          </section>
        );
      })}
    </>
  );
}
