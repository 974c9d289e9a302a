import type { Replies, RequestOf, RequestType } from '../../utils/messages/protocol';

/** How the options page reaches the background and the browser; passed in so tests can use a real service. */
export interface OptionsEnv {
  send<T extends RequestType>(request: RequestOf<T>): Promise<Replies[T]>;
  /** Asks for host access for a new source; call it first thing in a click handler. */
  requestHostAccess(urls: string[]): Promise<boolean>;
}
