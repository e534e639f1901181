import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type PublicDisplayChoiceValue = 'FULL_NAME' | 'FIRST_NAME_INITIAL' | 'ANONYMOUS' | 'HIDDEN';

/** One entry in a person's dated history of consent to public display (given or withdrawn). */
@Entity({ name: 'person_display_consent' })
export class PersonDisplayConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: 'GIVEN' | 'WITHDRAWN';

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn!: string;

  @Column({
    type: 'enum',
    enumName: 'public_display_choice',
    enum: ['FULL_NAME', 'FIRST_NAME_INITIAL', 'ANONYMOUS', 'HIDDEN'],
    nullable: true,
  })
  choice!: PublicDisplayChoiceValue | null;

  @Column({ name: 'show_lived_experience', type: 'boolean', nullable: true })
  showLivedExperience!: boolean | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;
}
