import type { Article, Detection } from './article';
import { detectFromSignals, hasStatedDate } from './detect';
import { extractFromSignals } from './extract';
import { readSignals } from './signals';

/** Detection and extraction from one read of the page: what the content script calls. */
export function analysePage(doc: Document, url: string): { article: Article; detection: Detection } {
  const signals = readSignals(doc, url);
  return { article: extractFromSignals(signals), detection: detectFromSignals(signals, hasStatedDate(signals)) };
}
