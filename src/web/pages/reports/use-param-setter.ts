import { useSearchParams } from 'react-router-dom';

/** The page's address parameters and a setter that changes some of them (an empty value removes one). */
export function useParamSetter(): [URLSearchParams, (next: Record<string, string | null | undefined>) => void] {
  const [params, setParams] = useSearchParams();
  const set = (next: Record<string, string | null | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged, { replace: true });
  };
  return [params, set];
}
