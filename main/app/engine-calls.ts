/**
 * Maps each contract call to the engine's API object. Shared by the Electron engine host and the test host,
 * and the one place where the compiler checks that the engine's answers match the contract.
 */
import type { z } from 'zod';
import type { CallName, CallOutput, Calls } from '../../preload/contract';
import type { Engine } from '../engine';

/** Calls answered by the shell itself (dialogs, the file manager), not by the engine. */
export type ShellCallName = 'app.pickFiles' | 'app.openFolder';
export type EngineCallName = Exclude<CallName, ShellCallName>;
type Parsed<K extends CallName> = z.output<Calls[K]['input']>;

const handlers: { [K in EngineCallName]: (engine: Engine, input: Parsed<K>) => CallOutput<K> | Promise<CallOutput<K>> } = {
  'app.info': (engine) => engine.info(),
  'settings.get': (engine) => engine.settings.get(),
  'settings.set': (engine, input) => engine.settings.set(input),
  'settings.station': (engine) => engine.settings.station(),
  'station.backup': (engine, input) => engine.backup(input.out),
  'dashboard.stats': (engine) => engine.dashboard.stats(),
  'dashboard.report': (engine, input) => engine.dashboard.report(input.out, input.locale),
  'records.import': (engine, input) => engine.records.import(input.files),
  'jobs.cancel': (engine, input) => ({ cancelled: engine.jobs.cancel(input.jobId) }),
  'records.find': (engine, input) => engine.records.find(input.text, input.limit),
  'records.list': (engine, input) => engine.records.list(input.offset, input.limit, input.filter),
  'records.show': (engine, input) => engine.records.show(input.ids),
  'records.stats': (engine) => engine.records.stats(),
  'scan.import': (engine, input) => engine.scan.import(input.paths, { stack: input.stack, kind: input.kind, box: input.box }),
  'scan.plan': (engine, input) => engine.scan.plan(input.paths, { stack: input.stack }),
  'scan.devices': (engine) => engine.scan.devices(),
  'scan.separatorSheets': (engine, input) => engine.scan.separatorSheets(input.out, input.count, input.style),
  'scan.fromDevice': (engine, input) => engine.scan.fromDevice(input),
  'scan.watch': (engine, input) => engine.scan.watch(input.dir),
  'scan.unwatch': (engine) => engine.scan.unwatch(),
  'scan.watchStatus': (engine) => engine.scan.watchStatus(),
  'dossiers.list': (engine, input) => engine.dossiers.window(input.offset, input.limit, input.status),
  'dossiers.pages': (engine, input) => engine.dossiers.pages(input.id),
  'dossiers.rotatePage': (engine, input) => engine.dossiers.rotatePage(input.id, input.pageNo, input.quarterTurns),
  'dossiers.movePage': (engine, input) => engine.dossiers.movePage(input.id, input.pageNo, input.toPageNo),
  'dossiers.removePage': (engine, input) => engine.dossiers.removePage(input.id, input.pageNo),
  'dossiers.restorePage': (engine, input) => engine.dossiers.restorePage(input.id),
  'dossiers.replacePage': (engine, input) => engine.dossiers.replacePage(input.id, input.pageNo, input.file),
  'dossiers.pageImage': (engine, input) => engine.dossiers.pageImage(input.id, input.pageNo, input.maxWidth),
  'auth.signIn': (engine, input) => engine.auth.signIn(input.name, input.password),
  'auth.signOut': (engine) => engine.auth.signOut(),
  'auth.current': (engine) => ({ user: engine.auth.current(), needsFirstUser: engine.auth.needsFirstUser() }),
  'users.add': (engine, input) => engine.users.add(input.name, input.role, input.password),
  'users.list': (engine) => engine.users.list(),
  'review.queue': (engine, input) => engine.review.queue(input),
  'review.dossier': (engine, input) => engine.review.dossier(input.id),
  'review.decide': (engine, input) => engine.review.decide(input),
  'review.undo': (engine, input) => engine.review.undo(input.dossier, input.field),
  'review.bulkConfirm': (engine, input) => engine.review.bulkConfirm(input.ids),
  'review.merge': (engine, input) => engine.review.merge({ from: input.from, into: input.into }),
  'audit.list': (engine, input) => engine.audit.list(input.offset, input.limit, input.dossier),
  'audit.verify': (engine) => engine.audit.verify(),
  'export.preview': (engine, input) => engine.export.preview(input.reexport),
  'export.run': (engine, input) => engine.export.run(input),
  'owners.reconcile': (engine) => engine.owners.reconcile(),
  'owners.counts': (engine) => engine.owners.counts(),
  'owners.window': (engine, input) => engine.owners.window(input.status, input.offset, input.limit),
  'owners.decideMany': (engine, input) => engine.owners.decideMany(input.decisions.map((d) => ({ ...d, reason: d.reason ?? null }))),
  'owners.decide': (engine, input) => engine.owners.decide({ record: input.record, field: input.field, action: input.action, reason: input.reason ?? null }),
  'licences.reconcile': (engine) => engine.licences.reconcile(),
  'licences.counts': (engine) => engine.licences.counts(),
  'licences.window': (engine, input) => engine.licences.window(input.status, input.offset, input.limit),
  'licences.show': (engine, input) => engine.licences.show(input.licence_no),
  'licences.decideMany': (engine, input) => engine.licences.decideMany(input.decisions.map((d) => ({ ...d, reason: d.reason ?? null }))),
  'licences.decide': (engine, input) => engine.licences.decide({ licence_no: input.licence_no, field: input.field, action: input.action, reason: input.reason ?? null }),
  'retired.import': (engine, input) => engine.retired.import(input.files),
  'retired.vehicles': (engine, input) => {
    const { total, rows } = engine.retired.vehicles(input.offset, input.limit);
    return { total, rows: rows.map((v) => ({ ...v, dossiers: v.dossiers.map(({ id, box, status, separated }) => ({ id, box, status, separated })) })) };
  },
  'retired.unmatched': (engine, input) => engine.retired.unmatched().slice(0, input.limit),
  'retired.counts': (engine) => engine.retired.counts(),
  'retired.pickList': (engine, input) => engine.retired.pickList(input.out, input.locale),
  'declarations.window': (engine, input) => engine.declarations.window({ status: input.status, match: input.match }, input.offset, input.limit),
  'declarations.paper': (engine, input) => engine.declarations.paper(input.id),
  'declarations.decide': (engine, input) => engine.declarations.decide({ id: input.id, action: input.action, reason: input.reason ?? null }),
  'export.batches': (engine, input) => engine.export.batches(input.offset, input.limit),
  'export.verify': (engine, input) => engine.export.verify(input.dir, { keyId: input.key ?? null }),
};

export function isShellCall(name: CallName): name is ShellCallName {
  return name === 'app.pickFiles' || name === 'app.openFolder';
}

/** Runs an already-validated call against the engine. */
export async function invokeEngine(engine: Engine, name: EngineCallName, input: unknown): Promise<unknown> {
  const handler = handlers[name] as (engine: Engine, input: unknown) => unknown;
  return handler(engine, input);
}
