/**
 * The in-page pill's script is not in the manifest (WXT `registration: 'runtime'`): it is
 * registered with the browser only while the reader has the pill switched on, so pages never load
 * it otherwise and the main content script stays within its size budget.
 */
export const PILL_SCRIPT_ID = 'parallax-pill';
export const PILL_SCRIPT_FILE = 'content-scripts/pill.js';

/** The part of `browser.scripting` this needs; passed in so utils/ stays free of the browser. */
export interface PillScripting {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(
    scripts: { id: string; js: string[]; matches: string[]; runAt: 'document_idle'; persistAcrossSessions: boolean }[],
  ): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
  executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}

export type PillSync = 'registered' | 'unregistered' | 'unavailable';

/**
 * Registers the pill for every http(s) page when `enabled`, unregisters it otherwise, and shows it
 * at once in `tabId` (the tab the reader is looking at). 'unavailable' when the browser gives no
 * scripting API (the `scripting` permission is missing).
 */
export async function syncPillRegistration(
  scripting: PillScripting | undefined,
  enabled: boolean,
  tabId?: number,
): Promise<PillSync> {
  if (!scripting?.registerContentScripts) return 'unavailable';
  const registered = (await scripting.getRegisteredContentScripts({ ids: [PILL_SCRIPT_ID] })).length > 0;
  if (!enabled) {
    if (registered) await scripting.unregisterContentScripts({ ids: [PILL_SCRIPT_ID] });
    return 'unregistered';
  }
  if (!registered) {
    await scripting.registerContentScripts([
      {
        id: PILL_SCRIPT_ID,
        js: [PILL_SCRIPT_FILE],
        matches: ['http://*/*', 'https://*/*'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  // The current page loaded before the registration: inject once so the pill appears now.
  if (tabId !== undefined)
    await scripting.executeScript({ target: { tabId }, files: [PILL_SCRIPT_FILE] }).catch(() => {});
  return 'registered';
}
