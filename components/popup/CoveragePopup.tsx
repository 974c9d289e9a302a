import type { TabCoverage } from '../../utils/coverage/coverage-protocol';
import type { CoverageArticle } from '../../utils/coverage/coverage-view';
import type { OutletAnswer } from '../../utils/messages/protocol';
import { OutletCard } from '../OutletCard';
import { CoverageSection } from './CoverageSection';
import { PopupFooter } from './PopupFooter';
import { ProviderNotice, providerTrouble } from './ProviderNotice';
import { StateMessage } from './StateMessage';

export interface CoveragePopupProps {
  outlet: OutletAnswer | null;
  tab: TabCoverage;
  now: number;
  onNotSameStory(article: CoverageArticle): void;
  onRetry(): void;
  onPill(enabled: boolean): void;
  onAddSource: (() => void) | null;
  addSourceNote: string | null;
}

/** The popup once the background answered: presentational, so every state renders in tests. */
export function CoveragePopup(props: CoveragePopupProps) {
  const { tab } = props;
  const trouble = providerTrouble(tab.providers);
  const hasResult = tab.state === 'coverage' || tab.state === 'no-coverage';
  const state = hasResult && trouble ? trouble : tab.state;
  return (
    <div class="popup" data-state={state}>
      <header class="popup-header">
        <h1>Parallax</h1>
      </header>
      <OutletCard answer={props.outlet} />
      <ProviderNotice providers={tab.providers} onRetry={props.onRetry} />
      {tab.coverage && tab.state === 'coverage' ? (
        <CoverageSection view={tab.coverage} now={props.now} onNotSameStory={props.onNotSameStory} />
      ) : (
        <StateMessage tab={tab} onRetry={props.onRetry} />
      )}
      <PopupFooter
        pill={tab.pill}
        onPill={props.onPill}
        onAddSource={props.onAddSource}
        addSourceNote={props.addSourceNote}
      />
    </div>
  );
}
