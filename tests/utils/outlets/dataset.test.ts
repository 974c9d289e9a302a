// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIASES } from '../../../utils/bias';
import { parseDataset } from '../../../utils/outlets/dataset';
import { OUTLETS_DATASET_VERSION } from '../../../utils/outlets/dataset-version';
import { readSources } from '../../../scripts/build-outlets';
import { buildOutlets, serializeDataset } from '../../../scripts/outlets/build';

const shippedText = readFileSync('public/data/outlets.json', 'utf8');
const shipped = JSON.parse(shippedText) as { version: string; outlets: unknown[] };
const { outlets } = parseDataset(shipped);
const withFeeds = outlets.filter((o) => o.feeds.length > 0);

describe('the shipped outlet registry (public/data/outlets.json)', () => {
  it('parses completely: no row is dropped as malformed', () => {
    expect(outlets.length).toBe(shipped.outlets.length);
    expect(outlets.length).toBeGreaterThan(5000);
  });

  it('has no duplicate ids and no domain claimed by two outlets', () => {
    expect(new Set(outlets.map((o) => o.id)).size).toBe(outlets.length);
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of outlets) {
      for (const d of o.domains) {
        if (owners.has(d)) clashes.push(`${d}: ${owners.get(d)} and ${o.id}`);
        owners.set(d, o.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keeps every rating on the scale, with its source, and every quality score within 0–1', () => {
    const scale: string[] = [...BIASES, 'unrated'];
    const problems: string[] = [];
    for (const o of outlets) {
      if (!scale.includes(o.bias)) problems.push(`${o.id}: bias ${o.bias}`);
      if ((o.biasSource === null) !== (o.bias === 'unrated')) problems.push(`${o.id}: bias without source`);
      if (o.biasSource && o.biasSource !== 'allsides-2023' && o.biasSource !== 'allsides-2019')
        problems.push(`${o.id}: bias source ${o.biasSource}`);
      if (o.quality !== null && !(o.quality >= 0 && o.quality <= 1 && o.qualitySource === 'lin-2023'))
        problems.push(`${o.id}: quality ${o.quality} from ${o.qualitySource}`);
      if (o.quality === null && o.qualitySource !== null) problems.push(`${o.id}: quality source without score`);
      for (const d of o.domains)
        if (!/^(?!www\.)[a-z0-9.-]+\.[a-z0-9-]+(\/[^/]+){0,2}$/.test(d)) problems.push(`${o.id}: domain ${d}`);
      for (const f of o.feeds) if (!/^https?:\/\//.test(f)) problems.push(`${o.id}: feed ${f}`);
    }
    expect(problems).toEqual([]);
  });

  it('has at least 100 outlets with feeds, and at least 10 of them in each bias group', () => {
    expect(withFeeds.length).toBeGreaterThanOrEqual(100);
    for (const bias of BIASES) {
      expect(withFeeds.filter((o) => o.bias === bias).length, bias).toBeGreaterThanOrEqual(10);
    }
  });

  it.each([
    ['reuters', 'Reuters'],
    ['associated-press', 'Associated Press'],
    ['afp', 'Agence France-Presse'],
    ['bbc-news', 'BBC News'],
    ['al-jazeera', 'Al Jazeera'],
    ['the-guardian', 'The Guardian'],
    ['deutsche-welle', 'Deutsche Welle'],
    ['france-24', 'France 24'],
  ])('has %s (%s) with feeds', (id, name) => {
    const outlet = outlets.find((o) => o.id === id);
    expect(outlet?.name).toBe(name);
    expect(outlet?.feeds.length).toBeGreaterThan(0);
  });

  it('knows US local outlets with their state, and leaves them unrated unless a rating source covers them', () => {
    const local = outlets.filter((o) => o.region && o.medium);
    expect(local.length).toBeGreaterThan(5000);
    expect(local.filter((o) => o.bias === 'unrated').length).toBeGreaterThan(5000);
    expect(local.every((o) => o.country === 'US' && /^[A-Z]{2}$/.test(o.region!))).toBe(true);
  });
});

describe('the registry build', () => {
  it('is reproducible: rebuilding from data/ gives the committed file and version byte for byte', () => {
    const { json, version } = serializeDataset(buildOutlets(readSources()).outlets);
    expect(version).toBe(shipped.version);
    expect(version).toBe(OUTLETS_DATASET_VERSION);
    expect(json === shippedText).toBe(true);
  }, 30_000); // parses ~30k CSV rows
});
