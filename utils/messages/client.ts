import { browser } from 'wxt/browser';
import type { Envelope, ProtocolError, Replies, RequestOf, RequestType } from './protocol';

export class ProtocolFailure extends Error {
  constructor(readonly error: ProtocolError) {
    super(error.message);
    this.name = 'ProtocolFailure';
  }
}

/** Sends one request to the background and unwraps its reply, throwing a typed failure. */
export async function sendMessage<T extends RequestType>(request: RequestOf<T>): Promise<Replies[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Envelope<Replies[T]> | undefined;
  if (!reply) throw new ProtocolFailure({ code: 'internal', message: 'The background did not answer.' });
  if (!reply.ok) throw new ProtocolFailure(reply.error);
  return reply.data;
}
