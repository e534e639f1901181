import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  QUORUM_KINDS,
  TERMS_OF_REFERENCE_STATUSES,
  type QuorumKind,
  type TermsOfReferenceStatus,
} from '@boards/shared/contracts';
import { LocalDateScalar } from '@boards/api/graphql';

export const TermsOfReferenceStatusEnum = Object.fromEntries(
  TERMS_OF_REFERENCE_STATUSES.map((status) => [status, status]),
) as { [K in TermsOfReferenceStatus]: K };
registerEnumType(TermsOfReferenceStatusEnum, {
  name: 'TermsOfReferenceStatus',
  description: 'Where a version of the terms of reference is in its life',
  valuesMap: {
    DRAFT: { description: 'Being written by the secretariat; only staff see it' },
    PUBLISHED: { description: 'The newest published version; it never changes' },
    SUPERSEDED: { description: 'Replaced by a later version; kept in the history, unchanged' },
  },
});

export enum TermsOfReferenceStanding {
  CURRENT = 'CURRENT',
  FUTURE = 'FUTURE',
  PAST = 'PAST',
  DRAFT = 'DRAFT',
}
registerEnumType(TermsOfReferenceStanding, {
  name: 'TermsOfReferenceStanding',
  description: 'Where a version stands on a day, by the dates the versions come into force',
  valuesMap: {
    CURRENT: { description: 'The version in force that day' },
    FUTURE: { description: 'Published, but not in force until a later day' },
    PAST: { description: 'A later version has come into force' },
    DRAFT: { description: 'Not published: never in force' },
  },
});

export const QuorumKindEnum = Object.fromEntries(QUORUM_KINDS.map((kind) => [kind, kind])) as {
  [K in QuorumKind]: K;
};
registerEnumType(QuorumKindEnum, {
  name: 'QuorumKind',
  description: 'Whether a quorum is a number of voting members or a fraction of them',
  valuesMap: {
    COUNT: { description: 'At least `count` voting members' },
    FRACTION: { description: 'At least numerator/denominator of the voting members, rounded up' },
  },
});

@ObjectType('Quorum', {
  description: 'How many voting members must be present: a count, or a fraction of them',
})
export class QuorumModel {
  @Field(() => QuorumKindEnum)
  kind!: QuorumKind;

  @Field(() => Int, { nullable: true, description: 'For COUNT: the number of members' })
  count!: number | null;

  @Field(() => Int, { nullable: true, description: 'For FRACTION: the top of the fraction' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'For FRACTION: the bottom of the fraction' })
  denominator!: number | null;

  @Field({ description: 'In words, e.g. “At least half of the voting members, rounded up”' })
  description!: string;
}

@ObjectType('TermsOfReference', {
  description:
    'One version of a body’s terms of reference. Published and superseded versions never change',
})
export class TermsOfReferenceModel {
  @Field(() => ID)
  id!: string;

  /** Kept for the staff-only loaders; not in the schema. */
  bodyId!: string;

  @Field(() => Int, { description: 'Version 1, 2, 3… of the body’s terms of reference' })
  number!: number;

  @Field(() => TermsOfReferenceStatusEnum)
  status!: TermsOfReferenceStatus;

  @Field({
    description:
      'The text, in Markdown. Render it with raw HTML escaped and only http, https and mailto links',
  })
  content!: string;

  @Field(() => QuorumModel, {
    nullable: true,
    description: 'Null only in a draft that has no quorum yet',
  })
  quorum!: QuorumModel | null;

  @Field({ description: 'How often the body meets, in words; blank only in a draft' })
  meetingFrequency!: string;

  @Field({
    description:
      'Who sits on the body, including seats held by members of another body; blank only in a draft',
  })
  composition!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day it comes (or came) into force; null for a draft',
  })
  effectiveFrom!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was published; null for a draft' })
  publishedAt!: Date | null;

  @Field(() => Int, {
    description:
      'Goes up with every save of a draft: send it back as expectedVersion, and a save over a newer one is refused with CONFLICT',
  })
  version!: number;

  @Field({ description: 'When it was last saved (for a published version, when it was published)' })
  updatedAt!: Date;
}

export enum TermsOfReferenceField {
  QUORUM = 'QUORUM',
  MEETING_FREQUENCY = 'MEETING_FREQUENCY',
  COMPOSITION = 'COMPOSITION',
}
registerEnumType(TermsOfReferenceField, {
  name: 'TermsOfReferenceField',
  description: 'The structured parts of terms of reference, beside their text',
});

@ObjectType('TermsOfReferenceFieldComparison', {
  description: 'One structured part of two versions side by side',
})
export class TermsOfReferenceFieldComparisonModel {
  @Field(() => TermsOfReferenceField)
  field!: TermsOfReferenceField;

  @Field(() => String, { nullable: true, description: 'In the earlier version, in words' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'In the later version, in words' })
  after!: string | null;

  @Field()
  changed!: boolean;
}

export enum DiffLineKind {
  UNCHANGED = 'UNCHANGED',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(DiffLineKind, {
  name: 'DiffLineKind',
  description: 'Whether a line of the text is in both versions, only the later or only the earlier',
});

@ObjectType('TermsOfReferenceDiffSegment', {
  description: 'Part of a line: words kept, or words the change removed or added',
})
export class TermsOfReferenceDiffSegmentModel {
  @Field(() => DiffLineKind)
  kind!: DiffLineKind;

  @Field()
  text!: string;
}

@ObjectType('TermsOfReferenceDiffLine', { description: 'One line of a line-by-line comparison' })
export class TermsOfReferenceDiffLineModel {
  @Field(() => DiffLineKind)
  kind!: DiffLineKind;

  @Field({ description: 'The line, in Markdown, without its line break' })
  text!: string;

  @Field(() => [TermsOfReferenceDiffSegmentModel], {
    description:
      'The line in parts: for a line replaced by another, the words removed (or added) and those kept, so that a small change within a long line can be seen; otherwise one part, the whole line',
  })
  segments!: TermsOfReferenceDiffSegmentModel[];

  @Field(() => Int, {
    nullable: true,
    description: 'Its line number in the earlier version; null when added',
  })
  fromLine!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Its line number in the later version; null when removed',
  })
  toLine!: number | null;
}

@ObjectType('TermsOfReferenceComparison', {
  description: 'What changed between two versions: the structured parts, and the text line by line',
})
export class TermsOfReferenceComparisonModel {
  @Field(() => TermsOfReferenceModel)
  from!: TermsOfReferenceModel;

  @Field(() => TermsOfReferenceModel)
  to!: TermsOfReferenceModel;

  @Field(() => [TermsOfReferenceFieldComparisonModel], {
    description: 'Quorum, meeting frequency and membership, in that order',
  })
  fields!: TermsOfReferenceFieldComparisonModel[];

  @Field(() => [TermsOfReferenceDiffLineModel], {
    description: 'Every line of the text of both versions, in order',
  })
  lines!: TermsOfReferenceDiffLineModel[];

  @Field(() => Int, { description: 'How many lines the later version adds' })
  linesAdded!: number;

  @Field(() => Int, { description: 'How many lines of the earlier version it removes' })
  linesRemoved!: number;
}
