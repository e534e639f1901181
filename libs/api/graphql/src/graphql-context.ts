import type { Request, Response } from 'express';
import type { RequestLoaders } from './data-loader.factory';

/**
 * Who is asking: nobody in particular, a signed-in account (from its session), or a session
 * that has passed the password but still owes a second factor (PENDING: it may only enter a
 * code, or set up an authenticator app when `step` is TOTP_SETUP).
 */
export type RequestViewer =
  | { kind: 'ANONYMOUS' }
  | {
      kind: 'ACCOUNT';
      accountId: string;
      personId: string;
      fullName: string;
      grants: readonly ('SECRETARIAT' | 'ADMIN')[];
      sessionId: string;
    }
  | {
      kind: 'PENDING';
      accountId: string;
      personId: string;
      fullName: string;
      sessionId: string;
      step: 'TOTP' | 'TOTP_SETUP';
    };

export const ANONYMOUS: RequestViewer = { kind: 'ANONYMOUS' };

/** What every resolver receives as its GraphQL context. */
export interface GraphqlContext {
  req: Request;
  res: Response;
  loaders: RequestLoaders;
  viewer: RequestViewer;
}
