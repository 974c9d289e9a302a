import { BIAS_LABELS, BIASES, type BiasRating } from '../../utils/bias';
import type { SourceQuery } from '../../utils/sources/source-row';

interface Props {
  query: SourceQuery;
  countries: string[];
  onChange(query: SourceQuery): void;
}

const ALL_RATINGS: BiasRating[] = [...BIASES, 'unrated'];

/** Search and filters for the Sources list; every change starts again at the first page. */
export function SourceFilters({ query, countries, onChange }: Props) {
  const set = (patch: Partial<SourceQuery>) => onChange({ ...query, ...patch, offset: 0 });
  return (
    <div class="filters" role="search">
      <label>
        Search
        <input
          type="search"
          value={query.query ?? ''}
          placeholder="Name or domain"
          onInput={(e) => set({ query: e.currentTarget.value || undefined })}
          data-testid="source-search"
        />
      </label>
      <label>
        Bias
        <select
          value={query.bias ?? ''}
          onChange={(e) => set({ bias: (e.currentTarget.value || undefined) as BiasRating | undefined })}
        >
          <option value="">Any</option>
          {ALL_RATINGS.map((b) => (
            <option key={b} value={b}>
              {BIAS_LABELS[b]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Country
        <select value={query.country ?? ''} onChange={(e) => set({ country: e.currentTarget.value || undefined })}>
          <option value="">Any</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        State
        <select
          value={query.enabled === undefined ? '' : String(query.enabled)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ enabled: v === '' ? undefined : v === 'true' });
          }}
          data-testid="source-enabled-filter"
        >
          <option value="">On and off</option>
          <option value="true">On</option>
          <option value="false">Off</option>
        </select>
      </label>
    </div>
  );
}
