import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

// `any` as in React's own `lazy` signature: any props are accepted.
type AnyComponent = ComponentType<any>;

/** React.lazy for a named export: the component's code loads the first time it renders. */
export function lazyNamed<M extends Record<K, AnyComponent>, K extends keyof M>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
