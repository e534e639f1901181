import { AccountTokenStatusDocument, type AccountTokenPurpose } from '@boards/web/api-client';
import { apiRequest, type RequestArgs } from './api.server';

/** Tokens in emailed links are short; anything longer is not one of them. */
const MAX_TOKEN_LENGTH = 200;

/** The token of an emailed link, from the page's address, if it could be one. */
export function tokenFrom(request: Request): string | null {
  const token = new URL(request.url).searchParams.get('token');
  return token && token.length <= MAX_TOKEN_LENGTH && /^[\w-]+$/.test(token) ? token : null;
}

/** Whether the emailed link of this page can still be used; the API does not say why not. */
export async function linkIsValid(
  args: RequestArgs,
  purpose: AccountTokenPurpose,
): Promise<{ token: string | null; valid: boolean }> {
  const token = tokenFrom(args.request);
  if (!token) return { token: null, valid: false };
  const { accountTokenStatus } = await apiRequest(args, AccountTokenStatusDocument, {
    token,
    purpose,
  });
  return { token, valid: accountTokenStatus === 'VALID' };
}
