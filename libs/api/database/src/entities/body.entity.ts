import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { BodyKind } from '@boards/shared/contracts';

@Entity({ name: 'body' })
export class BodyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 80, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: ['BOARD', 'GROUP'], enumName: 'body_kind' })
  kind!: BodyKind;

  @Column({ type: 'text' })
  purpose!: string;

  /** ISO date (YYYY-MM-DD). */
  @Column({ name: 'established_on', type: 'date' })
  establishedOn!: string;

  @Column({ name: 'dissolved_on', type: 'date', nullable: true })
  dissolvedOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
