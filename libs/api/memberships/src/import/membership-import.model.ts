import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MembershipRoleEnum } from '../membership.model';
import { connectionType, PageArgs } from '@boards/api/graphql';
import {
  MEMBERSHIP_IMPORT_STATUSES,
  type MembershipImportStatus,
  type MembershipRole,
} from '@boards/shared/contracts';

export const MembershipImportStatusEnum = Object.fromEntries(
  MEMBERSHIP_IMPORT_STATUSES.map((s) => [s, s]),
) as { [K in MembershipImportStatus]: K };
registerEnumType(MembershipImportStatusEnum, {
  name: 'MembershipImportStatus',
  description:
    'VALIDATING: reading the file and checking each line against the membership rules, recording nothing; CHECKED: every line passed, and the plan waits to be confirmed or discarded; DONE: confirmed, every membership recorded in one transaction; FAILED: nothing recorded (a line was refused, or the memberships changed before it was confirmed); DISCARDED: set aside unimported; IMPORTING: only imports from before checking and confirming were separate',
});

@ObjectType('MembershipImportError', {
  description: 'A problem with one line of an imported file',
})
export class MembershipImportErrorModel {
  @Field(() => Int, { description: 'The line of the file; 1 is the column names' })
  line!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The column the problem is in (email, body, role, …); null for the whole line',
  })
  field!: string | null;

  @Field({ description: 'An error code, such as BAD_USER_INPUT, NOT_FOUND or CROSS_SEAT_RULE' })
  code!: string;

  @Field()
  message!: string;
}

@ObjectType('MembershipImportPlanItem', {
  description:
    'One membership a checked import will record when it is confirmed (one line of the file)',
})
export class MembershipImportPlanItemModel {
  @Field(() => Int, { description: 'The line of the file; 1 is the column names' })
  line!: number;

  @Field({
    description:
      'What will happen, in words: "Appoint Jane Doe to the Evidence Group as Member from 1 January 2027"',
  })
  summary!: string;

  @Field(() => ID)
  personId!: string;

  @Field({ description: 'The person’s full name, as when the file was checked' })
  personName!: string;

  @Field(() => ID)
  bodyId!: string;

  @Field({ description: 'The body’s name, as when the file was checked' })
  bodyName!: string;

  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;

  @Field({ description: 'The first day of the membership (YYYY-MM-DD)' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'The last day, if it has one (YYYY-MM-DD)' })
  endsOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a cross-seat, the name of the body it rests on; null for an ordinary seat',
  })
  crossSeatFrom!: string | null;
}

@ObjectType('MembershipImport', {
  description: 'A CSV file of memberships uploaded by the secretariat, and what became of it',
})
export class MembershipImportModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The name of the uploaded file' })
  fileName!: string;

  @Field(() => Int, { description: 'The size of the uploaded file, in bytes' })
  fileBytes!: number;

  @Field({ description: 'Who uploaded it, as named at the time' })
  uploadedBy!: string;

  @Field(() => MembershipImportStatusEnum)
  status!: MembershipImportStatus;

  @Field(() => Int, {
    description: 'Moves on with every change of status; give it to confirm or discard what you saw',
  })
  version!: number;

  @Field(() => Int, {
    description: 'Lines of memberships in the file (blank lines not counted); 0 until it is read',
  })
  totalRows!: number;

  @Field(() => Int, { description: 'Lines checked so far; totalRows once finished' })
  processedRows!: number;

  @Field(() => Int, { description: 'Memberships recorded: totalRows when DONE, otherwise 0' })
  importedRows!: number;

  @Field(() => Int, { description: 'How many problems were found so far' })
  errorCount!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the import failed when it is not one line’s fault (an empty file, too many lines, the portal stopping)',
  })
  failureReason!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

export const MembershipImportConnection = connectionType(MembershipImportModel, 'MembershipImport');

@ArgsType()
export class MembershipImportsArgs extends PageArgs {}

@ArgsType()
export class MembershipImportChangeArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version seen; CONFLICT if the import has changed since',
  })
  expectedVersion?: number | null;
}
