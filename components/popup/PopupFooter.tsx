import { t } from '../../utils/i18n';

interface Props {
  pill: boolean;
  onPill(enabled: boolean): void;
  /** Null when the site is already a known outlet. */
  onAddSource: (() => void) | null;
  addSourceNote: string | null;
}

/** The pill switch and, for unknown sites, "add this site as a source". */
export function PopupFooter({ pill, onPill, onAddSource, addSourceNote }: Props) {
  return (
    <footer class="popup-footer">
      <label class="switch">
        <input
          type="checkbox"
          checked={pill}
          data-testid="pill-toggle"
          onChange={(e) => onPill((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {t('pillToggle')}
      </label>
      {onAddSource && (
        <button type="button" data-testid="add-source" onClick={onAddSource}>
          {t('addSource')}
        </button>
      )}
      {addSourceNote && (
        <p role="status" class="muted">
          {addSourceNote}
        </p>
      )}
    </footer>
  );
}
