// Hearth's plugin kit for AssemblyScript. A plugin imports what it needs from here:
//   import { Command, reply, emit, JsonWriter } from '../../pdk';
// and is built with `--use abort=plugins/pdk/abort/pdkAbort` (npm run build:plugins does this).
export { JSON } from './json';
export { pdkAbort } from './abort';
export { Actor, Command, done, fail, pass, reply, writeOutput } from './command';
export { GameEvent, handled, notHandled } from './event';
export { setting } from './config';
export * from './game';
export * from './server';
export * from './streams';
export * from './tables';
export * from './chance';
export * from './views';
export * from './lookup';
export * from './builder';
export * from './search';
export * from './limits';
export { Style } from './style';
export { characterCount, shortened, withoutControlCharacters } from './player-text';
export { PageRequest, downloadPage, htmlPage, textPage } from './page';
export { escapeHtml, plainText } from './html';
export { HostReply, boolOf, intOf, objectsIn, strOf, stringsIn } from './host-reply';
export * from './generated/error-codes';
export { JsonWriter, jsonQuote } from './json-writer';
export { Pronouns } from './pronouns';
export { substitute } from './substitute';
export { LabelledLines, TextTable } from './text-table';
export { TypedName, splitNameList } from './name-list';
