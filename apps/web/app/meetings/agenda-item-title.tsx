import { Tag } from '@boards/web/ui-govuk';

/**
 * An agenda item's title as a table cell shows it: marked if private, with who leads it (as the
 * API shows them to the one asking: a person through the public-display rule).
 */
export function AgendaItemTitle({
  item,
  withDescription = false,
}: {
  readonly item: {
    readonly title: string;
    readonly isPublic: boolean;
    readonly presenter?: { readonly name: string } | null;
    readonly description?: string | null;
  };
  readonly withDescription?: boolean;
}) {
  return (
    <>
      {item.title}
      {item.isPublic ? null : (
        <>
          {' '}
          <Tag colour="grey">Private</Tag>
        </>
      )}
      {item.presenter ? (
        <>
          <br />
          <span className="govuk-body-s">Led by {item.presenter.name}</span>
        </>
      ) : null}
      {withDescription && item.description ? (
        <>
          <br />
          <span className="govuk-body-s">{item.description}</span>
        </>
      ) : null}
    </>
  );
}
