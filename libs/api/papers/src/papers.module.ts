import { Inject, Logger, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { MeetingsModule } from '@boards/api/meetings';
import { MembershipsModule } from '@boards/api/memberships';
import { PeopleModule } from '@boards/api/people';
import { FileSystemPaperStorage } from './file-system-paper-storage';
import { PAPER_STORAGE, type PaperStorage } from './paper-storage';
import { PaperFileController } from './paper-file.controller';
import { PAPERS_OPTIONS, type PapersOptions } from './papers.options';
import { AgendaItemPapersResolver, MeetingPapersResolver, PapersResolver } from './papers.resolver';
import { PapersService } from './papers.service';

/** Uploads older than this at start-up were left by a crash (no upload takes an hour). */
const STALE_UPLOAD_MS = 60 * 60 * 1000;

/**
 * Meetings' papers: their details and who may open them (GraphQL), and their files (REST, on the
 * API's port), kept in a file-system PaperStorage under `options.directory`.
 */
@Module({})
export class PapersModule implements OnModuleInit {
  private readonly logger = new Logger('Papers');

  constructor(@Inject(PAPER_STORAGE) private readonly storage: PaperStorage) {}

  static forRoot(options: PapersOptions): DynamicModule {
    return {
      module: PapersModule,
      imports: [MeetingsModule, MembershipsModule, PeopleModule],
      controllers: [PaperFileController],
      providers: [
        { provide: PAPERS_OPTIONS, useValue: options },
        {
          provide: PAPER_STORAGE,
          useFactory: () => new FileSystemPaperStorage({ directory: options.directory }),
        },
        PapersService,
        PapersResolver,
        MeetingPapersResolver,
        AgendaItemPapersResolver,
      ],
      exports: [PapersService, PAPER_STORAGE],
    };
  }

  async onModuleInit(): Promise<void> {
    if (!(this.storage instanceof FileSystemPaperStorage)) return;
    // The unfinished files carry the file system's times, so they are judged by the machine's
    // real clock, not the API's (which a test may have set to another day).
    const removed = await this.storage.removeStaleUploads(new Date(Date.now() - STALE_UPLOAD_MS));
    if (removed > 0) this.logger.warn(`Removed ${removed} unfinished upload(s) left by a crash`);
  }
}
