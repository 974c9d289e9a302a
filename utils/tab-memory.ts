/**
 * What the background remembers per tab, in memory only: a stopped service worker forgets it and
 * rebuilds from the page or the index, so nothing here is persisted. Bounded, least recently set
 * dropped first, so a long session with many tabs cannot grow it without end.
 */
export class TabMemory<T> {
  private readonly tabs = new Map<number, T>();

  constructor(private readonly maxTabs: number) {}

  get(tabId: number): T | undefined {
    return this.tabs.get(tabId);
  }

  set(tabId: number, value: T): void {
    this.tabs.delete(tabId); // re-insert so the Map's order is least recently set first
    this.tabs.set(tabId, value);
    if (this.tabs.size > this.maxTabs) this.tabs.delete(this.tabs.keys().next().value!);
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  entries(): [number, T][] {
    return [...this.tabs];
  }
}
