import type { SourceId } from '../screening/sources';

export interface TapeGuide {
  readonly title: string;
  readonly purpose: string;
  readonly steps: readonly string[];
  /** Stretch on the tape as a fraction of its full stretch, e.g. 0.25 for 25%. */
  readonly stretchFraction: { readonly anchors: 0; readonly middle: number };
  readonly skinCare: readonly string[];
  readonly doNotUse: readonly string[];
  readonly evidence: { readonly note: string; readonly sources: readonly SourceId[] };
}
