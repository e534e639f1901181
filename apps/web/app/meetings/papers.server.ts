import { MeetingPapersDocument, SecretariatMeetingPapersDocument } from '@boards/web/api-client';
import { apiRequest, type RequestArgs } from '../api.server';

/** A meeting's papers that the one asking may open (the API decides), for its page. */
export async function loadMeetingPapers(args: RequestArgs, meetingId: string) {
  const { meeting } = await apiRequest(args, MeetingPapersDocument, { id: meetingId });
  return meeting?.papers ?? [];
}

/** A meeting's papers as the secretariat manages them, named people included (staff only). */
export async function loadSecretariatPapers(args: RequestArgs, meetingId: string) {
  const { meeting } = await apiRequest(args, SecretariatMeetingPapersDocument, { id: meetingId });
  return meeting?.papers ?? [];
}
