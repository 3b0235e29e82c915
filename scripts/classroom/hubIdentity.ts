/**
 * Who holds a token, asked of JupyterHub itself: the hub answers `GET /hub/api/user` for any
 * valid token with the owner's name, kind (user or service) and admin flag. The grades service
 * trusts nothing else about a caller.
 */
import { createHash } from 'crypto';

export interface HubIdentity {
  kind: 'user' | 'service';
  name: string;
  admin: boolean;
}

/** The token in an `Authorization: token X` or `Authorization: Bearer X` header. */
export function tokenFromHeader(header: string | undefined): string | undefined {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

/** Ask the hub who owns `token`; undefined when the hub does not accept it. */
export async function askHubWhoOwns(apiUrl: string, token: string): Promise<HubIdentity | undefined> {
  const response = await fetch(`${apiUrl.replace(/\/$/, '')}/user`, {
    headers: { Authorization: `token ${token}` },
    signal: AbortSignal.timeout(10_000),
  });
  if (response.status === 401 || response.status === 403) return undefined;
  if (!response.ok) throw new Error(`the hub answered ${response.status} when asked who owns a token`);
  const model = (await response.json()) as { kind?: string; name?: string; admin?: boolean };
  if ((model.kind !== 'user' && model.kind !== 'service') || typeof model.name !== 'string') return undefined;
  return { kind: model.kind, name: model.name, admin: model.admin === true };
}

/**
 * askHubWhoOwns with a short memory, so a learner grading ten exercises in a row costs the hub
 * one question, while a revoked token stops working within `seconds`.
 */
export function cachedIdentities(apiUrl: string, seconds = 30) {
  const known = new Map<string, { identity: HubIdentity | undefined; until: number }>();
  return async (token: string): Promise<HubIdentity | undefined> => {
    const id = createHash('sha256').update(token).digest('hex'); // never keep tokens themselves
    const hit = known.get(id);
    if (hit && hit.until > Date.now()) return hit.identity;
    const identity = await askHubWhoOwns(apiUrl, token);
    known.set(id, { identity, until: Date.now() + seconds * 1000 });
    if (known.size > 10_000) known.clear();
    return identity;
  };
}
