// What follows a @channel switch: `<channel>[=<value>]`, split at the first "=" and trimmed.
export class SwitchArguments {
  constructor(
    public channel: string,
    public value: string,
    public hasValue: bool,
  ) {}

  static of(rest: string): SwitchArguments {
    const equals = rest.indexOf('=');
    if (equals < 0) return new SwitchArguments(rest.trim(), '', false);
    return new SwitchArguments(rest.slice(0, equals).trim(), rest.slice(equals + 1).trim(), true);
  }
}
