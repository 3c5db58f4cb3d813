import { describe, expect, it } from 'vitest';
import { createFakePlatform } from '../../src/platform/fake.ts';
import { resetBadgeOnNavigation } from './badge-reset.ts';

describe('resetBadgeOnNavigation', () => {
  it('clears the count on a new page but not on a fragment change', async () => {
    const platform = createFakePlatform();
    resetBadgeOnNavigation(platform);
    platform.navigate(1, 'https://news.example/a');
    platform.log.badges.set(1, '4');
    platform.navigate(1, 'https://news.example/a#comments');
    await Promise.resolve();
    expect(platform.log.badges.get(1)).toBe('4');
    platform.navigate(1, 'https://news.example/b');
    await Promise.resolve();
    expect(platform.log.badges.get(1)).toBe('');
  });
});
