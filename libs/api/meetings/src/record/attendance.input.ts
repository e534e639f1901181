import { Field, ID, InputType } from '@nestjs/graphql';
import type { AttendanceStatus } from '@boards/shared/contracts';
import { AttendanceStatusEnum } from './attendance.model';

@InputType('AttendanceEntryInput', { description: 'One person’s line of a meeting’s register' })
export class AttendanceEntryInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => AttendanceStatusEnum)
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('DeclarationInput', { description: 'A declaration of interest at a meeting' })
export class DeclarationInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'The agenda item; none for the whole meeting' })
  agendaItemId?: string | null;

  @Field()
  description!: string;
}
