// Text laid out for monospaced MUSH clients: tables whose columns line up (text left-aligned,
// numbers right-aligned, each heading over its column, two spaces between columns), and
// `Label: value` lines with the values lined up.
export class TextTable {
  private rows: string[][] = [];

  /** `rightAligned[i]` right-aligns column i (numbers), its heading included. */
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

/** `Label:  value` lines with the values lined up after the longest label. */
export class LabelledLines {
  private labels: string[] = [];
  private values: string[] = [];

  add(label: string, value: string): LabelledLines {
    this.labels.push(label + ':');
    this.values.push(value);
    return this;
  }

  toString(): string {
    let width = 0;
    for (let i = 0; i < this.labels.length; i++) width = max(width, this.labels[i].length);
    const lines: string[] = [];
    for (let i = 0; i < this.labels.length; i++) lines.push(this.labels[i].padEnd(width + 1, ' ') + this.values[i]);
    return lines.join('\n');
  }
}
