import type messages from '../public/_locales/en/messages.json';

/** Every string the UI shows is a key of public/_locales/en/messages.json (a typo fails typecheck). */
export type MessageKey = keyof typeof messages;

/** The shape of `browser.i18n.getMessage`: '' for an unknown key. */
export type MessageSource = (key: string, substitutions?: string[]) => string;

let source: MessageSource = () => '';

/**
 * Where strings come from: pages pass `browser.i18n.getMessage` at startup; tests and Node pass
 * `messagesFromJson(...)`. Kept as a parameter so utils/ never touches the browser.
 */
export function setMessageSource(next: MessageSource): void {
  source = next;
}

/** The localized string for `key` with `$1`…`$9` filled in; the key itself if the string is missing. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return source(key, substitutions.map(String)) || key;
}

type Bundle = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** getMessage over a messages.json bundle, with Chrome's rules: named `$NAME$` placeholders, then `$1`…`$9`. */
export function messagesFromJson(bundle: Bundle): MessageSource {
  return (key, substitutions = []) => {
    const entry = bundle[key];
    if (!entry) return '';
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? placeholder.content : whole;
    });
    return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (substitutions[Number(d) - 1] ?? '')));
  };
}
