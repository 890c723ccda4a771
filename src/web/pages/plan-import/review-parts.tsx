import { createContext, type ReactNode, useContext } from 'react';
import type { SourceSpan } from '../../../importer/types.ts';

/** The field the reviewer is on and the lines of the source it was read from. */
export interface Trace {
  id: string;
  span: SourceSpan | null;
}

interface TraceContextValue {
  active: string | null;
  trace: (next: Trace) => void;
}

export const TraceContext = createContext<TraceContextValue>({ active: null, trace: () => {} });

/** A labelled control; the label names the control for screen readers. */
export function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div style={{ marginBottom: 12 }}>
      <label htmlFor={id} style={{ display: 'block', marginBottom: 4, fontWeight: 500 }}>
        {label}
      </label>
      {children}
    </div>
  );
}

/**
 * Wraps a field so that clicking or tabbing into it shows where it came from in the source
 * text. A field the importer did not read from anywhere (one the reviewer added) shows nothing.
 */
export function Traced({ id, span, children, className }: Trace & { children: ReactNode; className?: string }) {
  const { active, trace } = useContext(TraceContext);
  const mark = () => trace({ id, span });
  return (
    <div className={['traced', active === id ? 'traced-active' : '', className ?? ''].join(' ').trim()} onFocusCapture={mark} onClickCapture={mark}>
      {children}
    </div>
  );
}
