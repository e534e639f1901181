import { Module } from '@nestjs/common';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Full-text search over what the portal publishes, as the one asking may see it. */
@Module({ providers: [SearchService, SearchResolver] })
export class SearchModule {}
