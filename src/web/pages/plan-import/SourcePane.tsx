import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import type { SourceSpan } from '../../../importer/types.ts';

interface SourcePaneProps {
  lines: readonly string[];
  highlight: SourceSpan | null;
  /** Desktop: a sticky column of its own height; phone: the page scrolls. */
  sticky: boolean;
  /** Scrolls to the highlight again when the pane becomes visible (phone tabs). */
  visible: boolean;
}

const isHighlighted = (line: number, span: SourceSpan | null) => span !== null && line >= span.line && line <= span.endLine;

/** The file's text as read, numbered by line, with the lines of the chosen field highlighted. */
export function SourcePane({ lines, highlight, sticky, visible }: SourcePaneProps) {
  const { t } = useTranslation();
  const pane = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = pane.current;
    if (!container || !highlight || !visible) return;
    const first = container.querySelector<HTMLElement>(`[data-line="${highlight.line}"]`);
    if (!first) return;
    if (sticky) container.scrollTo({ top: first.offsetTop - container.clientHeight / 3, behavior: 'smooth' });
    else first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlight, sticky, visible]);

  return (
    <div ref={pane} className={sticky ? 'plan-source plan-source-scroll' : 'plan-source'} role="region" aria-label={t('planImport.sourceTitle')} tabIndex={0}>
      {lines.map((text, index) => {
        const line = index + 1;
        const marked = isHighlighted(line, highlight);
        return (
          <div key={line} data-line={line} className={marked ? 'plan-source-line is-highlighted' : 'plan-source-line'} aria-current={marked && line === highlight?.line ? 'true' : undefined}>
            <span className="plan-source-number" aria-hidden="true">
              {line}
            </span>
            <span>{text || ' '}</span>
          </div>
        );
      })}
    </div>
  );
}
