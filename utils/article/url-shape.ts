/**
 * What a URL's path alone suggests. News sites put articles at long slugs, dated paths or numeric ids,
 * and sections, tags and searches at short, well-known paths. Used as one signal among several.
 */

export type UrlShape = 'root' | 'search-tag' | 'section' | 'article' | 'video' | 'unknown';

const SEARCH_TAG =
  /\/(search|tag|tags|topic|topics|category|categories|author|authors|label|archive|archives)(\/|$)|[?&](q|query|s|search)=/i;
const VIDEO = /\/(video|videos|watch|gallery|galleries|photos|slideshow|pictures)(\/|$)/i;
const DATED = /\/(19|20)\d\d\/(0?[1-9]|1[0-2])(\/|$)|\/(19|20)\d\d-\d\d-\d\d|\/(19|20)\d\d(0[1-9]|1[0-2])\d\d\//;

export function urlShape(url: string): UrlShape {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'unknown';
  }
  const path = decodeURIComponent(u.pathname.replace(/%(?![0-9a-f]{2})/gi, '%25')).replace(
    /\/(index|default)\.\w+$/i,
    '/',
  );
  if ((path === '/' || path === '') && !u.search) return 'root';
  // A dated path is an article even under /archive/ or /category/ ("/archive/2016/09/slug").
  if (SEARCH_TAG.test(path + u.search) && !DATED.test(path)) return 'search-tag';
  const segments = path.split('/').filter(Boolean);
  const lastSegment = segments[segments.length - 1] ?? '';
  // Words of a slug are runs of letters ("storm-hits-the-coast"); hex ids and hashes are not words.
  const slugWords = Math.max(
    0,
    ...segments.map(
      (seg) =>
        seg
          .replace(/\.\w+$/, '')
          .split(/[-_+]+/)
          .filter((w) => /^[a-z\u00c0-\u024f\u0370-\u1fff\u3040-\uffef]{2,}$/i.test(w)).length,
    ),
  );
  const longId = /\d{5,}/.test(path) || /[?&](id|articleid|p|story|cp-documentid)=\w{3,}/i.test(u.search);
  if (VIDEO.test(path) && slugWords < 4) return 'video';
  if (
    DATED.test(path) ||
    slugWords >= 4 ||
    longId ||
    (/\.(s?html?|php|aspx?)$/i.test(lastSegment) && lastSegment.length > 12)
  )
    return 'article';
  if (segments.length <= 2 && slugWords <= 2) return 'section';
  return 'unknown';
}
