import type { BodyKind } from '@boards/web/api-client';
import type { TagColour } from '@boards/web/ui-govuk';

export const BODY_KIND_LABELS: Record<BodyKind, string> = { BOARD: 'Board', GROUP: 'Group' };

/** Boards keep the default blue tag; the colour only repeats what the tag's text says. */
export const BODY_KIND_TAG_COLOURS: Record<BodyKind, TagColour | undefined> = {
  BOARD: undefined,
  GROUP: 'teal',
};
