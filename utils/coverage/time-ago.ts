import type { MessageKey } from '../i18n';

/** "3 h ago" as a message key and number, so the wording stays in _locales. Future times read "just now". */
export function timeAgo(then: number, now: number): { key: MessageKey; n: number } {
  const minutes = Math.floor((now - then) / 60_000);
  if (minutes < 1) return { key: 'timeJustNow', n: 0 };
  if (minutes < 60) return { key: 'timeMinutesAgo', n: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { key: 'timeHoursAgo', n: hours };
  return { key: 'timeDaysAgo', n: Math.floor(hours / 24) };
}
