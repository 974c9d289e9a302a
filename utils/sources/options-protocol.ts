import * as v from 'valibot';
import { BIASES } from '../bias';
import type { Outlet } from '../outlets/outlet';
import type { ExportFile } from '../portability/export-data';
import type { ImportResult } from '../portability/import-data';
import type { StorageUsage } from '../portability/clear-data';
import type { Settings } from '../settings';
import type { AddSourceResult } from './add-source';
import type { SourcePage } from './source-row';

/**
 * The options page's requests (issue 7), spread into the one protocol in utils/messages/protocol.ts.
 * All of them read or change the reader's data, so all are accepted from extension pages only.
 */

const rating = v.picklist([...BIASES, 'unrated']);
const outletId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const quality = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1)));
const short = (max: number) => v.pipe(v.string(), v.maxLength(max));
const kind = v.picklist(['opml', 'ratings-csv', 'ratings-json', 'backup']);

export const OPTIONS_REQUESTS = [
  v.object({
    type: v.literal('ListSources'),
    query: v.optional(short(200)),
    bias: v.optional(rating),
    country: v.optional(short(8)),
    enabled: v.optional(v.boolean()),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
  }),
  v.object({
    type: v.literal('SetOutletEnabled'),
    outletIds: v.optional(v.pipe(v.array(outletId), v.maxLength(20_000))),
    bias: v.optional(rating),
    enabled: v.boolean(),
  }),
  v.object({ type: v.literal('SetRatingOverride'), outletId, bias: v.optional(rating), quality: v.optional(quality) }),
  v.object({ type: v.literal('ResetRatingOverride'), outletId }),
  v.object({
    type: v.literal('AddSource'),
    input: v.pipe(v.string(), v.minLength(1), v.maxLength(2048)),
    feedUrl: v.optional(short(4096)),
    name: v.optional(short(300)),
    bias: v.optional(rating),
    quality: v.optional(quality),
  }),
  v.object({ type: v.literal('AddCurrentSite'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.object({ type: v.literal('GetSettings') }),
  v.object({
    type: v.literal('UpdateSettings'),
    patch: v.object({
      pollMinutes: v.optional(v.number()),
      retentionDays: v.optional(v.number()),
      pill: v.optional(v.boolean()),
      providers: v.optional(v.object({ gdelt: v.optional(v.boolean()), googleNews: v.optional(v.boolean()) })),
    }),
  }),
  v.object({ type: v.literal('GetStorageUsage') }),
  v.object({ type: v.literal('ClearAllData') }),
  v.object({ type: v.literal('ExportData'), kind }),
  // Large enough for a full backup, bounded so a page cannot hand the worker gigabytes.
  v.object({ type: v.literal('ImportData'), kind, text: v.pipe(v.string(), v.maxLength(10_000_000)) }),
] as const;

export const OPTIONS_SENDERS = {
  ListSources: 'page',
  SetOutletEnabled: 'page',
  SetRatingOverride: 'page',
  ResetRatingOverride: 'page',
  AddSource: 'page',
  AddCurrentSite: 'page',
  GetSettings: 'page',
  UpdateSettings: 'page',
  GetStorageUsage: 'page',
  ClearAllData: 'page',
  ExportData: 'page',
  ImportData: 'page',
} as const;

export interface OptionsReplies {
  ListSources: SourcePage;
  SetOutletEnabled: { changed: number };
  SetRatingOverride: { outlet: Outlet | null };
  ResetRatingOverride: { outlet: Outlet | null };
  AddSource: AddSourceResult;
  AddCurrentSite: AddSourceResult;
  GetSettings: Settings;
  UpdateSettings: Settings;
  GetStorageUsage: StorageUsage;
  ClearAllData: { outlets: number; cleared: Record<string, number> };
  ExportData: ExportFile;
  ImportData: ImportResult;
}
