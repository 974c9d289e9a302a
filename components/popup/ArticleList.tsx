import type { CoverageArticle } from '../../utils/coverage/coverage-view';
import { LEANINGS } from '../../utils/coverage/summary';
import { t } from '../../utils/i18n';
import { ArticleItem } from './ArticleItem';
import { LEANING_LABEL } from './labels';

interface Props {
  articles: CoverageArticle[];
  now: number;
  onNotSameStory(article: CoverageArticle): void;
}

/** The other articles, grouped left / center / right / not rated, each group a labelled list. */
export function ArticleList({ articles, now, onNotSameStory }: Props) {
  return (
    <div class="article-groups">
      {LEANINGS.map((leaning) => {
        const group = articles.filter((a) => a.leaning === leaning);
        if (group.length === 0) return null;
        const id = `group-${leaning}`;
        return (
          <section
            key={leaning}
            class="article-group"
            data-testid="article-group"
            data-leaning={leaning}
            aria-labelledby={id}
          >
            <h3 id={id} class={`group-heading seg-border-${leaning}`}>
              {t(LEANING_LABEL[leaning])} ({group.length})
            </h3>
            <ul class="articles">
              {group.map((a) => (
                <ArticleItem key={a.id} article={a} now={now} onNotSameStory={onNotSameStory} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
