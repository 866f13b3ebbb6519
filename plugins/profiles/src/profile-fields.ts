// The fields of a profile: character attributes named `finger.<field>`, set by their player.
import { JSON } from '../../pdk';

export const FIELD_PREFIX = 'finger.';
export const MAX_FIELDS: i32 = 20;
export const MAX_FIELD_NAME: i32 = 20;
export const MAX_FIELD_TEXT: i32 = 500;

export class ProfileField {
  constructor(
    public name: string,
    public text: string,
  ) {}
}

/** A field name as typed, lower-cased, or '' when it breaks the rule. */
export function fieldName(typed: string): string {
  const name = typed.trim().toLowerCase();
  if (name.length == 0 || name.length > MAX_FIELD_NAME) return '';
  const first = name.charCodeAt(0);
  if (first < 97 || first > 122) return '';
  for (let i = 1; i < name.length; i++) {
    const code = name.charCodeAt(i);
    const ok = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code == 95 || code == 45;
    if (!ok) return '';
  }
  return name;
}

/** Every field set in `attributes`, sorted by name. */
export function profileFields(attributes: JSON.Obj): ProfileField[] {
  const names: string[] = [];
  for (let i = 0; i < attributes.keys.length; i++) if (attributes.keys[i].startsWith(FIELD_PREFIX)) names.push(attributes.keys[i]);
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const fields: ProfileField[] = [];
  for (let i = 0; i < names.length; i++) {
    const value = attributes.getString(names[i]);
    if (value !== null && value.valueOf().length > 0) fields.push(new ProfileField(names[i].slice(FIELD_PREFIX.length), value.valueOf()));
  }
  return fields;
}
