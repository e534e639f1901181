import type { GraphqlContext } from '@boards/api/graphql';
import { PERSON_BY_ID, type PersonViewModel, type PersonViewService } from '@boards/api/people';
import { DomainError } from '@boards/domain';
import { prefetchMeetingPeople } from './meeting-people';

/**
 * A person on a meeting's records as the one asking may see them, as things stood on `on`:
 * through the public-display rule (consent applied, as it stands `today`, the clock's London
 * day), batched per request. With `pageOf`, the people of that meeting's page are read first,
 * all together (see prefetchMeetingPeople).
 */
export async function personView(
  views: PersonViewService,
  context: Pick<GraphqlContext, 'viewer' | 'loaders'>,
  personId: string,
  on: string,
  today: string,
  pageOf?: string | null,
): Promise<PersonViewModel> {
  if (pageOf) await prefetchMeetingPeople(context, pageOf);
  const person = await context.loaders.get(PERSON_BY_ID).load(personId);
  if (!person) throw new DomainError('NOT_FOUND', 'There is no such person');
  return views.view(context.viewer, person, on, today, context.loaders);
}
