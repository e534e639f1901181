import type { Request } from 'express';

/** The session token from `Authorization: Bearer …` (the web server) or the session cookie (browsers). */
export function sessionTokenFrom(
  req: Pick<Request, 'headers'>,
  cookieName: string,
): string | undefined {
  const authorization = req.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim();
  const cookies = req.headers.cookie;
  if (!cookies) return undefined;
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName) {
      try {
        return decodeURIComponent(value.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
