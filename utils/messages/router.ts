import * as v from 'valibot';
import {
  ALLOWED_SENDERS,
  RequestSchema,
  type Envelope,
  type ProtocolError,
  type Replies,
  type RequestOf,
  type RequestType,
} from './protocol';

/** What the background knows about who sent a message (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type Handlers = {
  [T in RequestType]: (request: RequestOf<T>, sender: SenderInfo) => Promise<Replies[T]> | Replies[T];
};

const fail = (code: ProtocolError['code'], message: string): Envelope<never> => ({
  ok: false,
  error: { code, message },
});

/**
 * Validates an incoming message and dispatches it. Never throws: malformed input, a sender
 * without the right, and a handler that fails all come back as a typed error.
 */
export function createRouter(handlers: Handlers, extensionOrigin: string) {
  return async (raw: unknown, sender: SenderInfo): Promise<Envelope<unknown>> => {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    // Own keys only: "toString" or "__proto__" must not pass for a message type.
    if (typeof type !== 'string' || !Object.hasOwn(ALLOWED_SENDERS, type)) {
      return fail('unknown-type', `Unknown message type: ${JSON.stringify(type ?? null).slice(0, 80)}`);
    }
    const parsed = v.safeParse(RequestSchema, raw);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      // valibot quotes the received value in its message: bound it, so a 10 MB field is not echoed back.
      const reason = issue.message.length > 200 ? `${issue.message.slice(0, 200)}…` : issue.message;
      return fail('invalid-message', `Invalid ${type} message${path ? ` at ${path}` : ''}: ${reason}`);
    }
    const request = parsed.output;
    const kind = senderKind(sender, extensionOrigin);
    const allowed = ALLOWED_SENDERS[request.type];
    if (kind === 'foreign' || (allowed !== 'any' && allowed !== kind)) {
      return fail(
        'forbidden',
        `${type} is not accepted from ${kind === 'foreign' ? 'another extension' : `a ${kind}`}`,
      );
    }
    try {
      const handler = handlers[request.type] as (r: typeof request, s: SenderInfo) => Promise<unknown> | unknown;
      return { ok: true, data: await handler(request, sender) };
    } catch (error) {
      return fail('internal', error instanceof Error ? error.message : String(error));
    }
  };
}

/** Content scripts send from a web page's tab; extension pages from the extension's own origin. */
export function senderKind(sender: SenderInfo, extensionOrigin: string): 'content' | 'page' | 'foreign' {
  const origin = extensionOrigin.replace(/\/$/, '');
  if (sender.url?.startsWith(`${origin}/`)) return 'page';
  if (sender.tab && sender.url && /^https?:/i.test(sender.url)) return 'content';
  return 'foreign';
}
