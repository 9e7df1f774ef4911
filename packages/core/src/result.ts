/** Expected failures are values, never exceptions. Every issue carries a stable `code`. */
export type Result<T, C extends string = string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue<C>[] };

export interface Issue<C extends string = string> {
  readonly code: C;
  readonly message: string;
  /** Extra context: a field path, a byte offset, a file member name. */
  readonly context?: Readonly<Record<string, string | number | boolean | null>>;
}

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail<C extends string>(
  code: C,
  message: string,
  context?: Issue<C>['context'],
): { readonly ok: false; readonly issues: readonly Issue<C>[] } {
  return { ok: false, issues: [context === undefined ? { code, message } : { code, message, context }] };
}
