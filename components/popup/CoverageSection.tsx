import type { CoverageArticle, CoverageView } from '../../utils/coverage/coverage-view';
import { t } from '../../utils/i18n';
import { ArticleList } from './ArticleList';
import { BiasBar } from './BiasBar';
import { BlindspotBanner } from './BlindspotBanner';
import { CoverageMixes } from './CoverageMixes';
import { TimelineChart } from './TimelineChart';

interface Props {
  view: CoverageView;
  now: number;
  onNotSameStory(article: CoverageArticle): void;
}

/** "Covered by N outlets", the spread, the blindspot, who was first, when, and the articles. */
export function CoverageSection({ view, now, onNotSameStory }: Props) {
  const { summary } = view;
  const first = summary.firstReported;
  return (
    <section class="coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading" class="covered-by" data-testid="covered-by" data-count={summary.outletCount}>
        {summary.outletCount === 1 ? t('coveredByOne') : t('coveredByMany', summary.outletCount)}
      </h2>
      <BiasBar leanings={summary.leanings} />
      <BlindspotBanner blindspot={summary.blindspot} />
      {first && (
        <p class="first-reported" data-testid="first-reported">
          {t('firstReportedBy', first.name, new Date(first.publishedAt).toLocaleString())}
        </p>
      )}
      <TimelineChart timeline={summary.timeline} />
      <CoverageMixes summary={summary} />
      <ArticleList articles={view.articles} now={now} onNotSameStory={onNotSameStory} />
    </section>
  );
}
