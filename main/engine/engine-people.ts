/**
 * The parts of the engine's API about people: who is signed in, accounts, the officer's review and the audit
 * log. The signed-in user (the session) lives here; decisions and exports act as that user.
 */
import { verifyChain } from './audit/audit-chain';
import type { AuditRepo } from './db/audit.repo';
import type { ScanAttribution } from './dashboard/scan-attribution';
import type { Engine } from './engine.types';
import type { MergeOutcome } from './review/merge.service';
import type { Review } from './review/review.service';
import type { Accounts, Actor } from './users/accounts.service';

export type PeopleApi = Pick<Engine, 'auth' | 'users' | 'review' | 'audit'> & {
  /** The signed-in user, for calls made on their behalf (export). */
  actor(): Actor | null;
};

export function createPeopleApi(deps: {
  accounts: Accounts;
  attribution: ScanAttribution;
  review: Review;
  audit: AuditRepo;
  /** Dossiers changed (a decision): screens refresh. */
  changed: () => void;
  /** Merges a duplicate dossier into the other as `actor` (review/merge.service). */
  merge: (actor: Actor | null, request: { from: string; into: string }) => MergeOutcome;
}): PeopleApi {
  const { accounts, attribution, review, audit } = deps;
  let session: Actor | null = null;
  const thenChanged = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    deps.changed();
    return result;
  };
  return {
    actor: () => session,
    auth: {
      signIn: async (name, password) => {
        session = await accounts.authenticate(name, password);
        attribution.signedIn(session);
        return { name: session.name, role: session.role };
      },
      signOut: () => {
        attribution.signedIn(null);
        return (session = null);
      },
      current: () => (session ? { name: session.name, role: session.role } : null),
      needsFirstUser: () => accounts.count() === 0,
    },
    users: {
      add: async (name, role, password, addOptions = {}) => {
        const added = await accounts.add(name, role, password, addOptions.asOwner ? undefined : session);
        return { name: added.name, role: added.role };
      },
      list: () => accounts.list(),
    },
    review: {
      queue: (request) => review.queue(request),
      dossier: (id) => review.dossier(id),
      decide: (request) => thenChanged(review.decide(session, request)),
      undo: (id, field) => thenChanged(review.undo(session, id, field)),
      bulkConfirm: (ids) => thenChanged(review.bulkConfirm(session, ids)),
      merge: (request) => thenChanged(Promise.resolve().then(() => deps.merge(session, request))),
    },
    audit: {
      list: (offset, limit, dossier) => {
        const { total, rows } = audit.window(offset, limit, dossier);
        return { total, rows: rows.map(({ prev_hash: _p, hash: _h, ...entry }) => entry) };
      },
      verify: () => verifyChain(audit.all(), audit.head()),
    },
  };
}
