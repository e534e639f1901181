import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';

/** A message the test server accepted: the envelope, the raw bytes and mailparser's reading. */
export interface ReceivedMail {
  /** The AUTH username, if the client signed in. */
  user: string | null;
  password: string | null;
  from: string;
  to: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

export interface SmtpTestServerOptions {
  /** Answer every RCPT TO with a permanent 550. */
  refuseRecipients?: boolean;
  /**
   * Called when a client has sent a whole message, before the server answers it. Until the
   * returned promise settles the client waits for the reply; a rejection refuses the message.
   */
  beforeAccept?: (mail: ReceivedMail) => Promise<void> | void;
}

export interface SmtpTestServer {
  port: number;
  /** `smtp://127.0.0.1:<port>` */
  url: string;
  /** Accepted messages, in the order their DATA ended. */
  received: ReceivedMail[];
  /** Messages whose DATA arrived, accepted or not (including ones held by beforeAccept). */
  arrived: ReceivedMail[];
  /** Resolves when at least `count` messages were accepted; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server (the `smtp-server` package) on a free loopback port, for tests that deliver
 * mail and read every message back with `mailparser`. Plain SMTP without STARTTLS; AUTH PLAIN
 * and LOGIN are offered and optional, the credentials recorded.
 */
export async function startSmtpTestServer(
  options: SmtpTestServerOptions = {},
): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  const arrived: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  const credentials = new Map<string, { user: string; password: string }>();

  const server = new SMTPServer({
    secure: false,
    hideSTARTTLS: true,
    authOptional: true,
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    disableReverseLookup: true,
    logger: false,
    onAuth(auth, session, callback) {
      credentials.set(session.id, { user: auth.username ?? '', password: auth.password ?? '' });
      callback(null, { user: auth.username });
    },
    onRcptTo(_address, _session, callback) {
      if (options.refuseRecipients) {
        const error = Object.assign(new Error('5.1.1 No such mailbox here'), { responseCode: 550 });
        callback(error);
      } else callback();
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error: Error) => callback(error));
      stream.on('end', () => {
        void (async () => {
          const raw = Buffer.concat(chunks);
          const creds = credentials.get(session.id);
          const mail: ReceivedMail = {
            user: creds?.user ?? null,
            password: creds?.password ?? null,
            from: addressOf(session.envelope.mailFrom),
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw,
            parsed: await simpleParser(raw),
          };
          arrived.push(mail);
          try {
            await options.beforeAccept?.(mail);
          } catch (error) {
            callback(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          received.push(mail);
          for (const wake of waiters.splice(0)) wake();
          callback(null, 'Queued');
        })().catch((error: unknown) =>
          callback(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => undefined);
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    arrived,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) {
          throw new Error(`Expected ${count} messages, got ${received.length} in ${timeoutMs} ms`);
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function addressOf(address: SMTPServerAddress | false): string {
  return address ? address.address : '';
}

/** The unfolded value of each header line called `name` (mailparser parses some, e.g. List-*). */
export function headerLines(mail: ParsedMail, name: string): string[] {
  const key = name.toLowerCase();
  return mail.headerLines
    .filter((line) => line.key === key)
    .map((line) =>
      line.line
        .slice(line.line.indexOf(':') + 1)
        .replace(/\r?\n[ \t]+/g, ' ')
        .trim(),
    );
}
