import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { Access, type GraphqlContext } from '@boards/api/graphql';
import { SearchResultsModel } from './search.model';
import { SEARCH_HITS_LIMIT, SEARCH_QUERY_LIMIT, SearchService } from './search.service';

@Resolver(() => SearchResultsModel)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Access('PUBLIC')
  @Query(() => SearchResultsModel, {
    description: `Searches published terms of reference, agenda items, minutes, decisions and papers (the text of their files too), best first, with highlighted snippets: members also find what their memberships let them see. Words are stemmed; "quoted words" are a phrase, or is either, -word leaves out. Up to ${SEARCH_QUERY_LIMIT} characters (BAD_USER_INPUT beyond); nothing searched for finds nothing.`,
  })
  search(
    @Args('query', { type: () => String, nullable: true, description: 'What to search for' })
    query: string | null,
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: `How many hits, at most (20 if left out, ${SEARCH_HITS_LIMIT} at most)`,
    })
    first: number | null,
    @Context() context: GraphqlContext,
  ): Promise<SearchResultsModel> {
    return this.searchService.search(query, first ?? 20, context);
  }
}
