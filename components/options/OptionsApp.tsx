import { useState } from 'preact/hooks';
import { AddSourceForm } from './AddSourceForm';
import { DataSection } from './DataSection';
import type { OptionsEnv } from './env';
import { PrivacySection } from './PrivacySection';
import { SourcesSection } from './SourcesSection';

/** The options page: sources, adding one, providers and privacy, and the reader's data. */
export function OptionsApp({ env, now = () => Date.now() }: { env: OptionsEnv; now?: () => number }) {
  // Bumped when an action elsewhere on the page changes what a section shows (an import, a new source).
  const [revision, setRevision] = useState(0);
  const changed = () => setRevision((r) => r + 1);
  return (
    <div class="options">
      <header>
        <h1>Parallax</h1>
        <p class="muted">Everything here stays in this browser.</p>
      </header>
      <nav aria-label="Sections" class="toc">
        <a href="#sources-title">Sources</a> · <a href="#add-title">Add a source</a> ·{' '}
        <a href="#privacy-title">Providers and privacy</a> · <a href="#data-title">Your data</a>
      </nav>
      <AddSourceForm env={env} onAdded={changed} />
      <SourcesSection env={env} revision={revision} now={now} />
      <PrivacySection env={env} revision={revision} />
      <DataSection env={env} revision={revision} onChanged={changed} />
      <footer class="muted">
        <p>
          Media bias ratings by{' '}
          <a href="https://www.allsides.com/media-bias" target="_blank" rel="noopener noreferrer">
            AllSides.com
          </a>{' '}
          (CC BY-NC 4.0). Quality scores: Lin et al. (2023), PNAS Nexus 2(9) pgad286.
        </p>
      </footer>
    </div>
  );
}
