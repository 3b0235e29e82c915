/**
 * The classroom's grades service: a JupyterHub service that receives each learner's grading
 * results and shows the teacher the class as one table.
 *
 * The hub starts it and hands it its settings in JUPYTERHUB_* variables. Every caller is
 * identified by asking the hub who owns their token:
 *   POST api/results          a learner records their own results (the token's owner, nobody else)
 *   POST api/results/NAME     the same for NAME: only NAME or the teacher
 *   GET  api/grades           the table as JSON    (teacher only)
 *   GET  grades.csv           the table as CSV     (teacher only)
 *   GET  (the service's page) the table as HTML    (teacher only; browsers log in through the hub)
 * The teacher is a hub admin, or the `classroom-teacher` service whose token `npm run classroom`
 * uses.
 */
import { randomBytes } from 'crypto';
import * as http from 'http';
import { GradeBook, checkLearnerName, parseSubmission, toCsv } from './gradeBook';
import { gradesPage } from './gradesPage';
import { HubIdentity, askHubWhoOwns, cachedIdentities, tokenFromHeader } from './hubIdentity';

interface Settings {
  apiUrl: string;
  apiToken: string;
  prefix: string;
  host: string;
  port: number;
  hubBaseUrl: string;
  clientId: string;
  callbackUrl: string;
  gradesFile: string;
  teacherService: string;
}

function settingsFromEnv(env: NodeJS.ProcessEnv): Settings {
  const need = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`${name} is not set: this service is meant to be started by JupyterHub (see scripts/classroom/jupyterhub_config.py).`);
    return value;
  };
  const url = new URL(need('JUPYTERHUB_SERVICE_URL'));
  return {
    apiUrl: need('JUPYTERHUB_API_URL'),
    apiToken: need('JUPYTERHUB_API_TOKEN'),
    prefix: need('JUPYTERHUB_SERVICE_PREFIX').replace(/\/?$/, '/'),
    host: url.hostname,
    port: Number(url.port),
    hubBaseUrl: (env.JUPYTERHUB_BASE_URL ?? '/').replace(/\/?$/, '/'),
    clientId: need('JUPYTERHUB_CLIENT_ID'),
    callbackUrl: need('JUPYTERHUB_OAUTH_CALLBACK_URL'),
    gradesFile: need('COURSE_CLASSROOM_GRADES_FILE'),
    teacherService: env.COURSE_CLASSROOM_TEACHER_SERVICE ?? 'classroom-teacher',
  };
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const MAX_BODY_BYTES = 1 << 20;

function readJson(request: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new HttpError(413, `the body is larger than ${MAX_BODY_BYTES} bytes`));
      else chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new HttpError(400, 'the body is not valid JSON'));
      }
    });
    request.on('error', reject);
  });
}

function cookies(request: http.IncomingMessage): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) jar.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return jar;
}

