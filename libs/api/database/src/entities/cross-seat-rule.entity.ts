import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** Members of `fromBodyId` who must sit on `targetBodyId`: at least `minSeats`, at most `maxSeats`. */
@Entity({ name: 'cross_seat_rule' })
export class CrossSeatRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'target_body_id', type: 'uuid' })
  targetBodyId!: string;

  @Column({ name: 'from_body_id', type: 'uuid' })
  fromBodyId!: string;

  @Column({ name: 'min_seats', type: 'integer' })
  minSeats!: number;

  @Column({ name: 'max_seats', type: 'integer' })
  maxSeats!: number;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
