import type { InputOf } from '../domain/call';
import type { OwnersCalls } from '../domain/owners.calls';

/**
 * A ward officer's decision on one declaration: the `declarations.decide` call's input (domain/owners.calls.ts), except
 * that the action is any word — the command line passes it as typed and `decide` refuses an unknown one in its own
 * sentence.
 */
export type DeclarationDecisionRequest = Omit<InputOf<OwnersCalls, 'declarations.decide'>, 'action'> & { action: string };
