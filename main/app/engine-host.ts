/**
 * Entry of the engine's utilityProcess: the engine runs here so that long imports and OCR never block the
 * window. Messages from main are already validated against the contract.
 */
import { createEngine, describeError, type Engine } from '../engine';
import { answerCall, type EngineCallName } from './engine-calls';
import type { HostRequest, HostMessage } from './engine-host.protocol';

let engine: Engine | undefined;
const port = process.parentPort;

function send(message: HostMessage): void {
  port.postMessage(message);
}

port.on('message', (event) => {
  const request = event.data as HostRequest;
  if (request.type === 'init') {
    createEngine(request.options).then(
      (created) => {
        engine = created;
        engine.subscribe((name, payload) => send({ type: 'event', name, payload }));
        send({ type: 'ready' });
      },
      (error) => send({ type: 'fatal', error: describeError(error) }),
    );
    return;
  }
  if (request.type === 'call') {
    if (!engine) {
      send({ type: 'result', id: request.id, result: { ok: false, error: { code: 'not_ready', message: 'The station is still opening; try again in a moment.' } } });
      return;
    }
    void answerCall(engine, request.name as EngineCallName, request.input).then((result) => send({ type: 'result', id: request.id, result }));
  }
});

process.on('exit', () => void engine?.close());
