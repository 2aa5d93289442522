// A small Markdown renderer for the scenario's instructions (consignes). It builds React elements,
// never HTML strings: raw HTML in the source is shown as text, links are kept only for http(s) and
// mailto. Supported: headings, paragraphs (two trailing spaces = line break), bullet and numbered
// lists (nested by indentation), block quotes, fenced code, horizontal rules, pipe tables, and inline
// **bold**, *italic*, `code`, [links](https://…).
import { Fragment, type ReactNode } from 'react';
import { Box, Divider, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';

// ---- inline ------------------------------------------------------------------------------------

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

const INLINE = /(\\[\\`*_[\]()#+\-.!|>])|(`+)([\s\S]*?)\2|(\*\*|__)(?=\S)([\s\S]*?\S)\4|(\*|(?<!\w)_)(?=\S)([\s\S]*?\S)\6(?!\w)|\[([^\]]+)\]\(([^)\s]+)\)/;

export const renderInline = (text: string, keyPrefix = 'i'): ReactNode[] => {
  const out: ReactNode[] = [];
  let rest = text;
  let n = 0;
  while (rest.length > 0) {
    const match = INLINE.exec(rest);
    if (!match) {
      out.push(rest);
      break;
    }
    if (match.index > 0) out.push(rest.slice(0, match.index));
    const key = `${keyPrefix}-${n++}`;
    const [whole, escaped, , code, strongMark, strong, emMark, em, linkText, linkUrl] = match;
    if (escaped) out.push(escaped.slice(1));
    else if (code !== undefined && whole.startsWith('`'))
      out.push(
        <Box key={key} component="code" sx={{ fontFamily: 'monospace', bgcolor: '#eef2f6', px: 0.5, borderRadius: 0.5 }}>
          {code}
        </Box>,
      );
    else if (strongMark) out.push(<strong key={key}>{renderInline(strong, key)}</strong>);
    else if (emMark) out.push(<em key={key}>{renderInline(em, key)}</em>);
    else if (linkText !== undefined) {
      out.push(
        SAFE_URL.test(linkUrl) ? (
          <Link key={key} href={linkUrl} target="_blank" rel="noopener noreferrer">
            {renderInline(linkText, key)}
          </Link>
        ) : (
          <Fragment key={key}>{renderInline(linkText, key)}</Fragment>
        ),
      );
    } else out.push(whole);
    rest = rest.slice(match.index + whole.length);
  }
  return out;
};

/** Lines of a paragraph: joined by spaces, a line ending with two spaces (or a backslash) breaks. */
const paragraphInline = (lines: string[], keyPrefix: string): ReactNode[] =>
  lines.flatMap((line, i) => {
    const hardBreak = / {2,}$/.test(line) || /\\$/.test(line);
    const content = line.replace(/ {2,}$/, '').replace(/\\$/, '').trim();
    const parts = renderInline(content, `${keyPrefix}-${i}`);
    if (i === lines.length - 1) return parts;
    return [...parts, hardBreak ? <br key={`${keyPrefix}-br-${i}`} /> : ' '];
  });

// ---- blocks ------------------------------------------------------------------------------------

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }
  | { kind: 'table'; header: string[]; align: Array<'left' | 'right' | 'center' | undefined>; rows: string[][] };

interface ListItem {
  lines: string[];
  children: Block[];
}

const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const indentOf = (line: string) => (/^\s*/.exec(line)?.[0] ?? '').replace(/\t/g, '    ').length;

const splitRow = (line: string): string[] => {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && text[i + 1] === '|') {
      current += '|';
      i++;
    } else if (text[i] === '|') {
      cells.push(current.trim());
      current = '';
    } else current += text[i];
  }
  cells.push(current.trim());
  return cells;
};

const isTableSeparator = (line: string | undefined) => !!line && line.includes('-') && /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line);

