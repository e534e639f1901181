import type { LoaderFunctionArgs } from '@remix-run/node';
import { openDataFileResponse } from '../open-data-file.server';

/** An open-data file, passed through from the API (see open-data-file.server.ts). */
export function loader(args: LoaderFunctionArgs): Promise<Response> {
  return openDataFileResponse(args);
}
