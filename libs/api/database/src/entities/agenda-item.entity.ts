import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PRESENTER_KINDS, type PresenterKind } from '@boards/shared/contracts';

/** One item of a meeting's agenda, in `position` order. A private item's title is for members. */
@Entity({ name: 'agenda_item' })
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Who leads the item: a person on the portal, the secretariat, or a guest; null for nobody. */
  @Column({
    name: 'presenter_kind',
    type: 'enum',
    enum: PRESENTER_KINDS,
    enumName: 'presenter_kind',
    nullable: true,
  })
  presenterKind!: PresenterKind | null;

  /** The person leading the item (PERSON), shown only through the public-display rule. */
  @Column({ name: 'presenter_person_id', type: 'uuid', nullable: true })
  presenterPersonId!: string | null;

  /** A guest's name (GUEST): free text, so the API refuses one that names someone on the portal. */
  @Column({ name: 'presenter_name', type: 'varchar', length: 200, nullable: true })
  presenterName!: string | null;

  @Column({ name: 'duration_minutes', type: 'integer', nullable: true })
  durationMinutes!: number | null;

  @Column({ name: 'is_public', type: 'boolean', default: true })
  isPublic!: boolean;
}
