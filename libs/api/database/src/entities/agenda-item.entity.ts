import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

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

  @Column({ type: 'varchar', length: 200, nullable: true })
  presenter!: string | null;

  @Column({ name: 'duration_minutes', type: 'integer', nullable: true })
  durationMinutes!: number | null;

  @Column({ name: 'is_public', type: 'boolean', default: true })
  isPublic!: boolean;
}
