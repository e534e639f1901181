import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Access,
  Clock,
  isStaff,
  Loaders,
  LocalDateScalar,
  type GraphqlContext,
  type RequestLoaders,
} from '@boards/api/graphql';
import { AuditActor, type Actor } from '@boards/api/audit';
import { BODY_BY_ID, BodyModel } from '@boards/api/bodies';
import {
  DomainError,
  inForcePeriod,
  publicHistory,
  versionInForce,
  versionStanding,
} from '@boards/domain';
import {
  DraftRefArgs,
  TermsOfReferenceComparisonArgs,
  TermsOfReferenceDraftInput,
  TermsOfReferenceOnArgs,
} from './terms-of-reference.input';
import {
  TermsOfReferenceComparisonModel,
  TermsOfReferenceModel,
  TermsOfReferenceStanding,
} from './terms-of-reference.model';
import { compareVersions } from './terms-of-reference-comparison';
import {
  TERMS_OF_REFERENCE_DRAFT,
  TERMS_OF_REFERENCE_VERSIONS,
  TermsOfReferenceService,
} from './terms-of-reference.service';

/** A body's terms of reference: the version in force, the history, and (for staff) the draft. */
@Resolver(() => BodyModel)
export class BodyTermsOfReferenceResolver {
  constructor(private readonly clock: Clock) {}

