// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BANDS, bandJaccard, minhashBands } from '../../../utils/story/minhash';

const WIRE =
  'WASHINGTON (AP) — The Senate passed a sweeping climate and health care bill on Sunday after an overnight session, sending the measure to the House where Democrats expect it to pass later this week.';

describe('minhashBands', () => {
  it('gives one key per band, deterministically', () => {
    const bands = minhashBands(WIRE);
    expect(bands).toHaveLength(BANDS);
    expect(minhashBands(WIRE)).toEqual(bands);
  });

  it('recognises a wire copy with a changed headline word as a near-duplicate', () => {
    const copy = WIRE.replace('Sunday', 'Sunday afternoon');
    const { agreeing, jaccard } = bandJaccard(minhashBands(WIRE), minhashBands(copy));
    expect(agreeing).toBeGreaterThanOrEqual(8);
    expect(jaccard).toBeGreaterThan(0.8);
  });

  it('does not match two different stories on the same subject', () => {
    const other =
      'WASHINGTON (AP) — The House voted on Friday to hold a former adviser in contempt of Congress after he defied a subpoena from the committee investigating the attack on the Capitol.';
    expect(bandJaccard(minhashBands(WIRE), minhashBands(other)).agreeing).toBeLessThan(3);
  });

  it('declines to judge texts too short to shingle', () => {
    expect(minhashBands('Breaking news')).toEqual([]);
  });
});
