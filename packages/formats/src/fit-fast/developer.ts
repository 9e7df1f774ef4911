// Developer data: developer_data_id messages register an app under an index; field_description
// messages register fields under it. Data messages name developer fields by (index, field number).
import { BASE_TYPE_MASK, isKnownBaseType, type BaseTypeId } from './base-types';

export interface DeveloperFieldInfo {
  /** Decoder-assigned key: the count of fields registered before this one (as the FIT SDK assigns it). */
  readonly key: number;
  readonly fieldNumber: number;
  readonly baseType: BaseTypeId;
}

export class DeveloperRegistry {
  /** Bumped on every change, so compiled definitions know when to re-resolve their developer fields. */
  version = 0;
  private readonly apps = new Map<number, DeveloperFieldInfo[]>();

  registerApp(index: number): void {
    this.apps.set(index, []);
    this.version++;
  }

  /** The key the next field description gets (whether or not it registers). */
  nextKey(): number {
    let count = 0;
    for (const fields of this.apps.values()) count += fields.length;
    return count;
  }

  /** Registers a field under app `index`; ignored when the app is unknown or the base type invalid. */
  registerField(index: number, fieldNumber: number, baseTypeByte: number): void {
    const fields = this.apps.get(index);
    const baseType = baseTypeByte & BASE_TYPE_MASK;
    if (fields === undefined || !isKnownBaseType(baseType)) return;
    fields.push({ key: this.nextKey(), fieldNumber, baseType });
    this.version++;
  }

  lookup(index: number, fieldNumber: number): DeveloperFieldInfo | null {
    return this.apps.get(index)?.find((f) => f.fieldNumber === fieldNumber) ?? null;
  }
}
