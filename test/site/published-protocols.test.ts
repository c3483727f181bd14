// A production site build loads the protocols once and shares them with every page (ten routes list
// them); anything else loads them afresh on every call, so `astro dev` shows a saved protocol at once.
// Shared protocols are frozen: a page that changed one would change what every later page shows.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../compiler/config/types.ts';
import { deepFreeze, publishedProtocols } from '../../site/src/utils/published-protocols.ts';
import { resolveSettings } from '../../site/src/utils/site-settings.ts';
import { ROOT } from './fixture-site.ts';

const settings = { ...resolveSettings(ROOT, {}), buildDir: join(tmpdir(), 'stepladder-site-no-build') };

describe('the protocols the pages get', () => {
  it('are loaded once in a production build, and shared, for the same settings and configuration', () => {
    const config = emptyConfig();
    const first = publishedProtocols(settings, config, true);
    expect(first.length).toBeGreaterThan(1);
    expect(publishedProtocols(settings, config, true)).toBe(first);
    // Another configuration prints other posters and briefings: it is loaded on its own.
    expect(publishedProtocols(settings, emptyConfig(), true)).not.toBe(first);
  });

  it('are loaded afresh on every call outside a production build', () => {
    const config = emptyConfig();
    const first = publishedProtocols(settings, config, false);
    const second = publishedProtocols(settings, config, false);
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(Object.isFrozen(first)).toBe(false);
  });

  it('cannot be changed by a page when shared', () => {
    const [protocol] = publishedProtocols(settings, emptyConfig(), true);
    expect(protocol?.machine).toBeTruthy();
    expect(() => protocol!.files.push({ path: 'x', contents: 'y' })).toThrow(TypeError);
    expect(() => {
      (protocol!.machine!.meta as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      protocol!.machine!.states.reverse();
    }).toThrow(TypeError);
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, and leaves the bytes of a typed array as they are', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const value = deepFreeze({ list: [{ name: 'a' }], bytes });
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.list)).toBe(true);
    expect(Object.isFrozen(value.list[0])).toBe(true);
    expect(value.bytes).toBe(bytes);
    expect([...value.bytes]).toEqual([1, 2, 3]);
  });
});
