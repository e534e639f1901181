import type { Request, Response } from 'express';
import type { RequestLoaders } from './data-loader.factory';

/** Who is asking: nobody in particular, or a signed-in account (from its session). */
export type RequestViewer =
  | { kind: 'ANONYMOUS' }
  | {
      kind: 'ACCOUNT';
      accountId: string;
      personId: string;
      fullName: string;
      grants: readonly ('SECRETARIAT' | 'ADMIN')[];
      sessionId: string;
    };

export const ANONYMOUS: RequestViewer = { kind: 'ANONYMOUS' };

/** What every resolver receives as its GraphQL context. */
export interface GraphqlContext {
  req: Request;
  res: Response;
  loaders: RequestLoaders;
  viewer: RequestViewer;
}
