import { BIASES, type BiasRating } from '../bias';
import { parseCsv, toCsv, unguard } from './csv';
import { bad, checkSize, ok, parseJson, type Parsed } from './result';

/** One outlet's rating as exported: the rating in effect, and whether it is the reader's own. */
export interface RatingRecord {
  id: string;
  name: string;
  domain: string;
  bias: BiasRating;
  quality: number | null;
  /** True when the reader set this rating (export only; import compares with the bundled rating). */
  yours?: boolean;
}

export const RATINGS_CSV_HEADER = ['id', 'name', 'domain', 'bias', 'quality', 'yours'];
export const RATINGS_JSON_FORMAT = 'parallax-ratings';
export const RATINGS_JSON_VERSION = 1;
const MAX_ROWS = 50_000;
const RATINGS: readonly string[] = [...BIASES, 'unrated'];

export function ratingsToCsv(records: RatingRecord[]): string {
  return toCsv([
    RATINGS_CSV_HEADER,
    ...records.map((r) => [r.id, r.name, r.domain, r.bias, r.quality, r.yours ? 'yes' : '']),
  ]);
}

export function ratingsToJson(records: RatingRecord[], exportedAt: string): string {
  return JSON.stringify(
    { format: RATINGS_JSON_FORMAT, version: RATINGS_JSON_VERSION, exportedAt, ratings: records },
    null,
    1,
  );
}

function checkRecord(raw: Record<string, unknown>, where: string): Parsed<RatingRecord> {
  const id = typeof raw.id === 'string' ? raw.id.trim() : '';
  const domain = typeof raw.domain === 'string' ? raw.domain.trim().toLowerCase() : '';
  if (!id && !domain) return bad(`${where}: an outlet id or a domain is needed.`);
  if (typeof raw.bias !== 'string' || !RATINGS.includes(raw.bias))
    return bad(`${where}: bias “${String(raw.bias).slice(0, 40)}” is not one of ${RATINGS.join(', ')}.`);
  const q = raw.quality;
  if (q !== null && (typeof q !== 'number' || !Number.isFinite(q) || q < 0 || q > 1))
    return bad(`${where}: quality “${String(q).slice(0, 40)}” is not a number from 0 to 1 (or empty).`);
  const name = typeof raw.name === 'string' ? raw.name.slice(0, 300) : '';
  return ok({ id: id.slice(0, 200), name, domain: domain.slice(0, 300), bias: raw.bias as BiasRating, quality: q });
}

export function parseRatingsCsv(input: string): Parsed<RatingRecord[]> {
  const sized = checkSize(input, 'CSV file');
  if (!sized.ok) return sized;
  const rows = parseCsv(sized.value);
  if (!rows) return bad('This CSV file ends inside a quoted field. Was it cut off?');
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  const expected = RATINGS_CSV_HEADER.slice(0, 5);
  if (expected.some((h, i) => header[i] !== h))
    return bad(
      `This CSV file's header is “${header.join(',').slice(0, 80)}”; a ratings file starts with “${expected.join(',')}”.`,
    );
  if (rows.length - 1 > MAX_ROWS) return bad(`This CSV file has more than ${MAX_ROWS} rows.`);
  const records: RatingRecord[] = [];
  for (let i = 1; i < rows.length; i++) {
    const [id = '', name = '', domain = '', bias = '', quality = ''] = rows[i]!.map(unguard);
    const q = quality.trim() === '' ? null : Number(quality);
    const checked = checkRecord(
      { id, name, domain, bias: bias.trim(), quality: Number.isNaN(q) ? quality : q },
      `Line ${i + 1}`,
    );
    if (!checked.ok) return checked;
    records.push(checked.value);
  }
  return ok(records);
}

export function parseRatingsJson(input: string): Parsed<RatingRecord[]> {
  const sized = checkSize(input, 'JSON file');
  if (!sized.ok) return sized;
  const json = parseJson(sized.value, 'ratings file');
  if (!json.ok) return json;
  const doc = json.value as Record<string, unknown> | null;
  if (typeof doc !== 'object' || doc === null || doc.format !== RATINGS_JSON_FORMAT)
    return bad(`This JSON file is not a Parallax ratings file (its "format" should be "${RATINGS_JSON_FORMAT}").`);
  if (typeof doc.version !== 'number' || doc.version > RATINGS_JSON_VERSION)
    return bad(
      `This ratings file is version ${String(doc.version)}; this Parallax reads version ${RATINGS_JSON_VERSION}. Update Parallax to import it.`,
    );
  if (!Array.isArray(doc.ratings)) return bad('This ratings file has no "ratings" list.');
  if (doc.ratings.length > MAX_ROWS) return bad(`This ratings file has more than ${MAX_ROWS} entries.`);
  const records: RatingRecord[] = [];
  for (const [i, raw] of doc.ratings.entries()) {
    if (typeof raw !== 'object' || raw === null) return bad(`Entry ${i + 1} is not an object.`);
    const checked = checkRecord(raw as Record<string, unknown>, `Entry ${i + 1}`);
    if (!checked.ok) return checked;
    records.push(checked.value);
  }
  return ok(records);
}
