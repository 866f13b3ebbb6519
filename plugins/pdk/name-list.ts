// A list of names as players type them for page and @mail: separated by commas (the caller splits
// unquoted pieces at spaces as it sees fit), a name with spaces kept whole in double quotes
// (`"Mary Ann", Bob`). An unclosed quote runs to the end of the list; empty entries are dropped.

/** A name as typed; `whole` when it must never be split at spaces (it was quoted, or remembered). */
export class TypedName {
  constructor(
    public text: string,
    public whole: bool,
  ) {}
}

export function splitNameList(list: string): TypedName[] {
  const names: TypedName[] = [];
  let piece = '';
  let quoted = false;
  for (let i = 0; i < list.length; i++) {
    const c = list.charAt(i);
    if (c == '"') {
      addName(names, piece, quoted);
      piece = '';
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      addName(names, piece, false);
      piece = '';
    } else {
      piece += c;
    }
  }
  addName(names, piece, quoted);
  return names;
}

function addName(names: TypedName[], piece: string, whole: bool): void {
  const name = piece.trim();
  if (name.length > 0) names.push(new TypedName(name, whole));
}
