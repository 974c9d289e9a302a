import { useState } from 'preact/hooks';
import type { CoverageView } from '../../utils/coverage/coverage-view';
import { t } from '../../utils/i18n';
import { BiasBar } from '../popup/BiasBar';
import { BlindspotBanner } from '../popup/BlindspotBanner';

interface Props {
  coverage: CoverageView;
  onDismiss(): void;
}

/** The in-page pill: outlet count and a small bias bar; opens to the summary. Text only, no HTML. */
export function Pill({ coverage, onDismiss }: Props) {
  const [open, setOpen] = useState(false);
  const { summary } = coverage;
  return (
    <div class="pill" data-testid="pill" data-open={open}>
      {open ? (
        <div class="pill-panel" role="dialog" aria-label="Parallax">
          <p class="pill-title">
            {summary.outletCount === 1 ? t('coveredByOne') : t('coveredByMany', summary.outletCount)}
          </p>
          <BiasBar leanings={summary.leanings} />
          <BlindspotBanner blindspot={summary.blindspot} />
          <div class="pill-actions">
            <button type="button" onClick={() => setOpen(false)}>
              {t('pillClose')}
            </button>
            <button type="button" data-testid="pill-dismiss" onClick={onDismiss}>
              {t('pillDismiss')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="pill-button"
          data-testid="pill-open"
          aria-label={t('pillLabel', summary.outletCount)}
          onClick={() => setOpen(true)}
        >
          <span class="pill-count" data-testid="pill-count">
            {summary.outletCount}
          </span>
          <BiasBar leanings={summary.leanings} compact />
        </button>
      )}
    </div>
  );
}
