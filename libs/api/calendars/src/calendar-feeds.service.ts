import { Inject, Injectable } from '@nestjs/common';
import {
  Clock,
  DataLoaderFactory,
  type RequestLoaders,
  type RequestViewer,
} from '@boards/api/graphql';
import { BODY_BY_SLUG } from '@boards/api/bodies';
import {
  audienceOf,
  MEETINGS_OF_BODY,
  MeetingsService,
  meetingsOfBodyKey,
  type MeetingModel,
} from '@boards/api/meetings';
import { DomainError } from '@boards/domain';
import { CALENDARS_OPTIONS, type CalendarsOptions } from './calendars.options';
import { CalendarFeedTokensService } from './calendar-feed-tokens.service';
import { feedStartDay, meetingCalendar, type CalendarMeeting } from './meeting-calendar';

/** A feed's calendar, and whether it may be cached by anyone (it holds nothing private). */
export interface CalendarFeed {
  body: string;
  isPublic: boolean;
}

const NO_SUCH_FEED = () => new DomainError('NOT_FOUND', 'There is no such calendar');

/**
 * The meetings' calendars. Each meeting is shown as the meeting's page shows it to the reader
 * (`audienceOf`): the public get the public fields only; the online link is for members of its
 * bodies on its day, and the staff. No person is named in a calendar, so no one's public-display
 * choice can be bypassed by one. A feed covers meetings from a year ago onwards.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly tokens: CalendarFeedTokensService,
    private readonly loaderFactory: DataLoaderFactory,
    @Inject(CALENDARS_OPTIONS) private readonly options: CalendarsOptions,
    private readonly clock: Clock,
  ) {}

  /** Every body's meetings, for the public. */
  async allMeetings(now = this.clock.now()): Promise<CalendarFeed> {
    const meetings = await this.meetings.meetingsFrom(feedStartDay(now));
    return this.publicFeed(meetings, {
      name: 'Boards and groups: meetings',
      description: 'Meetings of every board and group',
    });
  }

  /** One body's meetings (joint meetings included), for the public; NOT_FOUND for no such body. */
  async bodyMeetings(slug: string, now = this.clock.now()): Promise<CalendarFeed> {
    const loaders = this.loaderFactory.forRequest();
    const body = await loaders.get(BODY_BY_SLUG).load(slug);
    if (!body) throw NO_SUCH_FEED();
    const meetings = await loaders
      .get(MEETINGS_OF_BODY)
      .load(meetingsOfBodyKey(body.id, feedStartDay(now)));
    return this.publicFeed(meetings, {
      name: `${body.name}: meetings`,
      description: `Meetings of the ${body.name}`,
    });
  }

  /** One meeting, as the viewer may see it (for "Add to calendar"); NOT_FOUND for no such meeting. */
  async meeting(id: string, viewer: RequestViewer): Promise<CalendarFeed> {
    const loaders = this.loaderFactory.forRequest();
    const [meeting] = await this.meetings.byIds([id]);
    if (!meeting) throw NO_SUCH_FEED();
    const shown = await this.asSeenBy(viewer, loaders, [meeting]);
    return {
      body: meetingCalendar(
        shown,
        this.calendarText(meeting.title, 'A meeting of a board or group'),
      ),
      isPublic: viewer.kind === 'ANONYMOUS',
    };
  }

  /**
   * A member's meetings: those of every body they sat on on the meeting's day, cross-seats
   * included, with the online links. NOT_FOUND for a token that opens nothing (unknown, revoked,
   * or its account disabled), the same answer whichever. Someone who no longer sits on any body
   * gets the meetings they sat on within the feed's year, and none to come.
   */
  async memberMeetings(token: string, now = this.clock.now()): Promise<CalendarFeed> {
    const owner = await this.tokens.ownerOf(token);
    if (!owner) throw NO_SUCH_FEED();
    const meetings = await this.meetings.meetingsForPerson(owner.personId, feedStartDay(now), null);
    // The feed speaks for the member as a member: staff rights do not travel in an address.
    const viewer: RequestViewer = {
      kind: 'ACCOUNT',
      accountId: owner.accountId,
      personId: owner.personId,
      fullName: owner.fullName,
      grants: [],
      sessionId: '',
    };
    const shown = await this.asSeenBy(viewer, this.loaderFactory.forRequest(), meetings);
    return {
      body: meetingCalendar(
        shown,
        this.calendarText('Your meetings', 'Your board and group meetings'),
      ),
      isPublic: false,
    };
  }

  private publicFeed(
    meetings: readonly MeetingModel[],
    text: { name: string; description: string },
  ): CalendarFeed {
    return {
      body: meetingCalendar(
        meetings.map((meeting) => calendarMeeting(meeting, false)),
        this.calendarText(text.name, text.description),
      ),
      isPublic: true,
    };
  }

  private async asSeenBy(
    viewer: RequestViewer,
    loaders: RequestLoaders,
    meetings: readonly MeetingModel[],
  ): Promise<CalendarMeeting[]> {
    return Promise.all(
      meetings.map(async (meeting) =>
        calendarMeeting(meeting, (await audienceOf({ viewer, loaders }, meeting)) !== 'PUBLIC'),
      ),
    );
  }

  private calendarText(name: string, description: string) {
    return { name, description, webOrigin: this.options.webOrigin };
  }
}

/** A meeting for a calendar; its online link only for those the meeting page shows it to. */
export function calendarMeeting(meeting: MeetingModel, membersOnly: boolean): CalendarMeeting {
  return {
    id: meeting.id,
    title: meeting.title,
    summary: meeting.summary,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    location: meeting.location,
    status: meeting.status,
    statusReason: meeting.statusReason,
    version: meeting.version,
    updatedAt: meeting.updatedAt,
    onlineLink: membersOnly ? meeting.onlineLink : null,
  };
}
