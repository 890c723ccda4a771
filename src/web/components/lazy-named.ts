import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

// `any` as in React's own `lazy` signature: any props are accepted.
type AnyComponent = ComponentType<any>;

export type PreloadableComponent<C extends AnyComponent> = LazyExoticComponent<C> & {
  /** Starts loading the code; a first render after it has loaded does not suspend. */
  preload(): Promise<void>;
};

/**
 * React.lazy for a named export: the component's code loads the first time it renders, or
 * earlier through `preload`. A lazy component suspends on its first render even when its code
 * is already there, and React then holds the page back up to 300 ms after the last fallback it
 * showed; once preloaded, the factory answers with a thenable that resolves at once, which
 * React.lazy reads without suspending.
 */
export function lazyNamed<M extends Record<K, AnyComponent>, K extends keyof M>(load: () => Promise<M>, name: K): PreloadableComponent<M[K]> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const loadOnce = () =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // A failed load (a new deployment, the network) is tried again on the next render.
        loading = undefined;
        throw error;
      },
    ));
  const component = lazy(() => {
    if (loaded) {
      const settled = { default: loaded[name] };
      return { then: (resolve: (value: typeof settled) => void) => resolve(settled) } as unknown as Promise<typeof settled>;
    }
    return loadOnce().then((module) => ({ default: module[name] }));
  });
  return Object.assign(component, { preload: () => loadOnce().then(() => undefined) });
}
