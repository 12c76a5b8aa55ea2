import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyticsOptions } from '../../src/cli/options';

describe('analyticsOptions', () => {
  afterEach(() => vi.restoreAllMocks());

  it('turns --no-analytics into analytics: false, and keeps the defaults otherwise', () => {
    expect(analyticsOptions({ analytics: false }).analytics).toBe(false);
    expect(analyticsOptions({ analytics: true })).not.toHaveProperty('analytics');
  });

  it('says on stderr which metrics a large graph skipped', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    analyticsOptions({ analytics: true }).onSkippedMetrics?.(['betweenness']);
    expect(write).toHaveBeenCalledWith(expect.stringContaining('note: skipped betweenness on this large graph'));
  });
});
