import { Controller, Get, Inject, Logger, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { entityTag, ifNoneMatchHits } from '@boards/api/graphql';
import {
  IDENTITY_OPTIONS,
  SessionsService,
  sessionCookieName,
  sessionTokenFrom,
  type IdentityOptions,
} from '@boards/api/identity';
import { isDomainError } from '@boards/domain';
import { ERROR_MESSAGES } from '@boards/shared/contracts';
import { CalendarFeedsService, type CalendarFeed } from './calendar-feeds.service';

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** Anyone may keep a public feed for five minutes; a private one is checked every time (ETag). */
export const PUBLIC_CACHE = 'public, max-age=300';
export const PRIVATE_CACHE = 'private, no-cache';

/**
 * Calendars (RFC 5545), on the API's port:
 *
 * - `GET /feeds/meetings.ics`: every body's meetings (public);
 * - `GET /feeds/bodies/{slug}.ics`: one body's meetings, joint meetings included (public);
 * - `GET /feeds/meetings/{id}.ics`: one meeting, for "Add to calendar", as the one asking may see
 *   it (the session as `Authorization: Bearer` or the API's cookie: its members get the online
 *   link, and the answer is then private);
 * - `GET /feeds/members/{token}.ics`: a member's meetings across every body they sit on,
 *   cross-seats included, with online links; the token is the secret made on "Your account".
 *
 * Each answer has an ETag, and a request whose If-None-Match names it gets 304. 404 (JSON
 * `{ code, message }`, never cached) for no such body or meeting, and for a member's token that
 * is unknown or revoked alike.
 */
@Controller('feeds')
export class CalendarFeedsController {
  private readonly logger = new Logger('CalendarFeeds');

  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly sessions: SessionsService,
    @Inject(IDENTITY_OPTIONS) private readonly identity: IdentityOptions,
  ) {}

  @Get('meetings.ics')
  async allMeetings(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, () => this.feeds.allMeetings());
  }

  @Get('bodies/:slug.ics')
  async bodyMeetings(
    @Param('slug') slug: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.answer(req, res, () => this.feeds.bodyMeetings(slug));
  }

  @Get('meetings/:id.ics')
  async meeting(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(
      req,
      res,
      async () => {
        const viewer = await this.sessions.viewerFor(
          sessionTokenFrom(req, sessionCookieName(this.identity)),
        );
        return this.feeds.meeting(id, viewer);
      },
      { download: 'meeting.ics', vary: 'Authorization, Cookie' },
    );
  }

  @Get('members/:token.ics')
  async memberMeetings(
    @Param('token') token: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    // The address is the secret: it must not leave in a Referer, nor be indexed.
    res.set({ 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' });
    await this.answer(req, res, () => this.feeds.memberMeetings(token));
  }

  private async answer(
    req: Request,
    res: Response,
    feed: () => Promise<CalendarFeed>,
    options: { download?: string; vary?: string } = {},
  ): Promise<void> {
    let calendar: CalendarFeed;
    try {
      calendar = await feed();
    } catch (error) {
      this.refuse(res, error);
      return;
    }
    const etag = entityTag(calendar.body);
    res.set({
      ETag: etag,
      'Cache-Control': calendar.isPublic ? PUBLIC_CACHE : PRIVATE_CACHE,
      'X-Content-Type-Options': 'nosniff',
      ...(options.vary ? { Vary: options.vary } : {}),
    });
    if (ifNoneMatchHits(req.get('if-none-match'), etag)) {
      res.status(304).end();
      return;
    }
    res
      .status(200)
      .set({
        'Content-Type': CALENDAR_CONTENT_TYPE,
        ...(options.download
          ? { 'Content-Disposition': `attachment; filename="${options.download}"` }
          : {}),
      })
      .send(calendar.body);
  }

  private refuse(res: Response, error: unknown): void {
    res.set('Cache-Control', 'no-store');
    if (isDomainError(error) && error.code === 'NOT_FOUND') {
      res.status(404).json({ code: error.code, message: error.message });
      return;
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    res
      .status(500)
      .json({ code: 'INTERNAL_SERVER_ERROR', message: ERROR_MESSAGES.INTERNAL_SERVER_ERROR });
  }
}
