import { parseInline, parseMarkdown, plain } from './markdown.js';

describe('instructions Markdown', () => {
  it('reads headings, paragraphs over several lines, bullet and numbered lists', () => {
    const blocks = parseMarkdown(
      ['# Titre', '', 'Premier paragraphe', 'sur deux lignes.', '', '## Liste', '- un', '- **deux** et', '  la suite', '', '1. Premier', '2) Second', '    - détail'].join('\n'),
    );
    expect(blocks.map((b) => [b.kind, plain(b.runs)])).toEqual([
      ['heading', 'Titre'],
      ['paragraph', 'Premier paragraphe sur deux lignes.'],
      ['heading', 'Liste'],
      ['item', 'un'],
      ['item', 'deux et la suite'],
      ['item', 'Premier'],
      ['item', 'Second'],
      ['item', 'détail'],
    ]);
    expect(blocks[0]).toMatchObject({ level: 1 });
    expect(blocks[2]).toMatchObject({ level: 2 });
    expect(blocks[5]).toMatchObject({ ordered: true, marker: '1.', depth: 0 });
    expect(blocks[6]).toMatchObject({ ordered: true, marker: '2.' });
    expect(blocks[7]).toMatchObject({ ordered: false, marker: '•', depth: 2 });
  });

  it('keeps bold runs, drops italic and code marks but not underscores inside words or e-mails', () => {
    expect(parseInline('Lisez **toutes** les consignes')).toEqual([
      { text: 'Lisez ', bold: false },
      { text: 'toutes', bold: true },
      { text: ' les consignes', bold: false },
    ]);
    expect(plain(parseInline('un *mot* en `code` et __gras__'))).toBe('un mot en code et gras');
    expect(plain(parseInline('écrire à l_martin@exemple.fr ou snake_case_name'))).toBe('écrire à l_martin@exemple.fr ou snake_case_name');
  });
});
