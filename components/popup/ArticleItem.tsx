import type { CoverageArticle } from '../../utils/coverage/coverage-view';
import { timeAgo } from '../../utils/coverage/time-ago';
import { t } from '../../utils/i18n';
import { safeHref } from '../../utils/safe-href';
import { QUALITY_LABEL } from './labels';
import { WhyMatched } from './WhyMatched';

interface Props {
  article: CoverageArticle;
  now: number;
  onNotSameStory(article: CoverageArticle): void;
}

/** One other outlet's article. Only an http(s) URL becomes a link; the headline is always plain text. */
export function ArticleItem({ article, now, onNotSameStory }: Props) {
  const href = safeHref(article.url);
  const ago = timeAgo(article.publishedAt, now);
  return (
    <li class="article" data-testid="article" data-article-id={article.id} data-outlet={article.outletId}>
      <div class="article-meta">
        <span class="article-outlet">{article.outletName}</span>
        <span class="muted">
          {' '}
          · {t(ago.key, ago.n)} · {t(QUALITY_LABEL[article.qualityBand])}
          {article.ownRating ? ` · ${t('yourRating')}` : ''}
        </span>
      </div>
      {href ? (
        <a class="article-title" href={href} target="_blank" rel="noopener noreferrer" data-testid="article-link">
          {article.title}
          <span class="sr-only"> {t('opensInNewTab')}</span>
        </a>
      ) : (
        <span class="article-title" data-testid="article-unlinked">
          {article.title} <span class="muted">({t('linkNotSafe')})</span>
        </span>
      )}
      <div class="article-actions">
        <WhyMatched match={article.match} />
        <button
          type="button"
          class="link-button"
          data-testid="not-same-story"
          aria-label={t('notSameStoryLabel', article.title)}
          onClick={() => onNotSameStory(article)}
        >
          {t('notSameStory')}
        </button>
      </div>
    </li>
  );
}
