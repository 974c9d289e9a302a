// @vitest-environment node
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { ALLOWED_SENDERS, RequestSchema, type Envelope, type RequestType } from '../../utils/messages/protocol';
import { createRouter, senderKind, type Handlers, type SenderInfo } from '../../utils/messages/router';
import { params, Tally, timeoutFor } from './fuzz-budget';
import { VALID } from './valid-messages';

/**
 * The router with arbitrary values and with valid messages mutated field by field, from every
 * kind of sender. It never throws; every reply is an Envelope; a handler runs only for a message
 * that passes RequestSchema from a sender ALLOWED_SENDERS permits.
 */

const ORIGIN = 'chrome-extension://parallaxid/';
const SENDERS: SenderInfo[] = [
  { id: 'parallaxid', url: `${ORIGIN}options.html` },
  { id: 'parallaxid', url: 'https://news.example/a', tab: { id: 3, url: 'https://news.example/a' } },
  { id: 'other', url: 'chrome-extension://other/bg.html' },
  {},
];

const TYPES = Object.keys(ALLOWED_SENDERS) as RequestType[];
const valid = (type: RequestType) => ({ type, ...structuredClone(VALID[type]) });

function setup() {
  const calls: { request: unknown; sender: SenderInfo }[] = [];
  const handlers = Object.fromEntries(
    TYPES.map((type) => [
      type,
      (request: unknown, sender: SenderInfo) => (calls.push({ request, sender }), { handled: type }),
    ]),
  ) as unknown as Handlers;
  return { route: createRouter(handlers, ORIGIN), calls };
}

function checkReply(reply: Envelope<unknown>): void {
  expect(typeof reply).toBe('object');
  if (reply.ok) return;
  expect(['invalid-message', 'unknown-type', 'forbidden', 'internal']).toContain(reply.error.code);
  expect(typeof reply.error.message).toBe('string');
  // Error messages echo a bounded part of the input, never the whole of it.
  expect(reply.error.message.length).toBeLessThan(1000);
}

/** A path into a message and a value to put there (or delete): the mutations of valid messages. */
const tweak = fc.record({
  depth: fc.nat(3),
  pick: fc.nat(),
  value: fc.oneof(
    fc.anything({ maxDepth: 2 }),
    fc.constant(undefined),
    fc.constantFrom('javascript:alert(1)', '__proto__', 'x'.repeat(5000), -1, 1e308, NaN),
  ),
  remove: fc.boolean(),
});

function mutate(
  message: Record<string, unknown>,
  tweaks: { depth: number; pick: number; value: unknown; remove: boolean }[],
) {
  for (const t of tweaks) {
    let target: Record<string, unknown> = message;
    for (let d = 0; d < t.depth; d++) {
      const children = Object.keys(target).filter((k) => typeof target[k] === 'object' && target[k] !== null);
      if (!children.length) break;
      target = target[children[t.pick % children.length]!] as Record<string, unknown>;
    }
    const keys = Object.keys(target);
    const key = keys.length ? keys[t.pick % keys.length]! : 'extra';
    if (t.remove) delete target[key];
    else target[key] = t.value;
  }
  return message;
}

const tally = new Tally('router(arbitrary and mutated messages)');
afterAll(() => tally.report());

describe('the message router under fuzzing', () => {
  it('has a valid example for every message type, accepted from its allowed sender', async () => {
    const { route } = setup();
    for (const type of TYPES) {
      expect(v.safeParse(RequestSchema, valid(type)).success, type).toBe(true);
      const sender = SENDERS.find((s) => {
        const kind = senderKind(s, ORIGIN);
        return kind !== 'foreign' && (ALLOWED_SENDERS[type] === 'any' || ALLOWED_SENDERS[type] === kind);
      })!;
      expect((await route(valid(type), sender)).ok, type).toBe(true);
    }
  });

  it('bounds the error for an oversized invalid field (found by this fuzzer: valibot quotes the value)', async () => {
    const { route } = setup();
    const reply = await route({ ...valid('ArticleSeen'), article: 'x'.repeat(100_000) }, SENDERS[1]!);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    checkReply(reply);
  });

  it(
    'never throws, and runs a handler only for a valid message from an allowed sender',
    async () => {
      const message = fc.oneof(
        fc.anything(),
        fc
          .record({ type: fc.constantFrom(...TYPES, 'toString', '__proto__', 'constructor') }, { requiredKeys: [] })
          .chain((m) => fc.dictionary(fc.string(), fc.anything({ maxDepth: 2 })).map((extra) => ({ ...extra, ...m }))),
        fc
          .tuple(fc.constantFrom(...TYPES), fc.array(tweak, { maxLength: 3 }))
          .map(([type, tweaks]) => mutate(valid(type), tweaks)),
      );
      await fc.assert(
        fc.asyncProperty(message, fc.nat(SENDERS.length - 1), async (raw, s) => {
          const { route, calls } = setup();
          const sender = SENDERS[s]!;
          const reply = await tally.timeAsync(() => route(raw, sender));
          tally.count(reply.ok ? 'handled' : reply.error.code);
          checkReply(reply);
          expect(calls.length).toBe(reply.ok ? 1 : 0);
          for (const call of calls) {
            const parsed = v.safeParse(RequestSchema, call.request);
            expect(parsed.success).toBe(true);
            const kind = senderKind(call.sender, ORIGIN);
            const allowed = ALLOWED_SENDERS[(call.request as { type: RequestType }).type];
            expect(kind).not.toBe('foreign');
            if (allowed !== 'any') expect(kind).toBe(allowed);
          }
        }),
        params(),
      );
    },
    timeoutFor(20),
  );
});
