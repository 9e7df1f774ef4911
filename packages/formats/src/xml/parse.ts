import { SaxesParser } from 'saxes';
import type { ImportErrorCode } from '@upright/core';

export interface XmlHandlers {
  /** An element opened. `name` is the local name (prefix stripped); `path` holds its ancestors' names. */
  readonly open?: (
    name: string,
    attributes: Readonly<Record<string, string>>,
    path: readonly string[],
  ) => void;
  /** An element closed, with its own text content trimmed. */
  readonly close: (name: string, text: string, path: readonly string[]) => void;
}

export interface XmlOutcome {
  readonly error: { readonly code: ImportErrorCode; readonly message: string } | null;
  /** Prefixes used without an xmlns declaration (tolerated: real exports do this). */
  readonly unboundPrefixes: readonly string[];
}

class Refused extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function localName(qualified: string): { prefix: string | null; local: string } {
  const i = qualified.indexOf(':');
  return i < 0
    ? { prefix: null, local: qualified }
    : { prefix: qualified.slice(0, i), local: qualified.slice(i + 1) };
}

/**
 * Streams XML through saxes with namespaces resolved by local name only, so files using undeclared
 * prefixes still parse (reported in `unboundPrefixes`). A DOCTYPE (the door to entity expansion and
 * external entities) is refused with XML_ENTITY_REFUSED before any entity could be defined; an
 * undefined entity reference is refused the same way. Never throws.
 */
export function xmlParse(text: string, handlers: XmlHandlers): XmlOutcome {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const path: string[] = [];
  const texts: string[] = [];
  const declared = new Set<string>(['xml', 'xmlns']);
  const unbound = new Set<string>();
  let failure: Error | null = null;
  parser.on('doctype', () => {
    throw new Refused('XML_ENTITY_REFUSED', 'the file declares a DOCTYPE; DTDs and entities are refused');
  });
  parser.on('error', (e) => {
    failure ??= /entity/i.test(e.message) ? new Refused('XML_ENTITY_REFUSED', e.message) : e;
  });
  parser.on('opentag', (tag) => {
    for (const key of Object.keys(tag.attributes)) if (key.startsWith('xmlns:')) declared.add(key.slice(6));
    const { prefix, local } = localName(tag.name);
    if (prefix !== null && !declared.has(prefix)) unbound.add(prefix);
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes))
      attributes[localName(key).local] = String(value);
    handlers.open?.(local, attributes, path);
    path.push(local);
    texts.push('');
  });
  parser.on('text', (t) => {
    if (texts.length > 0) texts[texts.length - 1] += t;
  });
  parser.on('cdata', (t) => {
    if (texts.length > 0) texts[texts.length - 1] += t;
  });
  parser.on('closetag', (tag) => {
    const own = texts.pop() ?? '';
    const local = path.pop() ?? localName(tag.name).local;
    handlers.close(local, own.trim(), path);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= error instanceof Error ? error : new Error(String(error));
  }
  const unboundPrefixes = [...unbound];
  if (failure === null) return { error: null, unboundPrefixes };
  const f: Error = failure;
  if (f instanceof Refused) return { error: { code: f.code, message: f.message }, unboundPrefixes };
  return {
    error: { code: 'XML_MALFORMED', message: f.message.split('\n')[0] ?? 'malformed XML' },
    unboundPrefixes,
  };
}

/** Decodes XML bytes as UTF-8 (BOM stripped), or Latin-1 when the declaration says so. */
export function xmlText(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const latin = /encoding=["'](iso-8859-1|latin-?1|windows-1252)["']/i.test(head);
  return new TextDecoder(latin ? 'windows-1252' : 'utf-8').decode(bytes);
}
