import type { RequestLoaders, RequestViewer } from '@boards/api/graphql';
import {
  CONSENT_HISTORY,
  PersonVisibility,
  type PersonViewModel,
  type PersonViewService,
} from '@boards/api/people';
import type { MemberRow } from './memberships.service';

/** A membership to show, and the day whose consent it is shown by. */
export interface MemberToShow {
  row: MemberRow;
  shownAsOf: string;
}

/**
 * Each membership's person as `viewer` may see them as things stood on its `shownAsOf` day,
 * shown `today`, through the public-display rule; people who chose not to be shown to this
 * viewer are left out, with their memberships. The one place the members lists (GraphQL and
 * open data) apply the rule.
 */
export async function viewMembers<T extends MemberToShow>(
  personViews: PersonViewService,
  members: readonly T[],
  { viewer, loaders }: { viewer: RequestViewer; loaders: RequestLoaders },
  today: string,
): Promise<{ entry: T; person: PersonViewModel }[]> {
  const consents = loaders.get(CONSENT_HISTORY);
  for (const { row } of members) consents.prime(row.person.id, row.consents);
  const viewed = await Promise.all(
    members.map(async (entry) => ({
      entry,
      person: await personViews.view(viewer, entry.row.person, entry.shownAsOf, today, loaders),
    })),
  );
  return viewed.filter(({ person }) => person.visibility !== PersonVisibility.HIDDEN);
}
