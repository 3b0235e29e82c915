/**
 * How a grading report reads: marks that any text font draws, left-aligned cells, and messages
 * that cannot break the table.
 */
import { expect } from 'chai';
import { FAIL_MARK, GradeReport, gradeTable, gradeTableHtml, PASS_MARK } from '../lib/exercises/report';

const REPORT: GradeReport = {
  against: 'exercises',
  exercises: [
    {
      name: '06-kl-divergence',
      file: 'exercises/06-kl-divergence.ts',
      passed: 1,
      total: 2,
      checks: [
        { title: 'is zero for N(0, 1)', ok: true },
        { title: 'matches the formula', ok: false, message: 'expected 0.5, got <b>1</b> | use `tf.exp(logVar)`\nsecond line' },
      ],
    },
  ],
};

describe('grading report', () => {
  it('marks pass and fail with glyphs that need no emoji font', () => {
    for (const text of [gradeTable(REPORT), gradeTableHtml(REPORT), PASS_MARK, FAIL_MARK]) {
      // Emoji (✅ ❌ ℹ️) are drawn from an emoji font, which a plain Debian machine lacks.
      expect(text).not.to.match(/\p{Extended_Pictographic}/u);
    }
    expect([PASS_MARK, FAIL_MARK]).to.deep.equal(['✓', '✗']);
    expect(gradeTableHtml(REPORT).match(/class="grade-mark"/g)).to.have.length(3); // the heading's and one per check
    expect(gradeTable(REPORT)).to.contain(`| ${FAIL_MARK} | matches the formula |`);
  });

  it('left-aligns every cell of the HTML table (classic Notebook right-aligns table cells by default)', () => {
    const html = gradeTableHtml(REPORT);
    const cells = html.match(/<t[dh] [^>]*>/g) ?? [];
    expect(cells.length).to.equal(9);
    for (const cell of cells) expect(cell).to.match(/style="[^"]*text-align:left/);
    expect(gradeTable(REPORT)).to.contain('|:---|:---|:---|');
  });

  it('keeps a message inside its cell: HTML escaped, code spans and line breaks kept', () => {
    const html = gradeTableHtml(REPORT);
    expect(html).to.contain('expected 0.5, got &lt;b&gt;1&lt;/b&gt; | use <code>tf.exp(logVar)</code><br>second line');
    expect(html).not.to.contain('<b>1</b>');
    expect(gradeTable(REPORT)).to.contain('got <b>1</b> \\| use `tf.exp(logVar)`<br>second line');
  });
});
