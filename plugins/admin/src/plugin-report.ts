// One plugin as the host reports it (query_plugins, server_stats), read once so each screen
// prints fields rather than digging through JSON.
import { E_PLUGIN_UNKNOWN, HostReply, JSON, boolOf, intOf, strOf, stringsIn } from '../../pdk';
import { numberOf } from './numbers';

/** What a report shows for a field the host left empty (a plugin whose manifest was rejected). */
export const NOT_SET = '-';

export class PluginReport {
  constructor(
    public name: string,
    public version: string,
    public description: string,
    public priority: string,
    public enabled: bool,
    public status: string,
    public lastError: string,
    public crashCount: i64,
    public nextRetryAt: string,
    public calls: i64,
    public errors: i64,
    public p50Ms: f64,
    public p99Ms: f64,
    public commands: string[],
    /** `key=value` for each setting, manifest defaults overridden by admins. */
    public config: string[],
    /** `bundled` or `installed`. */
    public source: string,
    public file: string,
  ) {}

  static read(object: JSON.Obj): PluginReport {
    const priority = object.getInteger('priority');
    return new PluginReport(
      strOf(object, 'name'),
      strOf(object, 'version', NOT_SET),
      strOf(object, 'description'),
      priority === null ? NOT_SET : priority.valueOf().toString(),
      boolOf(object, 'enabled'),
      strOf(object, 'status'),
      strOf(object, 'lastError'),
      intOf(object, 'crashCount'),
      strOf(object, 'nextRetryAt'),
      intOf(object, 'calls'),
      intOf(object, 'errors'),
      numberOf(object, 'p50Ms'),
      numberOf(object, 'p99Ms'),
      stringsIn(object.getArr('commands')),
      settingsOf(object.getObj('config')),
      strOf(object, 'source', NOT_SET),
      strOf(object, 'file'),
    );
  }

  static readAll(objects: JSON.Obj[]): PluginReport[] {
    const reports: PluginReport[] = [];
    for (let i = 0; i < objects.length; i++) reports.push(PluginReport.read(objects[i]));
    return reports;
  }

  get state(): string {
    return this.enabled ? 'enabled' : 'disabled';
  }
}

function settingsOf(config: JSON.Obj | null): string[] {
  const settings: string[] = [];
  if (config === null) return settings;
  const keys = config.keys;
  for (let i = 0; i < keys.length; i++) settings.push(keys[i] + '=' + strOf(config, keys[i]));
  return settings;
}

/** What to tell the admin when the host refused a plugin `name` (too long to be one: the host's sentence). */
export function refusal(answer: HostReply, name: string): string {
  if (answer.errorCode == E_PLUGIN_UNKNOWN) return 'No plugin is called "' + name + '".';
  return answer.errorMessage;
}
