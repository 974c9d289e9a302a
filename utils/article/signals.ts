import { readDomSignals, type DomSignals } from './dom-signals';
import { pickArticleNode, readJsonLd, typesOf, type LdNode } from './json-ld';
import { parselyPage, readMetaTags, type MetaTags } from './meta-tags';

/** Everything read from one page, once; detection and extraction both work from it. */
export interface PageSignals {
  url: string;
  meta: MetaTags;
  ld: LdNode[];
  /** The JSON-LD node describing the article, when there is one. */
  article: LdNode | null;
  /** Lower-cased schema.org types of every JSON-LD node. */
  ldTypes: string[];
  parsely: Record<string, unknown> | null;
  dom: DomSignals;
}

export function readSignals(doc: Document, url: string): PageSignals {
  const meta = readMetaTags(doc);
  const ld = readJsonLd(doc);
  return {
    url,
    meta,
    ld,
    article: pickArticleNode(ld),
    ldTypes: ld.flatMap(typesOf),
    parsely: parselyPage(meta),
    dom: readDomSignals(doc),
  };
}
