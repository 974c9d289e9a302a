import { fastPathLookup, getEmptyResult, parseImpl } from 'tldts-core';
import { ICANN_EXCEPTIONS, ICANN_RULES } from './public-suffix-data';

/**
 * Registrable domains ("bbc.co.uk" for news.bbc.co.uk) by the public suffix list, as tldts's `parse`
 * with its defaults gives them (ICANN section only, private suffixes such as blogspot.com ignored),
 * but with a smaller copy of the list: tldts bundles every rule (~50 KB gzipped in the background),
 * while only the ICANN rules of two or more labels can move a domain away from "last two labels".
 * tldts-core still does the URL/hostname/IP handling; this file only answers "which suffix?".
 * tests/utils/outlets/public-suffix.test.ts checks every rule against tldts itself.
 */
export interface DomainInfo {
  /** Registrable domain, or null (IP addresses, bare suffixes, invalid hosts). */
  domain: string | null;
  isIp: boolean;
}

export function parseDomain(urlOrHost: string): DomainInfo {
  const result = parseImpl(urlOrHost, 3 /* FLAG.DOMAIN */, suffixLookup, undefined, getEmptyResult());
  return { domain: result.domain, isIp: result.isIp === true };
}

interface Node {
  rule: boolean;
  kids: Map<string, Node>;
}

/** Parses the "uk(co,gov),+kawasaki(city)" form written by scripts/public-suffixes/serialize.ts. */
export function readRules(text: string): Node {
  const root: Node = { rule: false, kids: new Map() };
  const stack: Node[] = [root];
  for (const [token, marked, label, opens] of text.matchAll(/(\+?)([^(),+]+)(\(?)|\)/g)) {
    if (token === ')') {
      stack.pop();
      continue;
    }
    // A leaf is always a rule; a node with children only when marked.
    const node: Node = { rule: !opens || marked === '+', kids: new Map() };
    stack.at(-1)!.kids.set(label!, node);
    if (opens) stack.push(node);
  }
  return root;
}

let tries: { rules: Node; exceptions: Node } | null = null;

/** Built on first use (a few milliseconds) so a worker that never looks up a domain never pays. */
function loaded(): { rules: Node; exceptions: Node } {
  tries ??= { rules: readRules(ICANN_RULES), exceptions: readRules(ICANN_EXCEPTIONS) };
  return tries;
}

/**
 * Deepest rule matching `host` read right to left, as [start, end) of its left-most label; a "*" edge is
 * taken only when no exact label matches (same order as tldts's trie walk). Null when none matches.
 */
function walk(host: string, root: Node): [number, number] | null {
  let node = root;
  let match: [number, number] | null = null;
  let end = host.length;
  for (let i = host.length - 1; i >= -1; i--) {
    if (i >= 0 && host.charCodeAt(i) !== 46 /* '.' */) continue;
    const label = host.slice(i + 1, end);
    const next = node.kids.get(label) ?? (label ? node.kids.get('*') : undefined);
    if (!next) break;
    node = next;
    if (node.rule) match = [i + 1, end];
    end = i;
  }
  return match;
}

/** The suffixLookup tldts-core's parseImpl expects: sets out.publicSuffix, returns true for exceptions. */
function suffixLookup(
  host: string,
  options: Parameters<typeof fastPathLookup>[1],
  out: Parameters<typeof fastPathLookup>[2],
): boolean {
  if (fastPathLookup(host, options, out)) return false;
  const { rules, exceptions } = loaded();
  out.isPrivate = false;
  const exception = walk(host, exceptions);
  if (exception) {
    // "!www.ck": the exception's own left-most label is not part of the suffix.
    out.isIcann = true;
    out.publicSuffix = host.slice(exception[1] + 1);
    return true;
  }
  const rule = walk(host, rules);
  // No rule: the list's default "*" rule makes the last label the suffix (single-label rules such as
  // "uk" say the same, which is why they are not stored; isIcann is not used by Parallax).
  out.isIcann = rule !== null;
  out.publicSuffix = rule ? host.slice(rule[0]) : host.slice(host.lastIndexOf('.') + 1);
  return false;
}
