/**
 * The parts of the engine's API about people: who is signed in, accounts, the officer's review and the audit
 * log. The signed-in user (the session) lives here; decisions and exports act as that user.
 */
import { verifyChain } from './audit/audit-chain';
import { codedMessages, readMessages, storedSentence } from './domain/messages/stored';
import type { AuditRepo } from './db/audit.repo';
import type { ScanAttribution } from './dashboard/scan-attribution';
import type { AuditVerdict } from './domain/review';
import type { DecisionOutcome, DecisionRequest } from './review/decide.service';
import type { ReviewDossier } from './review/review-view';
import type { AuditEntry, QueueItem } from './domain/review';
import type { QueueRequest } from './review/review.service';
import type { User } from './domain/user';
import type { MergeOutcome } from './review/merge.service';
import type { Review } from './review/review.service';
import type { Accounts, Actor } from './users/accounts.service';
import { withDefaults, type InputOf } from './domain/call';
import { reviewCalls, type ReviewCalls } from './domain/review.calls';


/** The engine's `auth`, `users`, `review` and `audit` calls, as the engine offers them. */
export interface PeopleCalls {
  /** Local accounts and the app's signed-in user (the command line signs in per command). */
  auth: {
    signIn(input: In<'auth.signIn'>): Promise<User>;
    signOut(): null;
    /** Who is signed in, and whether the station has no account yet (the first one may be made without signing in). */
    current(): { user: User | null; needsFirstUser: boolean };
  };
  users: {
    /** Adds an account: by the signed-in lead, or by anyone while the station has none; `asOwner` = the command line. */
    add(input: Omit<In<'users.add'>, 'role'> & { role: string; asOwner?: boolean }): Promise<User>;
    list(): User[];
  };
  review: {
    queue(request: QueueRequest): { total: number; rows: QueueItem[] };
    dossier(input: In<'review.dossier'>): ReviewDossier;
    /** A decision by the signed-in user (officer or lead). */
    decide(request: DecisionRequest): Promise<DecisionOutcome & { dossier: ReviewDossier }>;
    undo(input: In<'review.undo'>): Promise<DecisionOutcome & { dossier: ReviewDossier }>;
    bulkConfirm(request: In<'review.bulkConfirm'>): Promise<{ confirmed: string[]; skipped: { id: string; reason: string }[] }>;
    /**
     * Merges a duplicate dossier into the other (signed-in officer or lead): its pages move, kept with their readings
     * and history, to the end of `into`, which is fused, linked and flagged again; `from` is set aside with a
     * sentence naming `into` (status `failed`, out of the queue and the export); audited as `review.merge`.
     */
    merge(request: In<'review.merge'>): Promise<MergeOutcome>;
  };
  audit: {
    list(input: In<'audit.list'>): { total: number; rows: AuditEntry[] };
    verify(): AuditVerdict;
  };
}

/** A call's input, as its schema in domain/review.calls.ts gives it. */
type In<K extends keyof ReviewCalls> = InputOf<ReviewCalls, K>;

export type PeopleApi = PeopleCalls & {
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
      signIn: async ({ name, password }) => {
        session = await accounts.authenticate(name, password);
        attribution.signedIn(session);
        return { name: session.name, role: session.role };
      },
      signOut: () => {
        attribution.signedIn(null);
        return (session = null);
      },
      current: () => ({ user: session ? { name: session.name, role: session.role } : null, needsFirstUser: accounts.count() === 0 }),
    },
    users: {
      add: async ({ name, role, password, asOwner }) => {
        const added = await accounts.add(name, role, password, asOwner ? undefined : session);
        return { name: added.name, role: added.role };
      },
      list: () => accounts.list(),
    },
    review: {
      queue: (request) => review.queue(request),
      dossier: ({ id }) => review.dossier(id),
      decide: (request) => thenChanged(review.decide(session, request)),
      undo: ({ dossier, field }) => thenChanged(review.undo(session, dossier, field)),
      bulkConfirm: ({ ids }) => thenChanged(review.bulkConfirm(session, ids)),
      merge: (request) => thenChanged(Promise.resolve().then(() => deps.merge(session, request))),
    },
    audit: {
      list: (input) => {
        const { offset, limit, dossier } = withDefaults(reviewCalls['audit.list'], input);
        const { total, rows } = audit.window(offset, limit, dossier);
        // Reasons the engine wrote are stored coded (the hash covers them as stored).
        const shown = rows.map(({ prev_hash: _p, hash: _h, ...entry }) => {
          const afterText = codedMessages(entry.after);
          const coded = afterText ? { after: storedSentence(entry.after), after_text: afterText } : {};
          return { ...entry, reason: storedSentence(entry.reason), reason_text: readMessages(entry.reason), ...coded };
        });
        return { total, rows: shown };
      },
      verify: () => verifyChain(audit.all(), audit.head()),
    },
  };
}
