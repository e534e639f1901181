import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionType, PageArgs } from '@boards/api/graphql';
import { MEMBERSHIP_IMPORT_STATUSES, type MembershipImportStatus } from '@boards/shared/contracts';

export const MembershipImportStatusEnum = Object.fromEntries(
  MEMBERSHIP_IMPORT_STATUSES.map((s) => [s, s]),
) as { [K in MembershipImportStatus]: K };
registerEnumType(MembershipImportStatusEnum, {
  name: 'MembershipImportStatus',
  description:
    'VALIDATING: reading the file and checking each line; IMPORTING: checking the lines against the membership rules and recording them, in one transaction; DONE: every membership recorded; FAILED: nothing recorded',
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
