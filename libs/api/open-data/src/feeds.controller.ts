import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { bodySlugSchema } from '@boards/shared/contracts';
import { sendPublicFile } from './open-data.controller';
import { OpenDataService } from './open-data.service';

/**
 * Each body's Atom feed (`GET /feeds/bodies/{slug}.atom`): its published minutes, the decisions
 * in them and its public papers, as the public sees them, for feed readers. Like the open-data
 * files: anyone may read it, from any site, cached for five minutes, ETag and 304.
 */
@Controller('feeds')
export class FeedsController {
  private readonly logger = new Logger('Feeds');

  constructor(private readonly openData: OpenDataService) {}

  @Get('bodies/:slug.atom')
  bodyFeed(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return sendPublicFile(
      req,
      res,
      async () => {
        if (!bodySlugSchema.safeParse(slug).success) return null;
        const text = await this.openData.bodyFeed(slug);
        return text === null ? null : { text, contentType: 'application/atom+xml; charset=utf-8' };
      },
      this.logger,
    );
  }
}
