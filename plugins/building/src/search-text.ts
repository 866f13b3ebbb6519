// How the search commands show what they found, in PennMUSH's manner: `Kitchen(#12RJ)`, the type
// letter (R room, E exit, P player, none for a thing) and flag letters after the dbref, which the
// searcher may see because a search shows only what they control (or links into it).
import { ObjectSearch, SearchHit, SearchResult, searchObjects, searchResultOf } from '../../pdk';

/** Most lines a search command lists; it says when there were more. */
export const SEARCH_LIST_LIMIT: i32 = 200;
/** The longest name a search looks for: no object's name is longer. */
export const MAX_NAME_LENGTH: i32 = 100;
export const NAME_TOO_LONG = 'No object has a name that long: object names are at most 100 characters.';

/** `Kitchen(#12RJ)`. */
export function hitLabel(hit: SearchHit): string {
  return hit.name + '(#' + hit.id.toString() + hit.letters + ')';
}

/** Runs a search capped at SEARCH_LIST_LIMIT; null with `error` set when the host refused it. */
export class SearchRun {
  result: SearchResult | null = null;
  error: string = '';

  static of(search: ObjectSearch): SearchRun {
    const run = new SearchRun();
    const answer = searchObjects(search.limit(SEARCH_LIST_LIMIT));
    if (answer.ok) run.result = searchResultOf(answer);
    else run.error = answer.errorMessage;
    return run;
  }
}

/** The line that says a list was cut short. */
export function moreLine(result: SearchResult): string {
  return result.truncated ? 'More matched than the ' + SEARCH_LIST_LIMIT.toString() + ' shown; narrow the search.' : '';
}
