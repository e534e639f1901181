import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@boards/api/graphql';

export enum SearchHitKind {
  TERMS_OF_REFERENCE = 'TERMS_OF_REFERENCE',
  AGENDA_ITEM = 'AGENDA_ITEM',
  MINUTES = 'MINUTES',
  MINUTES_ENTRY = 'MINUTES_ENTRY',
  DECISION = 'DECISION',
  PAPER = 'PAPER',
}

registerEnumType(SearchHitKind, {
  name: 'SearchHitKind',
  description:
    'What a search hit is: published terms of reference, an agenda item, the opening of minutes, the minutes of one agenda item, a decision, or a paper (its title or the text of its file)',
});

@ObjectType('SnippetPart', {
  description: 'A piece of a snippet: text as found, and whether it matched the search',
})
export class SnippetPartModel {
  @Field()
  text!: string;

  @Field({ description: 'Whether this piece matched a word searched for (to highlight)' })
  match!: boolean;
}

@ObjectType('SearchHit', { description: 'One thing found, as the one asking may see it' })
export class SearchHitModel {
  @Field(() => SearchHitKind)
  kind!: SearchHitKind;

  @Field(() => ID, {
    description:
      'The id of what was found (for MINUTES and MINUTES_ENTRY, of the meeting and of the agenda item)',
  })
  id!: string;

  @Field()
  title!: string;

  @Field(() => [SnippetPartModel], { description: 'Where the words were found, highlighted' })
  snippet!: SnippetPartModel[];

  @Field(() => ID, { nullable: true, description: 'The meeting it belongs to, if any' })
  meetingId!: string | null;

  @Field(() => String, { nullable: true, description: 'The meeting’s title, if it belongs to one' })
  meetingTitle!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The meeting’s day, or the day terms of reference took effect',
  })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'For terms of reference: the body’s slug' })
  bodySlug!: string | null;

  @Field(() => String, { nullable: true, description: 'For terms of reference: the body’s name' })
  bodyName!: string | null;

  @Field(() => Int, { nullable: true, description: 'For terms of reference: the version' })
  version!: number | null;

  @Field(() => Float, { description: 'How well it matched: higher is better' })
  rank!: number;
}

@ObjectType('SearchResults')
export class SearchResultsModel {
  @Field({ description: 'The search as it was understood (trimmed)' })
  query!: string;

  @Field(() => [SearchHitModel], { description: 'Best first' })
  hits!: SearchHitModel[];
}
