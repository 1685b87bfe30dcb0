import type { ComponentChildren } from 'preact';

/** One highlighted stretch of an article's raw text. */
export interface Highlight {
  start: number;
  end: number;
  /** CSS class suffix: event | quote | person | organization | place | date | active */
  kind: string;
  /** Tooltip: what fact this stretch supports. */
  label?: string;
}

interface Piece {
  start: number;
  end: number;
  covering: Highlight[];
}

/** Cuts the text at every highlight border so overlapping highlights nest cleanly. */
export function cutIntoPieces(length: number, highlights: readonly Highlight[]): Piece[] {
  const valid = highlights.filter((h) => h.start >= 0 && h.end <= length && h.start < h.end);
  const cuts = new Set<number>([0, length]);
  for (const h of valid) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    pieces.push({ start, end, covering: valid.filter((h) => h.start <= start && end <= h.end) });
  }
  return pieces;
}

/**
 * Article text with facts highlighted. Articles are hostile input: the text is
 * only ever rendered as text nodes (Preact escapes it), never as HTML.
 */
export function HighlightedText(props: { text: string; highlights: readonly Highlight[]; class?: string }) {
  const pieces = cutIntoPieces(props.text.length, props.highlights);
  const out: ComponentChildren[] = pieces.map((p) => {
    const text = props.text.slice(p.start, p.end);
    if (!p.covering.length) return text;
    const kinds = [...new Set(p.covering.map((h) => h.kind))];
    const title = p.covering.map((h) => h.label).filter(Boolean).join('\n');
    return (
      <mark key={p.start} class={kinds.map((k) => `hl-${k}`).join(' ')} title={title || undefined} data-start={p.start}>
        {text}
      </mark>
    );
  });
  return <div class={`article-text ${props.class ?? ''}`}>{out}</div>;
}
