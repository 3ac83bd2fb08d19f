import type { AuditRepo } from '../db/audit.repo';
import type { Role, UsersRepo } from '../db/users.repo';
import { UserError } from '../errors';
import { hashPassword, verifyPassword } from './password';
import { say, termOf } from '../domain/messages/catalogue';
import type { MessageParam } from '../domain/messages/message';
import { ROLES } from '../domain/user';

export type { Role };

/** A signed-in person as the engine knows them. */
export interface Actor {
  id: number;
  name: string;
  role: Role;
}

export { ROLES } from '../domain/user';
const NAME = /^[\p{L}\d][\p{L}\d._-]{0,39}$/u;
export const MIN_PASSWORD = 8;

/**
 * Local accounts: clerks scan, officers and leads decide, leads export. Passwords are salted scrypt hashes;
 * a wrong name and a wrong password get the same answer so names cannot be probed.
 */
export class Accounts {
  constructor(
    private readonly users: UsersRepo,
    private readonly audit: AuditRepo,
  ) {}

  /** Creates an account. `by` is the lead adding it from the app; the command line (the machine's owner) passes none. */
  async add(name: string, role: string, password: string, by?: Actor | null): Promise<Actor> {
    const clean = name.normalize('NFC').trim();
    if (!NAME.test(clean)) throw new UserError(say('account.bad_name', { name }));
    if (!(ROLES as readonly string[]).includes(role)) throw new UserError(say('account.bad_role', { role }));
    if (password.length < MIN_PASSWORD) throw new UserError(say('account.short_password', { name: clean, min: MIN_PASSWORD }));
    if (by !== undefined && this.users.count() > 0 && by?.role !== 'lead') throw new UserError(say('account.lead_only'), 'forbidden');
    if (this.users.byName(clean)) throw new UserError(say('account.exists', { name: clean }), 'conflict');
    const hash = await hashPassword(password);
    const id = this.users.insert(clean, role as Role, hash);
    this.audit.append({ at: new Date().toISOString(), user: by?.name ?? 'command line', action: 'user.add', dossier: null, field: null, before: null, after: `${clean} (${role})`, reason: null });
    return { id, name: clean, role: role as Role };
  }

  /** The account for a name and password; one sentence, the same for either mistake, when they do not match. */
  async authenticate(name: string, password: string): Promise<Actor> {
    const user = this.users.byName(name.normalize('NFC').trim());
    // Hash anyway for an unknown name, so the answer takes as long either way.
    const ok = await verifyPassword(password, user?.password ?? 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
    if (!user || !ok) throw new UserError(say('account.wrong_password', { name }), 'auth_failed');
    return { id: user.id, name: user.name, role: user.role };
  }

  list(): { name: string; role: Role }[] {
    return this.users.list();
  }

  count(): number {
    return this.users.count();
  }
}

/** Refuses unless the actor has one of the roles; `doing` (a `doing.*` message) completes "Only … can …". */
export function requireRole(actor: Actor | null, roles: readonly Role[], doing: MessageParam): Actor {
  if (!actor) throw new UserError(say('account.sign_in_to', { doing }), 'unauthenticated');
  if (!roles.includes(actor.role)) {
    const who = termOf('roles', roles.join('_'));
    throw new UserError(say('account.forbidden', { name: actor.name, role: termOf('role', actor.role), who, doing }), 'forbidden');
  }
  return actor;
}
