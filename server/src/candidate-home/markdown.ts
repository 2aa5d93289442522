/**
 * The small Markdown of the scenarios' instructions (consignes): headings (#, ##, ###), paragraphs,
 * bullet lists (-, *, +), numbered lists (1. or 1)), bold (**…** or __…__). Italics and code marks
 * are dropped (their text stays). Enough for a PDF; the admin renders the same text on screen.
 */
export interface InlineRun {
  text: string;
  bold: boolean;
}

export type MarkdownBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; runs: InlineRun[] }
  | { kind: 'paragraph'; runs: InlineRun[] }
  | { kind: 'item'; ordered: boolean; marker: string; depth: number; runs: InlineRun[] };

/** "Lisez **toutes** les consignes" → runs: "Lisez ", "toutes" (bold), " les consignes". */
export function parseInline(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  const push = (t: string, bold: boolean) => {
    const clean = t.replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2').replace(/`([^`]*)`/g, '$1');
    if (!clean) return;
    const last = runs.at(-1);
    if (last && last.bold === bold) last.text += clean;
    else runs.push({ text: clean, bold });
  };
  const re = /(\*\*|__)(.+?)\1/g;
  let index = 0;
  for (const m of text.matchAll(re)) {
    push(text.slice(index, m.index), false);
    push(m[2]!, true);
    index = m.index! + m[0].length;
  }
  push(text.slice(index), false);
  return runs;
}

export function parseMarkdown(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let current: { kind: 'paragraph' | 'item'; text: string; ordered?: boolean; marker?: string; depth?: number } | null = null;
  const flush = () => {
    if (!current) return;
    const runs = parseInline(current.text.trim());
    if (current.kind === 'paragraph') blocks.push({ kind: 'paragraph', runs });
    else blocks.push({ kind: 'item', ordered: !!current.ordered, marker: current.marker!, depth: current.depth!, runs });
    current = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\t/g, '    ');
    if (!line.trim()) {
      flush();
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: Math.min(heading[1]!.length, 3) as 1 | 2 | 3, runs: parseInline(heading[2]!) });
      continue;
    }
    const bullet = /^(\s*)([-*+])\s+(.*)$/.exec(line);
    const numbered = /^(\s*)(\d{1,3})[.)]\s+(.*)$/.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      flush();
      current = { kind: 'item', text: item[3]!, ordered: !!numbered && !bullet, marker: bullet ? '•' : `${numbered![2]}.`, depth: Math.min(2, Math.floor(item[1]!.length / 2)) };
      continue;
    }
    if (current) current.text += ` ${line.trim()}`;
    else current = { kind: 'paragraph', text: line.trim() };
  }
  flush();
  return blocks;
}

/** Plain text of the runs (for titles and tests). */
export const plain = (runs: InlineRun[]) => runs.map((r) => r.text).join('');
