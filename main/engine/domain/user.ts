/**
 * A person with a local account at the station, and what they may do: zod schemas, their types inferred; the
 * engine's accounts (users/, db/users.repo.ts) and the contract (review.calls.ts) both take them from here.
 */
import { z } from 'zod';

/** Clerks scan, officers review, the station lead also exports and manages accounts. */
export const ROLES = ['clerk', 'officer', 'lead'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** An account as the screens see it: its name and role (never its password). */
export const User = z.object({ name: z.string(), role: Role });
export type User = z.infer<typeof User>;