export function startGradesService(settings: Settings): http.Server {
  const book = new GradeBook(settings.gradesFile);
  const identify = cachedIdentities(settings.apiUrl);
  /** Browser sessions after logging in through the hub: session id -> who, until when. */
  const sessions = new Map<string, { who: HubIdentity; until: number }>();
  const SESSION_MS = 8 * 3600_000; // a school day; then the browser logs in through the hub again
  const SESSION_COOKIE = 'course-grades-session';
  const STATE_COOKIE = 'course-grades-oauth-state';
  const cookieAttributes = `Path=${settings.prefix}; HttpOnly; SameSite=Lax`;

  const isTeacher = (who: HubIdentity) =>
    (who.kind === 'user' && who.admin) || (who.kind === 'service' && who.name === settings.teacherService);

  async function caller(request: http.IncomingMessage): Promise<HubIdentity | undefined> {
    const token = tokenFromHeader(request.headers.authorization);
    if (token) return identify(token);
    const id = cookies(request).get(SESSION_COOKIE);
    const session = id ? sessions.get(id) : undefined;
    if (session && session.until > Date.now()) return session.who;
    if (id) sessions.delete(id);
    return undefined;
  }

  function send(response: http.ServerResponse, status: number, type: string, body: string, headers: http.OutgoingHttpHeaders = {}) {
    response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
    response.end(body);
  }
  const sendJson = (response: http.ServerResponse, status: number, value: unknown) =>
    send(response, status, 'application/json', JSON.stringify(value));

  /** Send a browser to the hub's login, which comes back to oauth_callback with a code. */
  function redirectToLogin(response: http.ServerResponse) {
    const state = randomBytes(16).toString('hex');
    const query = new URLSearchParams({
      client_id: settings.clientId,
      redirect_uri: settings.callbackUrl,
      response_type: 'code',
      state,
    });
    response.writeHead(302, {
      Location: `${settings.hubBaseUrl}hub/api/oauth2/authorize?${query}`,
      'Set-Cookie': `${STATE_COOKIE}=${state}; ${cookieAttributes}; Max-Age=600`,
    });
    response.end();
  }

  async function finishLogin(request: http.IncomingMessage, response: http.ServerResponse, query: URLSearchParams) {
    const code = query.get('code');
    if (!code || query.get('state') !== cookies(request).get(STATE_COOKIE)) {
      throw new HttpError(400, 'the login did not come back with a matching state: open the grades page again');
    }
    const exchange = await fetch(`${settings.apiUrl.replace(/\/$/, '')}/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: settings.clientId,
        client_secret: settings.apiToken,
        grant_type: 'authorization_code',
        code,
        redirect_uri: settings.callbackUrl,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!exchange.ok) throw new HttpError(403, `the hub refused the login (${exchange.status})`);
    const { access_token: token } = (await exchange.json()) as { access_token?: string };
    const who = token ? await askHubWhoOwns(settings.apiUrl, token) : undefined;
    if (!who) throw new HttpError(403, 'the hub did not confirm who logged in');
    const session = randomBytes(24).toString('hex');
    sessions.set(session, { who, until: Date.now() + SESSION_MS });
    response.writeHead(302, { Location: settings.prefix, 'Set-Cookie': `${SESSION_COOKIE}=${session}; ${cookieAttributes}` });
    response.end();
  }

  async function route(request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://service');
    // Through the proxy the path keeps the service's prefix; called directly it may not.
    let route = url.pathname.startsWith(settings.prefix) ? url.pathname.slice(settings.prefix.length) : url.pathname.replace(/^\//, '');
    route = route.replace(/\/$/, '');
    const method = request.method ?? 'GET';

    if (route === 'oauth_callback' && method === 'GET') return finishLogin(request, response, url.searchParams);
    const who = await caller(request);
    const wantsPage = route === '' && method === 'GET';
    if (!who) {
      if (wantsPage) return redirectToLogin(response);
      throw new HttpError(403, 'no valid hub token: send "Authorization: token $JUPYTERHUB_API_TOKEN"');
    }

    const results = /^api\/results(?:\/([^/]+))?$/.exec(route);
    if (results && method === 'POST') {
      const learner = results[1] === undefined ? who.name : decodeURIComponent(results[1]);
      if (learner !== who.name || who.kind !== 'user') {
        if (!isTeacher(who)) throw new HttpError(403, `${who.name} may submit only their own results, not ${learner}'s`);
      }
      let submission;
      try {
        checkLearnerName(learner);
        submission = parseSubmission(await readJson(request));
      } catch (err) {
        if (err instanceof HttpError) throw err;
        throw new HttpError(400, (err as Error).message);
      }
      return sendJson(response, 200, { learner, recorded: book.record(learner, submission) });
    }
    const teacherRoutes = ['', 'grades.csv', 'api/grades'];
    if (teacherRoutes.includes(route) && method === 'GET') {
      if (!isTeacher(who)) throw new HttpError(403, `only the teacher (a hub admin) can read the class's grades; ${who.name} is not one`);
      const entries = book.table();
      if (route === 'api/grades') return sendJson(response, 200, { entries });
      if (route === 'grades.csv') {
        return send(response, 200, 'text/csv; charset=utf-8', toCsv(entries), { 'Content-Disposition': 'attachment; filename="grades.csv"' });
      }
      return send(response, 200, 'text/html; charset=utf-8', gradesPage(entries, `${settings.prefix}grades.csv`));
    }
    throw new HttpError(404, `no such page: ${method} ${url.pathname}`);
  }

  const server = http.createServer((request, response) => {
    route(request, response).catch((err: Error) => {
      const status = err instanceof HttpError ? err.status : 500;
      if (status === 500) console.error(`grades service: ${err.stack ?? err.message}`);
      if (!response.headersSent) sendJson(response, status, { error: err.message });
      else response.end();
    });
  });
  server.listen(settings.port, settings.host, () => {
    console.error(`grades service: listening on ${settings.host}:${settings.port}${settings.prefix}, grade book ${settings.gradesFile}`);
  });
  return server;
}

if (require.main === module) {
  try {
    const server = startGradesService(settingsFromEnv(process.env));
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.close(() => process.exit(0)));
  } catch (err) {
    console.error(`grades service: ${(err as Error).message}`);
    process.exit(2);
  }
}
