// Columns lined up for monospaced MUSH clients: each heading starts where its column's text
// starts (right-aligned columns end where their heading ends), two spaces between columns.
export class TextTable {
  private rows: string[][] = [];

  /** `rightAligned[i]` right-aligns column i, its heading included. */
  constructor(
    headings: string[],
    private rightAligned: bool[],
  ) {
    this.rows.push(headings);
  }

  add(cells: string[]): TextTable {
    this.rows.push(cells);
    return this;
  }

  toString(): string {
    const widths: i32[] = [];
    for (let column = 0; column < this.rightAligned.length; column++) {
      let width = 0;
      for (let row = 0; row < this.rows.length; row++) width = max(width, this.rows[row][column].length);
      widths.push(width);
    }
    const lines: string[] = [];
    for (let row = 0; row < this.rows.length; row++) {
      const cells: string[] = [];
      for (let column = 0; column < widths.length; column++) {
        const cell = this.rows[row][column];
        cells.push(this.rightAligned[column] ? cell.padStart(widths[column], ' ') : cell.padEnd(widths[column], ' '));
      }
      lines.push(cells.join('  ').trimEnd());
    }
    return lines.join('\n');
  }
}
