// Typed attributes plugins declare in their manifests (`schema.attributes`): a character or
// location attribute with a type and a default. Writes to a declared attribute are checked
// against its type and the kind of object it belongs on; reads show the default until a value
// is set. Undeclared attribute keys stay free-form. When two plugins declare one name, the one
// with precedence defines it and the other is told.
import { HearthError } from '../errors.js';
import type { WorldObject } from '../world/world-object.js';
import type { AttributeSpec, PluginManifest } from './manifest.js';

export interface DeclaredAttribute extends AttributeSpec {
  plugin: string;
}

const KIND_OF: Record<AttributeSpec['on'], WorldObject['kind']> = { character: 'character', location: 'room' };

export class AttributeSchema {
  readonly warnings: string[] = [];
  private readonly declared = new Map<string, DeclaredAttribute>();

  /** `manifests` in precedence order: the first to declare a name defines it. */
  constructor(manifests: PluginManifest[]) {
    for (const manifest of manifests) {
      for (const attribute of manifest.schema.attributes) {
        const existing = this.declared.get(attribute.name);
        if (!existing) {
          this.declared.set(attribute.name, { ...attribute, plugin: manifest.name });
        } else if (existing.type !== attribute.type || existing.on !== attribute.on) {
          this.warnings.push(
            `Attribute "${attribute.name}" is declared by plugin "${existing.plugin}" (${existing.on} ${existing.type}) and plugin "${manifest.name}" (${attribute.on} ${attribute.type}); "${existing.plugin}" defines it.`,
          );
        }
      }
    }
  }

  get(name: string): DeclaredAttribute | undefined {
    return this.declared.get(name);
  }

  /** Refuses a value a declared attribute cannot hold; null (clearing) is always allowed. */
  check(object: WorldObject, key: string, value: unknown): void {
    const attribute = this.declared.get(key);
    if (!attribute || value === null || value === undefined) return;
    if (object.kind !== KIND_OF[attribute.on]) {
      throw new HearthError('E_ATTRIBUTE_INVALID', `"${key}" is a ${attribute.on} attribute (declared by plugin "${attribute.plugin}"); #${object.id} is a ${object.kind}.`);
    }
    if (typeof value !== attribute.type || (attribute.type === 'number' && !Number.isFinite(value))) {
      throw new HearthError('E_ATTRIBUTE_INVALID', `"${key}" holds a ${attribute.type} (declared by plugin "${attribute.plugin}"); got ${describe(value)}.`);
    }
  }

  /** The object's attributes, with the defaults of declared attributes it has no value for. */
  withDefaults(object: WorldObject): Record<string, unknown> {
    const attributes = { ...object.attributes };
    for (const attribute of this.declared.values()) {
      if (attribute.default !== undefined && KIND_OF[attribute.on] === object.kind && !(attribute.name in attributes)) {
        attributes[attribute.name] = attribute.default;
      }
    }
    return attributes;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'null' : `a ${typeof value}`;
}
