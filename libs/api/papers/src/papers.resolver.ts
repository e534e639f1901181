import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  Access,
  isStaff,
  Loaders,
  requireSignedIn,
  type GraphqlContext,
  type RequestLoaders,
} from '@boards/api/graphql';
import { actorOf, AuditActor, type Actor } from '@boards/api/audit';
import {
  AGENDA_OF_MEETING,
  AgendaItemModel,
  audienceOf,
  MEETING_BY_ID,
  MeetingModel,
} from '@boards/api/meetings';
import { PERSON_BY_ID, PersonModel, toPersonModel } from '@boards/api/people';
import { DomainError, type PaperAccessReason } from '@boards/domain';
import { NewPaperInput, PaperInput, PaperRefArgs, PaperWithdrawalInput } from './paper.input';
import { PaperFileModel, PaperModel } from './paper.model';
import {
  paperAccessFor,
  paperFileAccessFor,
  papersOpenTo,
  type AccessContext,
} from './paper-access';
import { PAPER_BY_ID, PAPERS_OF_MEETING, PapersService } from './papers.service';

/** Where a paper's file is downloaded from, on the API's port. */
export const paperDownloadPath = (id: string) => `/papers/${encodeURIComponent(id)}/file`;

/**
 * Why a paper may not be opened, without a word of what it is: never its title, never its
 * content note. The reason lets the web app offer to sign in.
 */
const REFUSALS: Partial<Record<PaperAccessReason, string>> = {
  NOT_SIGNED_IN: 'Sign in to open this paper',
  WITHDRAWN: 'This paper has been withdrawn by the secretariat, so it can no longer be downloaded',
  NOT_NAMED: 'Only the people named on this paper and the secretariat can open it',
};

export function paperRefusal(reason: PaperAccessReason): DomainError {
  const message =
    REFUSALS[reason] ??
    'Only members of the meeting’s bodies on the day of the meeting and the secretariat can open this paper';
  return new DomainError('FORBIDDEN', message, { reason });
}

async function meetingOf(context: AccessContext, paper: PaperModel): Promise<MeetingModel> {
  const meeting = await context.loaders.get(MEETING_BY_ID).load(paper.meetingId);
  if (!meeting) throw new Error(`Paper ${paper.id} has no meeting`);
  return meeting;
}

/** The other papers of a paper's meeting that match, and that the one asking may open. */
async function relatedPapers(
  context: AccessContext,
  paper: PaperModel,
  matches: (other: PaperModel) => boolean,
): Promise<PaperModel[]> {
  const [meeting, papers] = await Promise.all([
    meetingOf(context, paper),
    context.loaders.get(PAPERS_OF_MEETING).load(paper.meetingId),
  ]);
  return papersOpenTo(context, meeting, papers.filter(matches));
}

/** Papers: what anyone may open, and the secretariat's steps. Files go through PaperFileController. */
@Resolver(() => PaperModel)
export class PapersResolver {
  constructor(private readonly service: PapersService) {}

  @Access('PUBLIC')
  @Query(() => PaperModel, {
    nullable: true,
    description:
      'A paper by id: null if there is none; FORBIDDEN (saying nothing of the paper) if you may not open it',
  })
  async paper(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphqlContext,
  ): Promise<PaperModel | null> {
    const paper = await context.loaders.get(PAPER_BY_ID).load(id);
    if (!paper) return null;
    const access = await paperAccessFor(context, await meetingOf(context, paper), paper);
    if (!access.allowed) throw paperRefusal(access.reason);
    return paper;
  }

  @ResolveField(() => MeetingModel)
  meeting(@Parent() paper: PaperModel, @Context() context: GraphqlContext): Promise<MeetingModel> {
    return meetingOf(context, paper);
  }

