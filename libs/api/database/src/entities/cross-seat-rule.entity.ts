import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * Members of `fromBodyId` who must sit on `targetBodyId`; how many, from which day, is in the
 * rule's versions (`CrossSeatRuleVersionEntity`).
 */
@Entity({ name: 'cross_seat_rule' })
export class CrossSeatRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'target_body_id', type: 'uuid' })
  targetBodyId!: string;

  @Column({ name: 'from_body_id', type: 'uuid' })
  fromBodyId!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * A rule's seats from `effectiveFrom` until the day before its next version takes effect: at
 * least `minSeats`, at most `maxSeats`; both null when the rule is removed from that day.
 */
@Entity({ name: 'cross_seat_rule_version' })
export class CrossSeatRuleVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'rule_id', type: 'uuid' })
  ruleId!: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ name: 'min_seats', type: 'integer', nullable: true })
  minSeats!: number | null;

  @Column({ name: 'max_seats', type: 'integer', nullable: true })
  maxSeats!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
