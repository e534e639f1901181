import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { entityTag, ifNoneMatchHits } from '@boards/api/graphql';
import { ERROR_MESSAGES } from '@boards/shared/contracts';
import { OPEN_DATA_MAX_AGE_SECONDS } from './open-data-licence';
import { OpenDataService } from './open-data.service';

/** What a route sends: its text, its type and, for a download, its file name. */
export interface OpenDataFile {
  text: string;
  contentType: string;
  fileName?: string;
}

const json = (value: unknown): OpenDataFile => ({
  text: `${JSON.stringify(value, null, 2)}\n`,
  contentType: 'application/json; charset=utf-8',
});

/**
 * Open data on the API's port, for anyone: `GET /open-data/popolo.json`,
 * `/open-data/memberships.csv`, `/open-data/terms-of-reference.json`, `/open-data/minutes.json`
 * and `/open-data/decisions.json`. Nobody signs in and a session is never read: the staff get
 * exactly what the public gets. Each answer has a strong ETag (304 to a matching
 * `If-None-Match`), may be cached by anyone for five minutes, and may be read by a page on any
 * site (`Access-Control-Allow-Origin: *`).
 */
@Controller('open-data')
export class OpenDataController {
  private readonly logger = new Logger('OpenData');

  constructor(private readonly openData: OpenDataService) {}

  @Get('popolo.json')
  popolo(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, async () => json(await this.openData.popolo()));
  }

  @Get('memberships.csv')
  membershipsCsv(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, async () => ({
      text: await this.openData.membershipsCsv(),
      contentType: 'text/csv; charset=utf-8',
      fileName: 'memberships.csv',
    }));
  }

  @Get('terms-of-reference.json')
  termsOfReference(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, async () => json(await this.openData.termsOfReference()));
  }

  @Get('minutes.json')
  minutes(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, async () => json(await this.openData.minutes()));
  }

  @Get('decisions.json')
  decisions(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, async () => json(await this.openData.decisions()));
  }

  private send(req: Request, res: Response, make: () => Promise<OpenDataFile | null>) {
    return sendPublicFile(req, res, make, this.logger);
  }
}

/**
 * Sends a file anyone may have: readable from any site, cached for five minutes, with a strong
 * ETag (304 to a matching If-None-Match); 404 when `make` finds nothing, 500 (not cached) when it
 * fails.
 */
export async function sendPublicFile(
  req: Request,
  res: Response,
  make: () => Promise<OpenDataFile | null>,
  logger: Logger,
): Promise<void> {
  res.set({
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag, Content-Disposition',
    'Cache-Control': `public, max-age=${OPEN_DATA_MAX_AGE_SECONDS}`,
  });
  let file: OpenDataFile | null;
  try {
    file = await make();
  } catch (error) {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    res.set('Cache-Control', 'no-store');
    res
      .status(500)
      .json({ code: 'INTERNAL_SERVER_ERROR', message: ERROR_MESSAGES.INTERNAL_SERVER_ERROR });
    return;
  }
  if (file === null) {
    res.status(404).json({ code: 'NOT_FOUND', message: 'There is no such feed' });
    return;
  }
  const etag = entityTag(file.text);
  res.set('ETag', etag);
  if (ifNoneMatchHits(req.get('if-none-match'), etag)) {
    res.status(304).end();
    return;
  }
  res.set('Content-Type', file.contentType);
  if (file.fileName) res.set('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.status(200).send(file.text);
}