  @ResolveField(() => AgendaItemModel, {
    nullable: true,
    description: 'The agenda item it is for, if any (null to the public for a private item)',
  })
  async agendaItem(
    @Parent() paper: PaperModel,
    @Context() context: GraphqlContext,
  ): Promise<AgendaItemModel | null> {
    if (paper.agendaItemId === null) return null;
    const meeting = await meetingOf(context, paper);
    const agenda = await context.loaders.get(AGENDA_OF_MEETING).load(paper.meetingId);
    const item = agenda.find((entry) => entry.id === paper.agendaItemId);
    if (!item) return null;
    if (!item.isPublic && (await audienceOf(context, meeting)) === 'PUBLIC') return null;
    return item;
  }

  @ResolveField(() => PaperModel, {
    nullable: true,
    description: 'The paper this is an easy read version of (null if you may not open it)',
  })
  async easyReadOf(
    @Parent() paper: PaperModel,
    @Context() context: GraphqlContext,
  ): Promise<PaperModel | null> {
    if (paper.easyReadOfId === null) return null;
    const [original] = await relatedPapers(context, paper, (p) => p.id === paper.easyReadOfId);
    return original ?? null;
  }

  @ResolveField(() => [PaperModel], {
    description: 'Easy read versions of this paper that you may open',
  })
  easyReadVersions(
    @Parent() paper: PaperModel,
    @Context() context: GraphqlContext,
  ): Promise<PaperModel[]> {
    return relatedPapers(context, paper, (p) => p.easyReadOfId === paper.id);
  }

  @ResolveField(() => PaperModel, {
    nullable: true,
    description: 'The paper this replaces (null if you may not open it)',
  })
  async supersedes(
    @Parent() paper: PaperModel,
    @Context() context: GraphqlContext,
  ): Promise<PaperModel | null> {
    if (paper.supersedesId === null) return null;
    const [replaced] = await relatedPapers(context, paper, (p) => p.id === paper.supersedesId);
    return replaced ?? null;
  }

