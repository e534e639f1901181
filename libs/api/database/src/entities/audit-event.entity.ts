import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One entry in the append-only audit trail (the database refuses UPDATE and DELETE). */
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId!: string | null;

  @Column({ name: 'actor_label', type: 'varchar', length: 200 })
  actorLabel!: string;

  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Column({ name: 'object_type', type: 'varchar', length: 60 })
  objectType!: string;

  @Column({ name: 'object_id', type: 'varchar', length: 100, nullable: true })
  objectId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;
}
