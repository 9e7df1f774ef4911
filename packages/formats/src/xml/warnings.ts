import type { ImportWarning, Sport } from '@upright/core';
import type { XmlTimeReader } from './time';

/** Warnings every XML track format shares: time zones, undeclared prefixes, time going backwards. */
export function xmlTrackWarnings(input: {
  readonly times: XmlTimeReader;
  readonly unboundPrefixes: readonly string[];
  readonly droppedBackwards: number;
}): ImportWarning[] {
  const warnings = input.times.warnings();
  if (input.unboundPrefixes.length > 0) {
    const message = `undeclared XML prefixes: ${input.unboundPrefixes.join(', ')}`;
    warnings.push({ code: 'XML_PREFIX_UNBOUND', message });
  }
  if (input.droppedBackwards > 0) {
    const message = `${input.droppedBackwards} point(s) went back in time and were dropped`;
    warnings.push({ code: 'TIME_WENT_BACKWARDS', message });
  }
  return warnings;
}

const ON_FOOT: ReadonlySet<Sport> = new Set([
  'running',
  'trail-running',
  'treadmill-running',
  'walking',
  'hiking',
]);

/** Sports counted in steps, whose cadence is steps/min. */
export function sportIsOnFootXml(sport: Sport): boolean {
  return ON_FOOT.has(sport);
}
