/**
 * JSON-LD (schema.org) blocks: the most deliberate metadata a publisher writes, so the most trusted.
 * Real pages put several blocks on a page, wrap nodes in `@graph` or arrays, nest the article under
 * `mainEntity`, and ship JSON that does not parse (trailing commas, raw newlines, HTML comments).
 */

export type LdNode = Record<string, unknown>;

const MAX_BLOCKS = 20;
const MAX_BLOCK_CHARS = 300_000;
const MAX_NODES = 400;
const MAX_DEPTH = 8;

/** Types that make a page an article, with the kind each one implies. */
export const ARTICLE_TYPES: Record<string, 'news' | 'opinion' | 'live-blog' | 'article'> = {
  newsarticle: 'news',
  reportagenewsarticle: 'news',
  analysisnewsarticle: 'news',
  backgroundnewsarticle: 'news',
  reviewnewsarticle: 'news',
  asknewsarticle: 'news',
  opinionnewsarticle: 'opinion',
  liveblogposting: 'live-blog',
  article: 'article',
  blogposting: 'article',
  report: 'article',
  scholarlyarticle: 'article',
  techarticle: 'article',
  satiricalarticle: 'article',
  reportage: 'news',
};

/** Lower-cased schema.org type names of a node ("https://schema.org/NewsArticle" → "newsarticle"). */
export function typesOf(node: LdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, '').toLowerCase());
}

function parseBlock(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Forgive the usual CMS mistakes: comments/CDATA around the JSON, raw control characters, trailing commas.
    const repaired = text
      .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return null;
    }
  }
}

/** Every typed node in every JSON-LD block of the page, in document order, depth-first. */
export function readJsonLd(doc: Document): LdNode[] {
  const nodes: LdNode[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  const count = Math.min(scripts.length, MAX_BLOCKS);
  const walk = (value: unknown, depth: number): void => {
    if (nodes.length >= MAX_NODES || depth > MAX_DEPTH || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 100)) walk(item, depth + 1);
      return;
    }
    const node = value as LdNode;
    if (node['@type'] !== undefined) nodes.push(node);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'hasPart', 'item']) {
      if (key in node) walk(node[key], depth + 1);
    }
  };
  for (let i = 0; i < count; i++) {
    const text = scripts[i]!.textContent ?? '';
    if (text.length <= MAX_BLOCK_CHARS) walk(parseBlock(text), 0);
  }
  return nodes;
}

/** The node that describes the article itself: the first of the most specific article type. */
export function pickArticleNode(nodes: LdNode[]): LdNode | null {
  let best: LdNode | null = null;
  let bestRank = 99;
  const rank = { 'live-blog': 0, opinion: 1, news: 2, article: 3 } as const;
  for (const node of nodes) {
    for (const type of typesOf(node)) {
      const kind = ARTICLE_TYPES[type];
      if (kind && rank[kind] < bestRank) {
        best = node;
        bestRank = rank[kind];
      }
    }
  }
  return best;
}

/** A string out of the shapes schema.org allows: "x", {name: "x"}, {"@value": "x"}, ["x", ...]. */
export function ldText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? ldText(value[0]) : null;
  if (typeof value === 'object' && value !== null) {
    const v = value as LdNode;
    return ldText(v['name'] ?? v['@value'] ?? v['url'] ?? v['@id']);
  }
  return null;
}

/** Every name in a person/organisation list ("author": [{name}, "x", ...]). */
export function ldNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value];
  const names: string[] = [];
  for (const item of list.slice(0, 50)) {
    const name =
      typeof item === 'string' ? item : typeof item === 'object' && item ? ldText((item as LdNode)['name']) : null;
    if (name) names.push(name);
  }
  return names;
}
