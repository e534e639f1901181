import { isUuid } from '@boards/shared/contracts';
import { redirect, type LoaderFunctionArgs } from '@remix-run/node';
import { paperPath } from '../meetings/paper-display';
import { paperFileResponse } from '../meetings/paper-file.server';

/**
 * A paper's file, downloaded as the one asking: streamed from the API, which decides whether
 * they may open it (see paper-file.server.ts). An address that cannot be a paper's goes to the
 * paper's page, whose "Page not found" says so.
 */
export async function loader(args: LoaderFunctionArgs) {
  const id = args.params['id'];
  if (!isUuid(id)) throw redirect(paperPath(id ?? ''));
  return paperFileResponse(args, id);
}
