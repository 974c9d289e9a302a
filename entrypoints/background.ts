import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { ParallaxDB } from '../utils/db/parallax-db';
import { openDatabase } from '../utils/db/open-database';
import { createRouter } from '../utils/messages/router';
import { createBackgroundService } from '../utils/background/service';
import { seedOutlets } from '../utils/outlets/outlet-store';
import { parseDataset } from '../utils/outlets/dataset';
import { OUTLETS_DATASET_VERSION } from '../utils/outlets/dataset-version';
import { pollOnce } from '../utils/background/indexing';
import { pollDelayMinutes } from '../utils/feeds/poll-feeds';
import { getSettings } from '../utils/settings-store';

const POLL_ALARM = 'poll-feeds';
/** When an interrupted round resumes (Chrome's alarm floor is 30 s; a finished round re-arms it). */
const RESUME_MINUTES = 1;

export default defineBackground({
  type: 'module',
  main() {
    const db = new ParallaxDB();
    const service = createBackgroundService({
      db,
      now: () => Date.now(),
      edge: {
        getTabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => null))?.url ?? null,
        setBadge: async (tabId, badge) => {
          await browser.action.setBadgeText({ tabId, text: badge?.text ?? '' }).catch(() => {});
          if (badge) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => {});
        },
        // Never throws: a tab without our content script (chrome://, the store) just has no article.
        redetect: (tabId) => browser.tabs.sendMessage(tabId, { type: 'ParallaxRedetect' }).catch(() => null),
      },
    });

    // Seed before answering: the worker may have been started by the first message.
    // An unreadable database is rebuilt first (the reader's own data kept, a notice recorded).
    const ready = openDatabase(db).then(() => loadRegistry(db));
    const route = createRouter(service.handlers, browser.runtime.getURL('/'));
    browser.runtime.onMessage.addListener((message, sender) => ready.then(() => route(message, sender)));
    // Chrome resets a tab's badge when a navigation commits, so it is set once the page is
    // complete, and again on same-document navigations (which change the URL only).
    browser.tabs.onUpdated.addListener((tabId, change, tab) => {
      if (change.status === 'complete' || change.url) void ready.then(() => service.onTabUrl(tabId, tab.url));
    });
    // Tabs opened before the worker started (install, browser start) get their badge too.
    void ready
      .then(() => browser.tabs.query({}))
      .then((tabs) => Promise.all(tabs.map((tab) => tab.id !== undefined && service.onTabUrl(tab.id, tab.url))));

    // Feeds are polled on an alarm that is re-armed after each round with fresh jitter. With no alarm
    // (first install, or a worker stopped before it re-armed) a round starts now.
    const poll = async () => {
      await ready;
      // Armed before the round too: a worker stopped mid-round (Chrome stops them at will) would
      // otherwise have no alarm to wake it, and polling would wait for some unrelated event.
      await browser.alarms.create(POLL_ALARM, { delayInMinutes: RESUME_MINUTES });
      try {
        await keepAliveDuring(pollOnce(service.ctx).then(service.refreshOpenTabs));
      } finally {
        const { pollMinutes } = await getSettings(db);
        await browser.alarms.create(POLL_ALARM, { delayInMinutes: pollDelayMinutes(pollMinutes) });
      }
    };
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === POLL_ALARM) void poll();
    });
    void browser.alarms.get(POLL_ALARM).then((alarm) => (alarm ? undefined : poll()));
    browser.runtime.onInstalled.addListener(({ reason }) => {
      // Explains, before anything could be sent, what each optional search service would send.
      if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    });
  },
});

/**
 * Chrome stops an idle extension service worker after about 30 s, even with fetches in flight;
 * an extension API call every 20 s keeps a polling round alive. (A stopped round loses nothing:
 * each feed's batch commits on its own, and the next alarm resumes.)
 */
async function keepAliveDuring<T>(work: Promise<T>): Promise<T> {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo(), 20_000);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}

async function loadRegistry(db: ParallaxDB) {
  await seedOutlets(db, OUTLETS_DATASET_VERSION, async () => {
    const response = await fetch(browser.runtime.getURL('/data/outlets.json'));
    // The shipped file leaves out empty fields; parseDataset restores them and drops broken rows.
    return parseDataset(await response.json()).outlets;
  });
}