  @ResolveField(() => PaperModel, {
    nullable: true,
    description: 'The paper that replaces this one (null if none, or if you may not open it)',
  })
  async supersededBy(
    @Parent() paper: PaperModel,
    @Context() context: GraphqlContext,
  ): Promise<PaperModel | null> {
    const [replacement] = await relatedPapers(context, paper, (p) => p.supersedesId === paper.id);
    return replacement ?? null;
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether another paper replaces this one (true even if you may not open the replacement)',
  })
  async isSuperseded(
    @Parent() paper: PaperModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<boolean> {
    const papers = await loaders.get(PAPERS_OF_MEETING).load(paper.meetingId);
    return papers.some((other) => other.supersedesId === paper.id);
  }

  @ResolveField(() => PaperFileModel, {
    nullable: true,
    description: 'The uploaded file; null until one is uploaded',
  })
  file(@Parent() paper: PaperModel): PaperFileModel | null {
    return paper.file;
  }

  @ResolveField(() => String, {
    description:
      'Where to download the file on the API (GET, with the session): 404 until a file is uploaded',
  })
  downloadPath(@Parent() paper: PaperModel): string {
    return paperDownloadPath(paper.id);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you may download its file now: false until a file is uploaded, and for a withdrawn paper to all but the secretariat',
  })
  async canDownload(
    @Parent() paper: PaperModel,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    if (!paper.file) return false;
    const access = await paperFileAccessFor(context, await meetingOf(context, paper), paper);
    return access.allowed;
  }

  @ResolveField(() => [PersonModel], {
    nullable: true,
    description: 'The people who may open a NAMED paper (empty for the others; secretariat only)',
  })
  async namedReaders(
    @Parent() paper: PaperModel,
    @Context() { viewer, loaders }: GraphqlContext,
  ): Promise<PersonModel[]> {
    if (!isStaff(viewer)) {
      throw new DomainError('FORBIDDEN', 'Only the secretariat can see who a paper is for');
    }
    const people = await loaders.get(PERSON_BY_ID).loadMany(paper.namedPersonIds);
    return people
      .filter((person) => person !== null && !(person instanceof Error))
      .map((person) => toPersonModel(person as Exclude<typeof person, null | Error>))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'en-GB'));
  }

  @Access('STAFF')
  @Mutation(() => PaperModel, {
    description:
      'Adds a paper to a meeting, without its file: upload that to POST /papers/{id}/file (secretariat only)',
  })
  createPaper(
    @Args('input') input: NewPaperInput,
    @AuditActor() actor: Actor,
  ): Promise<PaperModel> {
    return this.service.create(input, actor);
  }

  @Access('STAFF')
  @Mutation(() => PaperModel, {
    description:
      'Edits a paper’s details (secretariat only). CONFLICT if it changed since expectedVersion',
  })
  updatePaper(
    @Args() { id, expectedVersion }: PaperRefArgs,
    @Args('input') input: PaperInput,
    @AuditActor() actor: Actor,
  ): Promise<PaperModel> {
    return this.service.update(id, expectedVersion, input, actor);
  }

  @Access('STAFF')
  @Mutation(() => PaperModel, {
    description:
      'Withdraws a paper: it stays listed to everyone who could see it, marked withdrawn with the reason, and only the secretariat may still download its file (secretariat only). CONFLICT if it changed since expectedVersion; INVALID_TRANSITION if already withdrawn',
  })
  withdrawPaper(
    @Args() { id, expectedVersion }: PaperRefArgs,
    @Args('input') input: PaperWithdrawalInput,
    @AuditActor() actor: Actor,
  ): Promise<PaperModel> {
    return this.service.withdraw(id, expectedVersion, input, actor);
  }

  @Access('STAFF')
  @Mutation(() => PaperModel, {
    description:
      'Puts a withdrawn paper back (secretariat only). CONFLICT if it changed since expectedVersion; INVALID_TRANSITION if it is not withdrawn',
  })
  reinstatePaper(
    @Args() { id, expectedVersion }: PaperRefArgs,
    @AuditActor() actor: Actor,
  ): Promise<PaperModel> {
    return this.service.reinstate(id, expectedVersion, actor);
  }

  @Access('STAFF')
  @Mutation(() => MeetingModel, {
    description:
      'Removes a paper added by mistake, only while it has no file: once it has one, supersede it instead (INVALID_TRANSITION). Returns its meeting (secretariat only)',
  })
  async removePaper(
    @Args('id', { type: () => ID }) id: string,
    @Context() { viewer, loaders }: GraphqlContext,
  ): Promise<MeetingModel> {
    const meetingId = await this.service.remove(id, actorOf(requireSignedIn(viewer)));
    const meeting = await loaders.get(MEETING_BY_ID).load(meetingId);
    if (!meeting) throw new Error(`Meeting ${meetingId} is gone`);
    return meeting;
  }
}

/** A meeting's papers. */
@Resolver(() => MeetingModel)
export class MeetingPapersResolver {
  @ResolveField(() => [PaperModel], {
    description:
      'The meeting’s papers that you may open (the public sees the public ones), in agenda order; superseded ones included',
  })
  async papers(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<PaperModel[]> {
    const papers = await context.loaders.get(PAPERS_OF_MEETING).load(meeting.id);
    return papersOpenTo(context, meeting, papers);
  }
}

/** An agenda item's papers. */
@Resolver(() => AgendaItemModel)
export class AgendaItemPapersResolver {
  @ResolveField(() => [PaperModel], {
    description: 'The papers for this item that you may open',
  })
  async papers(
    @Parent() item: AgendaItemModel,
    @Context() context: GraphqlContext,
  ): Promise<PaperModel[]> {
    const [meeting, papers] = await Promise.all([
      context.loaders.get(MEETING_BY_ID).load(item.meetingId),
      context.loaders.get(PAPERS_OF_MEETING).load(item.meetingId),
    ]);
    if (!meeting) return [];
    return papersOpenTo(
      context,
      meeting,
      papers.filter((paper) => paper.agendaItemId === item.id),
    );
  }
}
