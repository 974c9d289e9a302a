/**
 * `npm run data:psl`: regenerates utils/outlets/public-suffix-data.ts from the public suffix list in
 * the tldts devDependency. Run it after updating tldts; tests/utils/outlets/public-suffix.test.ts fails
 * until then.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataModule } from './public-suffixes/serialize';

const path = fileURLToPath(new URL('../utils/outlets/public-suffix-data.ts', import.meta.url));
writeFileSync(path, dataModule());
console.log(`wrote ${path}`);
