import { z } from 'zod';
import { isoDateSchema } from './body';
import { membershipRoleSchema } from './person';
import { requiredText } from './text';
import { UUID_PATTERN } from './ids';

export const MEMBERSHIP_SEATS = ['ORDINARY', 'CROSS_SEAT'] as const;
export type MembershipSeatKind = (typeof MEMBERSHIP_SEATS)[number];

export const MEMBERSHIP_LIMITS = { reason: 500 } as const;

const uuid = (missing: string) => z.string({ error: missing }).regex(UUID_PATTERN, missing);

const optionalDate = (missing: string) =>
  isoDateSchema(missing)
    .nullable()
    .optional()
    .transform((value) => value ?? null);

const reason = (missing: string) => requiredText(MEMBERSHIP_LIMITS.reason, 'Reason', missing);

/**
 * Appointing someone to a body. With `fromBodyId` the seat is a cross-seat resting on their
 * membership of that body; without, an ordinary seat.
 */
export const appointmentSchema = z
  .object({
    personId: uuid('Select a person'),
    bodyId: uuid('Select a body'),
    role: membershipRoleSchema,
    startsOn: isoDateSchema('Enter the date the membership starts'),
    endsOn: optionalDate('Enter the date the membership ends'),
    fromBodyId: uuid('Select the body the cross-seat comes from')
      .nullable()
      .optional()
      .transform((value) => value ?? null),
  })
  .refine((value) => value.endsOn === null || value.endsOn >= value.startsOn, {
    message: 'The end date must be the same as or after the start date',
    path: ['endsOn'],
  })
  .refine((value) => value.fromBodyId !== value.bodyId, {
    message: 'A cross-seat must come from another body',
    path: ['fromBodyId'],
  });
export type Appointment = z.output<typeof appointmentSchema>;

export const endMembershipSchema = z.object({
  endsOn: isoDateSchema('Enter the last day of the membership'),
  reason: reason('Enter why the membership is ending'),
});

export const changeRoleSchema = z.object({
  role: membershipRoleSchema,
  from: isoDateSchema('Enter the date the new role starts'),
});

export const extendMembershipSchema = z.object({
  endsOn: optionalDate('Enter the new last day of the membership'),
});

/** Putting a mistake right: the membership as it should have been recorded, and why. */
export const correctMembershipSchema = z
  .object({
    role: membershipRoleSchema,
    startsOn: isoDateSchema('Enter the date the membership starts'),
    endsOn: optionalDate('Enter the date the membership ends'),
    endReason: z
      .string()
      .trim()
      .max(
        MEMBERSHIP_LIMITS.reason,
        `End reason must be ${MEMBERSHIP_LIMITS.reason} characters or fewer`,
      )
      .transform((value) => (value === '' ? null : value.normalize('NFC')))
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    reason: reason('Enter what was wrong and why it is being corrected'),
  })
  .refine((value) => value.endsOn === null || value.endsOn >= value.startsOn, {
    message: 'The end date must be the same as or after the start date',
    path: ['endsOn'],
  });

export const removeMembershipSchema = z.object({
  reason: reason('Enter why this membership was recorded in error'),
});

export const removeCrossSeatRuleSchema = z.object({
  id: z.string(),
  /** The first day the rule no longer applies; today (Europe/London) if left out. */
  effectiveFrom: isoDateSchema('Enter the date the rule stops applying').nullish(),
});

export const crossSeatRuleSchema = z
  .object({
    targetBodyId: uuid('Select the body the seats are on'),
    fromBodyId: uuid('Select the body the members come from'),
    minSeats: z
      .number({ error: 'Enter the fewest seats, as a whole number' })
      .int('Enter the fewest seats, as a whole number')
      .min(0, 'The fewest seats must be 0 or more')
      .max(20, 'The fewest seats must be 20 or fewer'),
    maxSeats: z
      .number({ error: 'Enter the most seats, as a whole number' })
      .int('Enter the most seats, as a whole number')
      .min(1, 'The most seats must be 1 or more')
      .max(20, 'The most seats must be 20 or fewer'),
    /** The first day the seats are asked for; today (Europe/London) if left out. */
    effectiveFrom: isoDateSchema('Enter the date the change takes effect').nullish(),
  })
  .refine((value) => value.maxSeats >= value.minSeats, {
    message: 'The most seats must be the same as or more than the fewest',
    path: ['maxSeats'],
  })
  .refine((value) => value.targetBodyId !== value.fromBodyId, {
    message: 'The members must come from another body',
    path: ['fromBodyId'],
  });
