/**
 * `parallax outlet <url>`: which outlet publishes a URL, with its rating, as one JSON line.
 * Reads the same public/data/outlets.json the extension ships and resolves with the same code
 * (describeUrl: outletKeys + pickOutlet), so the terminal and the popup always agree.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDataset } from '../../utils/outlets/dataset';
import { describeUrl } from '../../utils/outlets/describe-url';

export const usage = 'outlet <url>      which outlet publishes <url>, with its bias and quality rating (JSON)';

const DATASET = fileURLToPath(new URL('../../public/data/outlets.json', import.meta.url));

export async function run(args: string[]): Promise<number> {
  const [url, ...rest] = args;
  if (!url || rest.length > 0) {
    process.stderr.write(`usage: parallax ${usage}\n`);
    return 2;
  }
  const { outlets } = parseDataset(JSON.parse(readFileSync(DATASET, 'utf8')));
  process.stdout.write(`${JSON.stringify(describeUrl(url, outlets))}\n`);
  return 0;
}
