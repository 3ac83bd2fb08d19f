import type { Db } from './database';
import type { Role } from '../domain/user';

export type { Role };

export interface StoredUser {
  id: number;
  name: string;
  role: Role;
  password: string;
}

/** All SQL about local accounts. */
export class UsersRepo {
  constructor(private readonly db: Db) {}

  byName(name: string): StoredUser | undefined {
    return this.db.prepare<[string], StoredUser>('SELECT id, name, role, password FROM users WHERE name = ?').get(name);
  }

  byId(id: number): StoredUser | undefined {
    return this.db.prepare<[number], StoredUser>('SELECT id, name, role, password FROM users WHERE id = ?').get(id);
  }

  insert(name: string, role: Role, password: string, now = new Date().toISOString()): number {
    return Number(this.db.prepare('INSERT INTO users (name, role, password, created_at) VALUES (?, ?, ?, ?)').run(name, role, password, now).lastInsertRowid);
  }

  setPassword(id: number, password: string): void {
    this.db.prepare('UPDATE users SET password = ? WHERE id = ?').run(password, id);
  }

  list(): { name: string; role: Role }[] {
    return this.db.prepare<[], { name: string; role: Role }>('SELECT name, role FROM users ORDER BY name').all();
  }

  count(): number {
    return this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users').get()!.n;
  }
}
