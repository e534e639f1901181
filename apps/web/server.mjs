// The web app's production server: Express serving the Remix build, in place of `remix-serve`,
// for one reason: loaders and actions need the address of the person's browser (the load
// context's `clientAddress`), which the web server forwards to the API as X-Forwarded-For so that
// the API can throttle sign-in attempts per person rather than per web server.
//
// Settings: PORT (3000), HOST (all interfaces), TRUST_PROXY (Express syntax; default "loopback":
// X-Forwarded-For is believed only from a proxy on this machine).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createReadableStreamFromReadable,
  createRequestHandler,
  installGlobals,
  writeReadableStreamToWritable,
} from '@remix-run/node';
import express from 'express';

installGlobals({ nativeFetch: true });

const root = path.dirname(fileURLToPath(import.meta.url));
const build = await import(pathToFileURL(path.join(root, 'build', 'server', 'index.js')).href);
const handleRequest = createRequestHandler(build, process.env.NODE_ENV);

/** The Fetch API request Remix expects, from Express's. */
function toFetchRequest(req, res) {
  const controller = new AbortController();
  res.on('close', () => controller.abort());
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const init = { method: req.method, headers, signal: controller.signal };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    init.body = createReadableStreamFromReadable(req);
    init.duplex = 'half';
  }
  // req.protocol and req.host honour TRUST_PROXY, like the client address.
  return new Request(new URL(req.originalUrl, `${req.protocol}://${req.host}`), init);
}

/** Sends Remix's response, keeping every Set-Cookie header apart. */
async function sendFetchResponse(res, response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers) {
    if (name.toLowerCase() !== 'set-cookie') res.append(name, value);
  }
  for (const cookie of response.headers.getSetCookie()) res.append('Set-Cookie', cookie);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

const app = express();
app.disable('x-powered-by');
app.set('trust proxy', process.env.TRUST_PROXY || 'loopback');

// Files whose names carry a content hash (Vite's scripts and styles) never change; the rest of
// the client build (GOV.UK Frontend's assets and script, the favicon) may, with a new release.
const HASHED = /-[\w-]{8,}\.(?:js|css|map)$/;
app.use(
  express.static(path.join(root, 'build', 'client'), {
    maxAge: '1h',
    setHeaders(res, file) {
      if (HASHED.test(file)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  }),
);

// A post whose Origin names another host is a cross-site request: refuse it here with 403.
// (Remix would otherwise abort such an action with an error, a 500.) The full check, Fetch
// Metadata included, is in app/csrf.server.ts, which every action goes through.
app.use((req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  const origin = req.get('origin');
  if (origin === undefined) return next();
  let host = null;
  try {
    host = new URL(origin).host;
  } catch {
    // "null" and other unparsable origins are refused below.
  }
  if (host !== req.host) {
    res
      .status(403)
      .type('text/plain')
      .send('This form was sent from another site, so it was refused.');
    return;
  }
  next();
});

app.use(async (req, res, next) => {
  try {
    const response = await handleRequest(toFetchRequest(req, res), {
      clientAddress: req.ip,
    });
    await sendFetchResponse(res, response);
  } catch (error) {
    next(error);
  }
});

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST;
const server = host ? app.listen(port, host, listening) : app.listen(port, listening);

function listening() {
  process.stdout.write(`Web app listening on http://${host ?? 'localhost'}:${port}\n`);
}

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => server.close());
}