  @ResolveField(() => TermsOfReferenceModel, {
    nullable: true,
    description:
      'The version of the terms of reference in force on a day (today if left out); null before the first came into force',
  })
  async termsOfReference(
    @Parent() body: BodyModel,
    @Args() { on }: TermsOfReferenceOnArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TermsOfReferenceModel | null> {
    const versions = await loaders.get(TERMS_OF_REFERENCE_VERSIONS).load(body.id);
    return versionInForce(versions, on ?? this.clock.today());
  }

  @ResolveField(() => [TermsOfReferenceModel], {
    description:
      'Every published version of the terms of reference, the current one and those it superseded, newest first',
  })
  async termsOfReferenceHistory(
    @Parent() body: BodyModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TermsOfReferenceModel[]> {
    return publicHistory(await loaders.get(TERMS_OF_REFERENCE_VERSIONS).load(body.id));
  }

  @ResolveField(() => TermsOfReferenceModel, {
    nullable: true,
    description: 'The draft of the next version, if one has been started (secretariat only)',
  })
  async termsOfReferenceDraft(
    @Parent() body: BodyModel,
    @Context() { viewer, loaders }: GraphqlContext,
  ): Promise<TermsOfReferenceModel | null> {
    if (!isStaff(viewer)) {
      throw new DomainError(
        'FORBIDDEN',
        'Only the secretariat can see drafts of terms of reference',
      );
    }
    return loaders.get(TERMS_OF_REFERENCE_DRAFT).load(body.id);
  }

  @ResolveField(() => TermsOfReferenceComparisonModel, {
    nullable: true,
    description:
      'What changed between two versions, by number: any published ones, and for the secretariat the draft too. Left out, the newest published version against the one before it (null when there is only one)',
  })
  async termsOfReferenceComparison(
    @Parent() body: BodyModel,
    @Args() { from, to }: TermsOfReferenceComparisonArgs,
    @Context() { viewer, loaders }: GraphqlContext,
  ): Promise<TermsOfReferenceComparisonModel | null> {
    const published = await loaders.get(TERMS_OF_REFERENCE_VERSIONS).load(body.id);
    const given = (value: number | null | undefined): value is number =>
      value !== null && value !== undefined;
    if (!given(from) && !given(to)) {
      const [newest, previous] = published;
      return newest && previous ? compareVersions(previous, newest) : null;
    }
    if (!given(from) || !given(to)) {
      throw new DomainError('BAD_USER_INPUT', 'Give the numbers of both versions, or neither', {
        field: given(from) ? 'to' : 'from',
      });
    }
    const find = async (number: number) => {
      const found = published.find((version) => version.number === number);
      if (found) return found;
      // Drafts are the secretariat's business: to anyone else there is no such version.
      const draft = isStaff(viewer)
        ? await loaders.get(TERMS_OF_REFERENCE_DRAFT).load(body.id)
        : null;
      if (draft?.number === number) return draft;
      throw new DomainError(
        'NOT_FOUND',
        `There is no version ${number} of the ${body.name}’s terms of reference`,
      );
    };
    return compareVersions(await find(from), await find(to));
  }
}

/** The secretariat's steps: start a draft, save it, discard it, publish it. */
@Resolver(() => TermsOfReferenceModel)
export class TermsOfReferenceResolver {
  constructor(
    private readonly service: TermsOfReferenceService,
    private readonly clock: Clock,
  ) {}

  @Access('STAFF')
  @Mutation(() => TermsOfReferenceModel, {
    description:
      'Starts the draft of a body’s next terms of reference, as a copy of the published version (secretariat only). CONFLICT when there is a draft already (details.draftId names it)',
  })
  startTermsOfReferenceDraft(
    @Args('bodyId', { type: () => ID }) bodyId: string,
    @AuditActor() actor: Actor,
  ): Promise<TermsOfReferenceModel> {
    return this.service.startDraft(bodyId, actor);
  }

  @Access('STAFF')
  @Mutation(() => TermsOfReferenceModel, {
    description:
      'Saves the draft (secretariat only). CONFLICT when someone saved it after expectedVersion; INVALID_TRANSITION when it is no longer a draft. Either way nothing changes',
  })
  saveTermsOfReferenceDraft(
    @Args() { id, expectedVersion }: DraftRefArgs,
    @Args('input') input: TermsOfReferenceDraftInput,
    @AuditActor() actor: Actor,
  ): Promise<TermsOfReferenceModel> {
    return this.service.saveDraft(id, expectedVersion, input, actor);
  }

  @Access('STAFF')
  @Mutation(() => Boolean, {
    description:
      'Throws the draft away (secretariat only). Published versions cannot be: INVALID_TRANSITION',
  })
  async discardTermsOfReferenceDraft(
    @Args() { id, expectedVersion }: DraftRefArgs,
    @AuditActor() actor: Actor,
  ): Promise<boolean> {
    await this.service.discardDraft(id, expectedVersion, actor);
    return true;
  }

  @Access('STAFF')
  @Mutation(() => TermsOfReferenceModel, {
    description:
      'Publishes the draft, to come into force on effectiveFrom, and supersedes the version published before it, in one step (secretariat only). It never changes again',
  })
  publishTermsOfReference(
    @Args() { id, expectedVersion }: DraftRefArgs,
    @Args('effectiveFrom', { type: () => LocalDateScalar }) effectiveFrom: string,
    @AuditActor() actor: Actor,
  ): Promise<TermsOfReferenceModel> {
    return this.service.publish(id, expectedVersion, effectiveFrom, actor);
  }

  @ResolveField(() => TermsOfReferenceStanding, {
    description:
      'Where this version stands on a day (today if left out): CURRENT when it is the version in force, FUTURE before it comes into force, PAST once a later one has, DRAFT while unpublished',
  })
  async standing(
    @Parent() version: TermsOfReferenceModel,
    @Args() { on }: TermsOfReferenceOnArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TermsOfReferenceStanding> {
    if (version.status === 'DRAFT') return TermsOfReferenceStanding.DRAFT;
    const versions = await loaders.get(TERMS_OF_REFERENCE_VERSIONS).load(version.bodyId);
    return TermsOfReferenceStanding[versionStanding(version, versions, on ?? this.clock.today())];
  }

  @ResolveField(() => LocalDateScalar, {
    nullable: true,
    description:
      'The last day this version is (or was) in force: the day before the next version comes into force; null while none is published after it, and for a draft',
  })
  async inForceTo(
    @Parent() version: TermsOfReferenceModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string | null> {
    if (version.status === 'DRAFT') return null;
    const versions = await loaders.get(TERMS_OF_REFERENCE_VERSIONS).load(version.bodyId);
    return inForcePeriod(version, versions)?.to ?? null;
  }

  @ResolveField(() => BodyModel, { description: 'The body these are the terms of reference of' })
  async body(
    @Parent() version: TermsOfReferenceModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<BodyModel> {
    const body = await loaders.get(BODY_BY_ID).load(version.bodyId);
    if (!body) throw new DomainError('NOT_FOUND', 'There is no such body');
    return body;
  }
}
