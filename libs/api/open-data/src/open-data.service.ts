import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { graphql } from 'graphql';
import { BodiesService } from '@boards/api/bodies';
import { ANONYMOUS, Clock, DataLoaderFactory, type GraphqlContext } from '@boards/api/graphql';
import { MEMBERSHIPS_OF_BODY, viewMembers, type MemberRow } from '@boards/api/memberships';
import { PersonViewService } from '@boards/api/people';
import { BODY_FEED_QUERY, bodyFeedAtom, bodyFeedEntries, type BodyFeedAnswer } from './body-feed';
import { openDataMeta } from './open-data-licence';
import { membershipsCsv, membershipsCsvRecords } from './memberships-csv';
import { toPopolo, type PopoloDocument } from './popolo';
import {
  decisionsFile,
  minutesFile,
  MINUTES_AND_DECISIONS_QUERY,
  TERMS_OF_REFERENCE_QUERY,
  termsOfReferenceFile,
  type MinutesAndDecisionsAnswer,
  type TermsOfReferenceAnswer,
} from './public-records';
import {
  opaqueId,
  shownAsOf,
  type PublishedBody,
  type PublishedMembership,
} from './published-membership';

const DISPLAY_RULE =
  'People appear as they chose to be shown to the public, as of the day each membership is shown by (today while it lasts, its last day once it has ended): by full name, by first name and the initial of their surname, or not named (“A member”, with an id that belongs to that one membership); people who chose not to be shown are left out with their memberships.';

/**
 * Open data: what anyone may see, and nothing more, whoever asks. Everything is read as the
 * public: the memberships through the same display rule as the public members lists, the terms
 * of reference, minutes and decisions by running the public's GraphQL queries as the public.
 */
export const OPEN_DATA_OPTIONS = Symbol('OpenDataOptions');

export interface OpenDataOptions {
  /** Where the web app is, for links in feeds (its pages), e.g. https://boards.example.org. */
  readonly webOrigin: string;
}

@Injectable()
export class OpenDataService {
  constructor(
    @Inject(OPEN_DATA_OPTIONS) private readonly options: OpenDataOptions,
    private readonly bodies: BodiesService,
    private readonly loaders: DataLoaderFactory,
    private readonly personViews: PersonViewService,
    private readonly moduleRef: ModuleRef,
    private readonly clock: Clock,
  ) {}

  /** Every body, and every membership past and present as the public may see it, on `today`. */
  async memberships(
    today: string,
  ): Promise<{ bodies: PublishedBody[]; memberships: PublishedMembership[] }> {
    const bodies = await this.bodies.list();
    const loaders = this.loaders.forRequest();
    const rows = (await loaders.get(MEMBERSHIPS_OF_BODY).loadMany(bodies.map((b) => b.id))).flatMap(
      (result) => {
        if (result instanceof Error) throw result;
        return result;
      },
    );
    const slugs = new Map(bodies.map((body) => [body.id, body.slug]));
    const toShow = rows.flatMap((row: MemberRow) => {
      const day = shownAsOf(row.membership, today);
      return day === null ? [] : [{ row, shownAsOf: day }];
    });
    const viewed = await viewMembers(
      this.personViews,
      toShow,
      { viewer: ANONYMOUS, loaders },
      today,
    );
    return {
      bodies: bodies.map((body) => ({
        slug: body.slug,
        name: body.name,
        kind: body.kind,
        establishedOn: body.establishedOn,
        dissolvedOn: body.dissolvedOn,
      })),
      memberships: viewed.map(({ entry: { row }, person }) => {
        const { membership } = row;
        return {
          id: opaqueId('membership', membership.id),
          bodySlug: slugs.get(membership.bodyId) as string,
          role: membership.role,
          seat: membership.seat,
          fromBodySlug:
            membership.fromBodyId === null ? null : (slugs.get(membership.fromBodyId) as string),
          startsOn: membership.startsOn,
          endsOn: membership.endsOn,
          person:
            person.visibility === 'NAMED' && person.id !== null && person.displayName !== null
              ? { visibility: 'NAMED', id: person.id, name: person.displayName }
              : { visibility: 'ANONYMOUS', id: opaqueId('person', membership.id) },
        };
      }),
    };
  }

  async popolo(today = this.clock.today()): Promise<PopoloDocument> {
    const { bodies, memberships } = await this.memberships(today);
    return toPopolo(
      openDataMeta(
        'Members of the boards and groups',
        `Every body, and every membership past and present, in Popolo (https://www.popoloproject.com/specs/). ${DISPLAY_RULE}`,
        today,
      ),
      bodies,
      memberships,
    );
  }

  async membershipsCsv(today = this.clock.today()): Promise<string> {
    const { bodies, memberships } = await this.memberships(today);
    return membershipsCsv(membershipsCsvRecords(bodies, memberships));
  }

  async termsOfReference(today = this.clock.today()) {
    return termsOfReferenceFile(
      openDataMeta(
        'Terms of reference',
        'Every published version of each body’s terms of reference, newest first, with the day each came (or comes) into force, and the version in force today.',
        today,
      ),
      await this.asThePublic<TermsOfReferenceAnswer>(TERMS_OF_REFERENCE_QUERY),
    );
  }

  async minutes(today = this.clock.today()) {
    return minutesFile(
      openDataMeta(
        'Published minutes',
        'The public version of every meeting’s published minutes, newest meeting first: the opening part and the notes of public agenda items (what was said under private items is left out).',
        today,
      ),
      await this.asThePublic<MinutesAndDecisionsAnswer>(MINUTES_AND_DECISIONS_QUERY),
    );
  }

  async decisions(today = this.clock.today()) {
    return decisionsFile(
      openDataMeta(
        'Decisions',
        'The decisions in published minutes, newest meeting first: those on public agenda items and on the meeting as a whole.',
        today,
      ),
      await this.asThePublic<MinutesAndDecisionsAnswer>(MINUTES_AND_DECISIONS_QUERY),
    );
  }

  /**
   * A body's Atom feed of published minutes, decisions and public papers, as the public sees
   * them; null if there is no such body. Its addresses are the web app's, which serves the feed
   * too.
   */
  async bodyFeed(slug: string): Promise<string | null> {
    const { body } = await this.asThePublic<BodyFeedAnswer>(BODY_FEED_QUERY, { slug });
    if (!body) return null;
    const web = this.options.webOrigin.replace(/\/+$/, '');
    const page = `${web}/bodies/${encodeURIComponent(body.slug)}`;
    const entries = bodyFeedEntries(body, web, new URL(web).hostname);
    const self = `${web}/feeds/bodies/${encodeURIComponent(body.slug)}.atom`;
    return bodyFeedAtom(body, entries, { self, page, id: page });
  }

  /**
   * Runs a query against the API's own schema as someone not signed in, with loaders of its
   * own: the answer is the public's by construction, whoever asked for the file.
   */
  private async asThePublic<T>(
    source: string,
    variableValues: Record<string, unknown> = {},
  ): Promise<T> {
    const { schema } = this.moduleRef.get(GraphQLSchemaHost, { strict: false });
    // The public's queries read nothing of the HTTP request or response.
    const contextValue: Pick<GraphqlContext, 'viewer' | 'loaders'> = {
      viewer: ANONYMOUS,
      loaders: this.loaders.forRequest(),
    };
    const result = await graphql({ schema, source, contextValue, variableValues });
    if (result.errors?.length || !result.data) {
      throw new Error(
        `The public query failed: ${result.errors?.map((e) => e.message).join('; ') ?? 'no data'}`,
      );
    }
    return result.data as T;
  }
}
