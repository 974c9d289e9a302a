import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { ParallaxDB } from '../../../utils/db/parallax-db';
import type { Outlet } from '../../../utils/outlets/outlet';
import { serviceEnv } from './service-env';

let n = 0;
async function setup() {
  const db = new ParallaxDB(`options-ui-${n++}-${Date.now()}`);
  const base = { biasSource: 'allsides-2023', quality: 0.9, qualitySource: 'lin-2023' } as const;
  const outlets: Outlet[] = [
    {
      ...base,
      id: 'reuters',
      name: 'Reuters',
      domains: ['reuters.com'],
      bias: 'center',
      feeds: ['https://reuters.com/rss'],
      country: 'GB',
    },
    {
      ...base,
      id: 'fox',
      name: 'Fox News',
      domains: ['foxnews.com'],
      bias: 'right',
      feeds: ['https://foxnews.com/rss'],
      country: 'US',
    },
    {
      ...base,
      id: 'gazette',
      name: 'Springfield Gazette',
      domains: ['sgazette.com'],
      bias: 'unrated',
      biasSource: null,
      feeds: [],
      country: 'US',
    },
  ];
  await db.outlets.bulkPut(outlets);
  const access: string[][] = [];
  render(<OptionsApp env={serviceEnv(db, access)} now={() => 1_700_000_000_000} />);
  await screen.findByText('3 outlets');
  return { db, access };
}
const row = (id: string) => document.querySelector<HTMLElement>(`[data-outlet-id="${id}"]`)!;

describe('the options page', () => {
  afterEach(cleanup);

  it('lists sources with their state, searches and filters', async () => {
    await setup();
    expect(row('reuters').dataset.enabled).toBe('true');
    expect(row('gazette').dataset.enabled).toBe('false');
    expect(within(row('gazette')).getByText('No feed: not polled.')).toBeTruthy();
    fireEvent.input(screen.getByTestId('source-search'), { target: { value: 'fox' } });
    await screen.findByText('1 outlets');
    expect(row('fox')).toBeTruthy();
    expect(row('reuters')).toBeNull();
  });

  it('turns an outlet off, and a whole bias group', async () => {
    const { db } = await setup();
    fireEvent.click(within(row('reuters')).getByRole('checkbox', { name: 'Reuters' }));
    await waitFor(() => expect(row('reuters').dataset.enabled).toBe('false'));
    expect((await db.overrides.get('reuters'))?.enabled).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Turn off all Right outlets' }));
    await waitFor(() => expect(row('fox').dataset.enabled).toBe('false'));
  });

  it('saves the reader’s rating, labels it as theirs, and resets it', async () => {
    await setup();
    const r = within(row('reuters'));
    fireEvent.change(r.getByLabelText('Bias'), { target: { value: 'lean-left' } });
    fireEvent.click(r.getByRole('button', { name: 'Save my rating' }));
    await waitFor(() =>
      expect(within(row('reuters')).getByTestId('source-bias').textContent).toBe('Lean left (your rating)'),
    );
    expect(within(row('reuters')).getByText('Your own rating')).toBeTruthy();
    fireEvent.click(within(row('reuters')).getByRole('button', { name: 'Reset to the default rating' }));
    await waitFor(() => expect(within(row('reuters')).getByTestId('source-bias').textContent).toBe('Center'));
  });

  it('asks for host access first, then explains a bad address', async () => {
    const { access } = await setup();
    fireEvent.input(screen.getByTestId('add-input'), { target: { value: 'not a site' } });
    fireEvent.submit(screen.getByTestId('add-source'));
    const result = await screen.findByTestId('add-result');
    expect(result.dataset.error).toBe('invalid-url');
    expect(result.textContent).toContain('is not a web address');
    expect(access).toEqual([['not a site']]);
  });

  it('turns a provider on and clamps the polling interval', async () => {
    const { db } = await setup();
    const gdelt = await screen.findByRole('checkbox', { name: /GDELT.*never the page address, cookies or history/ });
    fireEvent.click(gdelt);
    await waitFor(async () =>
      expect(((await db.settings.get('settings'))?.value as { providers: { gdelt: boolean } }).providers.gdelt).toBe(
        true,
      ),
    );
    fireEvent.change(screen.getByLabelText('Check feeds every (minutes)'), { target: { value: '1' } });
    await waitFor(() =>
      expect((screen.getByLabelText('Check feeds every (minutes)') as HTMLInputElement).value).toBe('5'),
    );
  });

  it('refuses a foreign file with the reason, and clears data only after confirming', async () => {
    const { db } = await setup();
    const file = new File([JSON.stringify({ app: 'other', items: [] })], 'other.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
    fireEvent.click(screen.getByTestId('import'));
    const result = await screen.findByTestId('import-result');
    expect(result.textContent).toMatch(/Nothing was changed: .*not a Parallax backup/);
    expect(result.dataset.ok).toBe('false');

    fireEvent.click(screen.getByTestId('clear-start'));
    expect(await db.outlets.count()).toBe(3);
    expect(screen.getByRole('alertdialog')).toBeTruthy();
  });
});
