import { anonymousLabel } from '@boards/domain';
import { MEMBERSHIP_ROLE_LABELS, MEMBERSHIP_ROLES } from '@boards/shared/contracts';
import type { OpenDataMeta } from './open-data-licence';
import type { PublishedBody, PublishedMembership } from './published-membership';

/**
 * The Popolo document (https://www.popoloproject.com/specs/): the bodies as organizations, the
 * people as the public may see them, a post for each role (and cross-seat) held, and every
 * membership past and present. Property names are Popolo's.
 */
export interface PopoloDocument {
  meta: OpenDataMeta;
  organizations: PopoloOrganization[];
  persons: PopoloPerson[];
  posts: PopoloPost[];
  memberships: PopoloMembership[];
}

export interface PopoloOrganization {
  id: string;
  name: string;
  classification: 'board' | 'group';
  founding_date: string;
  dissolution_date?: string;
}

/** A person: only an id and the name they chose to be shown by ('A member' when not named). */
export interface PopoloPerson {
  id: string;
  name: string;
}

export interface PopoloPost {
  id: string;
  label: string;
  role: string;
  organization_id: string;
}

export interface PopoloMembership {
  id: string;
  person_id: string;
  organization_id: string;
  post_id: string;
  role: string;
  label: string;
  start_date: string;
  end_date?: string;
  /** For a cross-seat: the organization the person sits for. */
  on_behalf_of_id?: string;
}

const ROLE_ORDER = new Map<string, number>(MEMBERSHIP_ROLES.map((role, index) => [role, index]));

/** A post: one role on one body, a cross-seat being a post of its own for each body it comes from. */
function postOf(membership: PublishedMembership, names: ReadonlyMap<string, string>): PopoloPost {
  const role = MEMBERSHIP_ROLE_LABELS[membership.role];
  const body = names.get(membership.bodySlug) ?? membership.bodySlug;
  const roleSlug = membership.role.toLowerCase().replace(/_/g, '-');
  if (membership.fromBodySlug !== null) {
    const from = names.get(membership.fromBodySlug) ?? membership.fromBodySlug;
    return {
      id: `${membership.bodySlug}/cross-seat-from-${membership.fromBodySlug}/${roleSlug}`,
      label: `${role}, ${body} (cross-seat from the ${from})`,
      role,
      organization_id: membership.bodySlug,
    };
  }
  return {
    id: `${membership.bodySlug}/${roleSlug}`,
    label: `${role}, ${body}`,
    role,
    organization_id: membership.bodySlug,
  };
}

/** Bodies in the order given, then first day, then role (chair first), then id. */
function inOrder(bodies: readonly PublishedBody[]) {
  const bodyOrder = new Map(bodies.map((body, index) => [body.slug, index]));
  return (a: PublishedMembership, b: PublishedMembership) =>
    (bodyOrder.get(a.bodySlug) ?? 0) - (bodyOrder.get(b.bodySlug) ?? 0) ||
    a.startsOn.localeCompare(b.startsOn) ||
    (ROLE_ORDER.get(a.role) ?? 0) - (ROLE_ORDER.get(b.role) ?? 0) ||
    a.id.localeCompare(b.id);
}

/** Memberships in the order every open-data file lists them. */
export function sortMemberships(
  bodies: readonly PublishedBody[],
  memberships: readonly PublishedMembership[],
): PublishedMembership[] {
  return [...memberships].sort(inOrder(bodies));
}

export function toPopolo(
  meta: OpenDataMeta,
  bodies: readonly PublishedBody[],
  memberships: readonly PublishedMembership[],
): PopoloDocument {
  const names = new Map(bodies.map((body) => [body.slug, body.name]));
  const persons = new Map<string, PopoloPerson & { named: boolean }>();
  const posts = new Map<string, PopoloPost>();
  const popoloMemberships = sortMemberships(bodies, memberships).map((membership) => {
    const person = membership.person;
    persons.set(person.id, {
      id: person.id,
      name: person.visibility === 'NAMED' ? person.name : anonymousLabel(false),
      named: person.visibility === 'NAMED',
    });
    const post = postOf(membership, names);
    posts.set(post.id, post);
    return {
      id: membership.id,
      person_id: person.id,
      organization_id: membership.bodySlug,
      post_id: post.id,
      role: post.role,
      label: post.label,
      start_date: membership.startsOn,
      ...(membership.endsOn !== null ? { end_date: membership.endsOn } : {}),
      ...(membership.fromBodySlug !== null ? { on_behalf_of_id: membership.fromBodySlug } : {}),
    };
  });
  return {
    meta,
    organizations: bodies.map((body) => ({
      id: body.slug,
      name: body.name,
      classification: body.kind === 'BOARD' ? 'board' : 'group',
      founding_date: body.establishedOn,
      ...(body.dissolvedOn !== null ? { dissolution_date: body.dissolvedOn } : {}),
    })),
    // Named people by name; those not named (one entry a membership) after them, by id.
    persons: [...persons.values()]
      .sort(
        (a, b) =>
          Number(b.named) - Number(a.named) ||
          a.name.localeCompare(b.name, 'en-GB') ||
          a.id.localeCompare(b.id),
      )
      .map(({ id, name }) => ({ id, name })),
    posts: [...posts.values()].sort((a, b) => a.id.localeCompare(b.id)),
    memberships: popoloMemberships,
  };
}
