import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyNamed } from './lazy-named.ts';

const greeting = () => Promise.resolve({ Greeting: ({ name }: { name: string }) => createElement('p', null, `Xin chào ${name}`) });
const inSuspense = (element: ReturnType<typeof createElement>) => renderToString(createElement(Suspense, { fallback: createElement('i', null, 'đang tải') }, element));

describe('lazyNamed', () => {
  it('suspends on a first render whose code has not loaded', () => {
    const Greeting = lazyNamed(greeting, 'Greeting');
    expect(inSuspense(createElement(Greeting, { name: 'chi bộ' }))).toContain('đang tải');
  });

  it('renders at once, without suspending, once preloaded', async () => {
    const Greeting = lazyNamed(greeting, 'Greeting');
    await Greeting.preload();
    const html = inSuspense(createElement(Greeting, { name: 'chi bộ' }));
    expect(html).toContain('<p>Xin chào chi bộ</p>');
    expect(html).not.toContain('đang tải');
  });

  it('loads the code once, however often it is preloaded', async () => {
    let loads = 0;
    const Greeting = lazyNamed(() => {
      loads++;
      return greeting();
    }, 'Greeting');
    await Promise.all([Greeting.preload(), Greeting.preload()]);
    await Greeting.preload();
    expect(loads).toBe(1);
  });

  it('tries a failed load again', async () => {
    let attempts = 0;
    const Greeting = lazyNamed(() => (++attempts === 1 ? Promise.reject(new Error('mạng lỗi')) : greeting()), 'Greeting');
    await expect(Greeting.preload()).rejects.toThrow('mạng lỗi');
    await Greeting.preload();
    expect(attempts).toBe(2);
    expect(inSuspense(createElement(Greeting, { name: 'Đoàn' }))).toContain('<p>Xin chào Đoàn</p>');
  });
});