export const parseBlocks = (source: string): Block[] => {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    const fence = /^\s*(```|~~~)/.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(fence[1])) body.push(lines[i++]);
      i++;
      blocks.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
      i++;
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      blocks.push({ kind: 'rule' });
      i++;
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && /^\s{0,3}>/.test(lines[i])) inner.push(lines[i++].replace(/^\s{0,3}>\s?/, ''));
      blocks.push({ kind: 'quote', blocks: parseBlocks(inner.join('\n')) });
      continue;
    }
    if (line.includes('|') && isTableSeparator(lines[i + 1])) {
      const header = splitRow(line);
      const align = splitRow(lines[i + 1]).map((cell) =>
        cell.startsWith(':') && cell.endsWith(':') ? 'center' : cell.endsWith(':') ? 'right' : cell.startsWith(':') ? 'left' : undefined,
      );
      i += 2;
      const rows: string[][] = [];
      while (i < lines.length && lines[i].trim() && lines[i].includes('|')) rows.push(splitRow(lines[i++]));
      blocks.push({ kind: 'table', header, align, rows });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const baseIndent = indentOf(line);
      const ordered = /\d/.test(item[2]);
      const items: ListItem[] = [];
      let current: { first: string; more: string[] } | null = null;
      const flush = () => {
        if (!current) return;
        // Lines indented deeper than the item's marker belong to it (nested lists, continuation).
        const nested = current.more.map((l) => l.slice(Math.min(indentOf(l), baseIndent + 2)));
        const firstNested = nested.findIndex((l) => LIST_ITEM.test(l) || !l.trim());
        const continuation = firstNested === -1 ? nested : nested.slice(0, firstNested);
        const rest = firstNested === -1 ? [] : nested.slice(firstNested);
        items.push({ lines: [current.first, ...continuation.map((l) => l.trim())], children: parseBlocks(rest.join('\n')) });
      };
      while (i < lines.length) {
        const l = lines[i];
        const m = LIST_ITEM.exec(l);
        if (m && indentOf(l) <= baseIndent && /\d/.test(m[2]) === ordered) {
          flush();
          current = { first: m[3], more: [] };
          i++;
          continue;
        }
        if (!l.trim()) {
          // A blank line ends the list unless the next line is indented under it or is another item.
          const next = lines[i + 1];
          if (next !== undefined && (indentOf(next) > baseIndent || (LIST_ITEM.test(next) && indentOf(next) <= baseIndent))) {
            if (indentOf(next) > baseIndent) current?.more.push('');
            i++;
            continue;
          }
          break;
        }
        if (indentOf(l) > baseIndent && current) {
          current.more.push(l);
          i++;
          continue;
        }
        if (m) break; // a list of the other kind starts
        // A lazy continuation line of the last item.
        if (current && !/^\s{0,3}(#|>|```)/.test(l)) {
          current.more.push(' '.repeat(baseIndent + 2) + l.trim());
          i++;
          continue;
        }
        break;
      }
      flush();
      blocks.push({ kind: 'list', ordered, start: ordered ? parseInt(item[2], 10) : 1, items });
      continue;
    }
    const paragraph: string[] = [];
    while (
      i < lines.length &&
      lines[i].trim() &&
      !/^\s{0,3}(#{1,6}\s|>|```|~~~)/.test(lines[i]) &&
      !(paragraph.length > 0 && LIST_ITEM.test(lines[i])) &&
      !(lines[i].includes('|') && isTableSeparator(lines[i + 1]))
    )
      paragraph.push(lines[i++]);
    if (paragraph.length === 0) paragraph.push(lines[i++]);
    blocks.push({ kind: 'paragraph', lines: paragraph });
  }
  return blocks;
};

// ---- rendering ---------------------------------------------------------------------------------

const HEADING_VARIANT = ['h6', 'subtitle1', 'subtitle2', 'subtitle2', 'body1', 'body1'] as const;

const RenderBlocks = ({ blocks, keyPrefix, headingOffset }: { blocks: Block[]; keyPrefix: string; headingOffset: number }) => (
  <>
    {blocks.map((block, index) => {
      const key = `${keyPrefix}-${index}`;
      switch (block.kind) {
        case 'heading': {
          const level = Math.min(6, block.level + headingOffset);
          return (
            <Typography
              key={key}
              component={`h${level}` as 'h3'}
              variant={HEADING_VARIANT[Math.min(5, block.level - 1)]}
              sx={{ mt: index === 0 ? 0 : 2, mb: 1, fontWeight: 700, color: 'primary.dark' }}
            >
              {renderInline(block.text, key)}
            </Typography>
          );
        }
        case 'paragraph':
          return (
            <Typography key={key} variant="body1" sx={{ mb: 1.25, lineHeight: 1.6 }}>
              {paragraphInline(block.lines, key)}
            </Typography>
          );
        case 'list':
          return (
            <Box
              key={key}
              component={block.ordered ? 'ol' : 'ul'}
              start={block.ordered && block.start !== 1 ? block.start : undefined}
              sx={{ mt: 0, mb: 1.25, pl: 3, '& li': { mb: 0.5, lineHeight: 1.6 } }}
            >
              {block.items.map((item, j) => (
                <li key={`${key}-${j}`}>
                  {paragraphInline(item.lines, `${key}-${j}`)}
                  {item.children.length > 0 ? (
                    <RenderBlocks blocks={item.children} keyPrefix={`${key}-${j}-c`} headingOffset={headingOffset} />
                  ) : null}
                </li>
              ))}
            </Box>
          );
        case 'quote':
          return (
            <Box
              key={key}
              component="blockquote"
              sx={{ m: 0, mb: 1.25, pl: 2, borderLeft: 4, borderColor: 'primary.light', color: 'text.secondary' }}
            >
              <RenderBlocks blocks={block.blocks} keyPrefix={key} headingOffset={headingOffset} />
            </Box>
          );
        case 'code':
          return (
            <Box
              key={key}
              component="pre"
              sx={{ fontFamily: 'monospace', bgcolor: '#eef2f6', p: 1.5, borderRadius: 1, overflowX: 'auto', mb: 1.25 }}
            >
              {block.text}
            </Box>
          );
        case 'rule':
          return <Divider key={key} sx={{ my: 2 }} />;
        case 'table':
          return (
            <Box key={key} sx={{ overflowX: 'auto', mb: 1.5 }}>
              <Table size="small" sx={{ width: 'auto', minWidth: '50%' }}>
                <TableHead>
                  <TableRow>
                    {block.header.map((cell, c) => (
                      <TableCell key={c} align={block.align[c]}>
                        {renderInline(cell, `${key}-h${c}`)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {block.rows.map((row, r) => (
                    <TableRow key={r}>
                      {block.header.map((_, c) => (
                        <TableCell key={c} align={block.align[c]}>
                          {renderInline(row[c] ?? '', `${key}-${r}-${c}`)}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          );
        default:
          return null;
      }
    })}
  </>
);

/**
 * Markdown → React. `headingOffset` shifts heading levels so that "# Title" fits under the page's
 * own headings (e.g. 3: "#" becomes an h4).
 */
export const Markdown = ({ source, headingOffset = 3 }: { source: string; headingOffset?: number }) => (
  <RenderBlocks blocks={parseBlocks(source)} keyPrefix="md" headingOffset={headingOffset} />
);
