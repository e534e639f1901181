import { z } from 'zod';

/** What a member may be told by email; each can be turned off on its own. */
export const NOTICE_TOPICS = [
  'MEETING_CHANGES',
  'PAPERS',
  'MINUTES',
  'ACTIONS',
  'REMINDERS',
] as const;
export type NoticeTopic = (typeof NOTICE_TOPICS)[number];

/**
 * How each topic reads: on the choices page (`label`, `hint`), and after "emails about" in an
 * email's footer and on the unsubscribe page (`about`).
 */
export const NOTICE_TOPIC_LABELS: Record<
  NoticeTopic,
  { label: string; hint: string; about: string }
> = {
  MEETING_CHANGES: {
    label: 'Meetings scheduled, moved, postponed or cancelled',
    hint: 'With a calendar file that adds or updates the meeting in your calendar',
    about: 'meetings being scheduled, moved, postponed or cancelled',
  },
  PAPERS: {
    label: 'New papers for your meetings',
    hint: 'Papers added within a few minutes of each other come in one email',
    about: 'new papers for your meetings',
  },
  MINUTES: {
    label: 'Minutes sent round for your comments',
    hint: '',
    about: 'minutes sent round for your comments',
  },
  ACTIONS: {
    label: 'Actions given to you, and a reminder before they are due',
    hint: '',
    about: 'your actions',
  },
  REMINDERS: {
    label: 'A reminder before each of your meetings',
    hint: '',
    about: 'reminders before your meetings',
  },
};

/** The address form of a topic, in unsubscribe links: `meeting-changes`. */
export function noticeTopicSlug(topic: NoticeTopic): string {
  return topic.toLowerCase().replace(/_/g, '-');
}

export function noticeTopicFromSlug(slug: string): NoticeTopic | null {
  return NOTICE_TOPICS.find((topic) => noticeTopicSlug(topic) === slug) ?? null;
}

/** How many days before a meeting its reminder comes. */
export const REMINDER_DAYS_CHOICES = [1, 2, 3, 7] as const;

/** A person's email choices, as the form sends them. */
export const noticeChoicesSchema = z.object({
  topics: z.array(z.enum(NOTICE_TOPICS), { error: 'Choose from the list' }),
  reminderDays: z.coerce
    .number({ error: 'Choose how many days before a meeting to be reminded' })
    .refine((days) => (REMINDER_DAYS_CHOICES as readonly number[]).includes(days), {
      message: 'Choose how many days before a meeting to be reminded',
    }),
});
export type NoticeChoicesInput = z.infer<typeof noticeChoicesSchema>;
