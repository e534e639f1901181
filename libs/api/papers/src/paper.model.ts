import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PAPER_VISIBILITIES, type PaperVisibility } from '@boards/shared/contracts';
import { PAPER_KINDS, type PaperKind } from './paper-content-type';

export const PaperVisibilityEnum = Object.fromEntries(PAPER_VISIBILITIES.map((v) => [v, v])) as {
  [K in PaperVisibility]: K;
};
registerEnumType(PaperVisibilityEnum, {
  name: 'PaperVisibility',
  description: 'Who may open a paper (the secretariat may open every paper)',
  valuesMap: {
    PUBLIC: { description: 'Everyone, signed in or not' },
    MEMBERS: {
      description: 'Members of the meeting’s bodies on the meeting’s day, cross-seats included',
    },
    NAMED: { description: 'Only the people named on the paper' },
  },
});

export const PaperKindEnum = Object.fromEntries(PAPER_KINDS.map((k) => [k, k])) as {
  [K in PaperKind]: K;
};
registerEnumType(PaperKindEnum, {
  name: 'PaperKind',
  description: 'What a paper’s file is, decided from its content (never from its name)',
});

@ObjectType('PaperFile', { description: 'A paper’s uploaded file' })
export class PaperFileModel {
  @Field({ description: 'The name to save it under: the uploaded name, made safe' })
  name!: string;

  @Field(() => Int, { description: 'In bytes' })
  size!: number;

  @Field({ description: 'The size as people read it: "240 KB"' })
  sizeText!: string;

  @Field(() => PaperKindEnum)
  kind!: PaperKind;

  @Field({ description: 'The media type it is served with' })
  mediaType!: string;

  @Field()
  uploadedAt!: Date;
}

@ObjectType('Paper', {
  description:
    'A paper for a meeting. Only those who may open it see it at all; its file is downloaded from downloadPath on the API',
})
export class PaperModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => PaperVisibilityEnum)
  visibility!: PaperVisibility;

  @Field(() => String, {
    nullable: true,
    description: 'What the paper discusses, to show before it is opened (a content warning)',
  })
  contentNote!: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the secretariat withdrew it (null while it stands): still listed, but its file is for the secretariat only',
  })
  withdrawnAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn' })
  withdrawalReason!: string | null;

  @Field(() => Int, {
    description: 'Send it back with edits: CONFLICT if someone changed the paper since',
  })
  version!: number;

  /** Resolved by field resolvers. */
  meetingId!: string;
  agendaItemId!: string | null;
  easyReadOfId!: string | null;
  supersedesId!: string | null;
  /** The people a NAMED paper is for (empty for the others). */
  namedPersonIds!: string[];
  file!: PaperFileModel | null;
  /** The content's key in the paper storage; null until a file is uploaded. */
  fileSha256!: string | null;
  createdAt!: Date;
}
