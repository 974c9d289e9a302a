import type { OutletOverride } from '../db/parallax-db';
import type { Outlet } from './outlet';

/** The reader's correction wins over the bundled rating, and is labelled as theirs. */
export function applyOverride(outlet: Outlet, override: OutletOverride | undefined): Outlet {
  if (!override) return outlet;
  return {
    ...outlet,
    ...(override.bias !== undefined ? { bias: override.bias, biasSource: 'user' as const } : {}),
    ...(override.quality !== undefined ? { quality: override.quality, qualitySource: 'user' as const } : {}),
  };
}
