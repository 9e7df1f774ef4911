/**
 * Sample channels of an activity, with their units. The names and units are a public contract
 * (CLI JSON, API, storage): never rename, only add.
 */
export const CHANNEL_UNITS = {
  distance: 'm',
  speed: 'm/s',
  altitude: 'm',
  latitude: 'deg',
  longitude: 'deg',
  heartRate: 'bpm',
  /** Steps per minute (both feet). FIT running cadence is strides/min + fraction: importers normalise. */
  cadence: 'steps/min',
  stepLength: 'm',
  groundContactTime: 'ms',
  /** Share of contact time on the left foot, in percent. */
  groundContactBalance: '% left',
  verticalOscillation: 'mm',
  verticalRatio: '%',
  power: 'W',
  formPower: 'W',
  legSpringStiffness: 'kN/m',
  temperature: 'degC',
} as const;

export type ChannelName = keyof typeof CHANNEL_UNITS;

export const CHANNEL_NAMES = Object.keys(CHANNEL_UNITS) as readonly ChannelName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(CHANNEL_UNITS, name);
}
