/**
 * What the page's markup (not its metadata) says: links in the head, microdata, <time> elements,
 * the first headings. Every query is a specific selector with a bounded count, and only
 * attributes and textContent are read: no innerText, no styles, no layout.
 */

export interface DomSignals {
  title: string | null;
  lang: string | null;
  canonical: string | null;
  ampHtml: string | null;
  /** microdata itemprop values (headline, datePublished, author, ...), first of each. */
  itemprops: Map<string, string>;
  /** schema.org types named by itemtype attributes, lower-cased. */
  itemTypes: string[];
  timeDatetime: string | null;
  h1: string | null;
  h1Count: number;
  hasArticleElement: boolean;
  paragraphCount: number;
  /** Short texts of elements whose class or id says they hold the date, for pages without date metadata. */
  dateTexts(): string[];
}

const text = (el: Element | null | undefined, max = 500) =>
  (el?.textContent ?? '')
    .slice(0, max * 2)
    .trim()
    .slice(0, max) || null;

const ITEMPROPS = [
  'headline',
  'name',
  'datePublished',
  'dateModified',
  'dateCreated',
  'author',
  'description',
  'articleSection',
  'publisher',
];

function readItemprops(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const nodes = doc.querySelectorAll('[itemprop]');
  const count = Math.min(nodes.length, 300);
  for (let i = 0; i < count; i++) {
    const el = nodes[i]!;
    for (const prop of (el.getAttribute('itemprop') ?? '').split(/\s+/)) {
      const key = ITEMPROPS.find((p) => p.toLowerCase() === prop.toLowerCase());
      if (!key || out.has(key)) continue;
      // <meta itemprop content>, <time itemprop datetime>, <a itemprop href>, or the element's text.
      const value =
        el.getAttribute('content') ??
        el.getAttribute('datetime') ??
        (key === 'author' || key === 'publisher'
          ? (text(el.querySelector('[itemprop=name]')) ?? text(el, 200))
          : text(el));
      if (value) out.set(key, value);
    }
  }
  return out;
}

function readDateTexts(doc: Document): string[] {
  const nodes = doc.querySelectorAll(
    '[class*="date"], [class*="Date"], [class*="publish"], [class*="posted"], [id*="date"], [class*="timestamp"]',
  );
  const out: string[] = [];
  for (let i = 0; i < Math.min(nodes.length, 12); i++) {
    const value = nodes[i]!.getAttribute('datetime') ?? text(nodes[i], 120);
    if (value && value.length <= 120 && /\d/.test(value)) out.push(value);
  }
  return out;
}

export function readDomSignals(doc: Document): DomSignals {
  const head = doc.head ?? doc;
  const itemTypes: string[] = [];
  const typed = doc.querySelectorAll('[itemtype]');
  for (let i = 0; i < Math.min(typed.length, 30); i++) {
    const type = typed[i]!.getAttribute('itemtype') ?? '';
    for (const t of type.split(/\s+/)) if (t) itemTypes.push(t.replace(/^.*[/#]/, '').toLowerCase());
  }
  const time = doc.querySelector(
    'time[datetime][pubdate], time[itemprop~="datePublished"], article time[datetime], time[datetime]',
  );
  const h1s = doc.querySelectorAll('h1');
  return {
    title: text(head.querySelector('title') ?? doc.querySelector('title'), 1000),
    lang: doc.documentElement?.getAttribute('lang') ?? null,
    canonical: doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null,
    ampHtml: doc.querySelector('link[rel~="amphtml" i]')?.getAttribute('href') ?? null,
    itemprops: readItemprops(doc),
    itemTypes,
    timeDatetime: time?.getAttribute('datetime') ?? null,
    // The displayed headline: the one marked as such, else the one inside <article>, else a lone <h1>.
    h1: text(
      doc.querySelector('h1[itemprop~="headline"], [itemprop~="headline"] h1') ??
        doc.querySelector('article h1') ??
        (h1s.length === 1 ? h1s[0] : null),
      500,
    ),
    h1Count: h1s.length,
    hasArticleElement: doc.querySelector('article') !== null,
    // getElementsByTagName: a cached live count, no match list built.
    paragraphCount: Math.min(doc.getElementsByTagName('p').length, 1000),
    dateTexts: () => readDateTexts(doc),
  };
}
