import { SELF_TEST_THRESHOLDS as T } from './self-tests';
import { DRIVER_IDS } from './types';
import type {
  DriverId,
  Finding,
  FindingEvidence,
  LeftRight,
  ScreeningAnswers,
  SelfTestResults,
} from './types';

interface Draft {
  readonly driver: DriverId;
  readonly marked: boolean;
  readonly evidence: FindingEvidence;
}

const side = (lr: LeftRight, key: 'left' | 'right'): string => `${key} ${lr[key]}`;

function lowSides(lr: LeftRight, min: number): ('left' | 'right')[] {
  return (['left', 'right'] as const).filter((k) => lr[k] < min);
}

function thoracic(t: SelfTestResults): Draft[] {
  const r = t.thoracicRotationDeg;
  if (!r) return [];
  const out: Draft[] = [];
  const worst = Math.min(r.left, r.right);
  if (worst < T.thoracicRotationMinDeg) {
    out.push({
      driver: 'thoracic-stiffness',
      marked: worst < T.thoracicRotationMarkedDeg,
      evidence: ev({
        kind: 'self-test',
        testId: 'thoracicRotationDeg',
        value: worst,
        threshold: T.thoracicRotationMinDeg,
        unit: 'deg',
        text: `Thoracic rotation ${lowSides(r, T.thoracicRotationMinDeg)
          .map((k) => side(r, k) + '°')
          .join(', ')}: below ${T.thoracicRotationMinDeg}°`,
      }),
    });
  }
  const diff = Math.abs(r.left - r.right);
  if (diff > T.thoracicRotationAsymmetryDeg) {
    out.push({
      driver: 'thoracic-stiffness',
      marked: false,
      evidence: ev({
        kind: 'self-test',
        testId: 'thoracicRotationDeg',
        value: diff,
        threshold: T.thoracicRotationAsymmetryDeg,
        unit: 'deg',
        text: `Thoracic rotation differs by ${diff}° between sides (more than ${T.thoracicRotationAsymmetryDeg}°)`,
      }),
    });
  }
  return out;
}

function thomas(t: SelfTestResults): Draft[] {
  const out: Draft[] = [];
  const th = t.modifiedThomasThighDeg;
  if (th) {
    const worst = Math.max(th.left, th.right);
    if (worst > T.thomasThighMaxDeg) {
      const sides = (['left', 'right'] as const).filter((k) => th[k] > T.thomasThighMaxDeg);
      const text = `Modified Thomas test: ${sides.map((k) => side(th, k) + '°').join(', ')} above horizontal`;
      const e = ev({
        kind: 'self-test',
        testId: 'modifiedThomasThighDeg',
        value: worst,
        threshold: T.thomasThighMaxDeg,
        unit: 'deg',
        text: text,
      });
      out.push({ driver: 'hip-flexor-tightness', marked: worst >= T.thomasThighMarkedDeg, evidence: e });
      out.push({
        driver: 'hip-extension-deficit',
        marked: false,
        evidence: { ...e, text: `${text}: tight hip flexors limit hip extension` },
      });
    }
  }
  return out;
}

function bridge(t: SelfTestResults): Draft[] {
  const out: Draft[] = [];
  const b = t.singleLegBridgeS;
  if (b) {
    const worst = Math.min(b.left, b.right);
    if (worst < T.singleLegBridgeMinS) {
      out.push({
        driver: 'hip-extension-deficit',
        marked: worst < T.singleLegBridgeMarkedS,
        evidence: ev({
          kind: 'self-test',
          testId: 'singleLegBridgeS',
          value: worst,
          threshold: T.singleLegBridgeMinS,
          unit: 's',
          text: `Single-leg bridge ${lowSides(b, T.singleLegBridgeMinS)
            .map((k) => side(b, k) + ' s')
            .join(', ')}: below ${T.singleLegBridgeMinS} s`,
        }),
      });
    }
    const best = Math.max(b.left, b.right);
    const gap = best > 0 ? (best - worst) / best : 0;
    if (gap > T.bridgeAsymmetryFraction) {
      out.push({
        driver: 'hip-extension-deficit',
        marked: false,
        evidence: ev({
          kind: 'self-test',
          testId: 'singleLegBridgeS',
          value: round2(gap),
          threshold: T.bridgeAsymmetryFraction,
          unit: 'ratio',
          text: `Single-leg bridge: the weaker leg holds ${Math.round(gap * 100)}% less than the stronger`,
        }),
      });
    }
  }
  return out;
}

function hamstrings(t: SelfTestResults): Draft[] {
  const s = t.activeSlrDeg;
  if (!s) return [];
  const worst = Math.min(s.left, s.right);
  if (worst >= T.activeSlrMinDeg) return [];
  return [
    {
      driver: 'hamstring-tightness',
      marked: worst < T.activeSlrMarkedDeg,
      evidence: ev({
        kind: 'self-test',
        testId: 'activeSlrDeg',
        value: worst,
        threshold: T.activeSlrMinDeg,
        unit: 'deg',
        text: `Straight-leg raise ${lowSides(s, T.activeSlrMinDeg)
          .map((k) => side(s, k) + '°')
          .join(', ')}: below ${T.activeSlrMinDeg}°`,
      }),
    },
  ];
}

function abdominals(t: SelfTestResults): Draft[] {
  const out: Draft[] = [];
  const d = 'lower-abdominal-weakness';
  if (t.deadBugControlledReps !== undefined && t.deadBugControlledReps < T.deadBugMinReps) {
    out.push({
      driver: d,
      marked: t.deadBugControlledReps < T.deadBugMarkedReps,
      evidence: ev({
        kind: 'self-test',
        testId: 'deadBugControlledReps',
        value: t.deadBugControlledReps,
        threshold: T.deadBugMinReps,
        unit: 'reps',
        text: `Dead bug: back lifted after ${t.deadBugControlledReps} reps per side (target ${T.deadBugMinReps})`,
      }),
    });
  }
  if (t.plankS !== undefined && t.plankS < T.plankMinS) {
    out.push({
      driver: d,
      marked: t.plankS < T.plankMarkedS,
      evidence: ev({
        kind: 'self-test',
        testId: 'plankS',
        value: t.plankS,
        threshold: T.plankMinS,
        unit: 's',
        text: `Plank held ${t.plankS} s (target ${T.plankMinS} s)`,
      }),
    });
  }
  if (t.trunkFlexorS !== undefined && t.trunkFlexorS < T.trunkFlexorMinS) {
    out.push({
      driver: d,
      marked: false,
      evidence: ev({
        kind: 'self-test',
        testId: 'trunkFlexorS',
        value: t.trunkFlexorS,
        threshold: T.trunkFlexorMinS,
        unit: 's',
        text: `Trunk flexor hold ${t.trunkFlexorS} s (below ${T.trunkFlexorMinS} s)`,
      }),
    });
  }
  return out;
}

function extensors(a: ScreeningAnswers): Draft[] {
  const t = a.selfTests;
  const out: Draft[] = [];
  const d = 'lumbar-extensor-endurance';
  if (t.bieringSorensenS !== undefined && t.bieringSorensenS < T.bieringSorensenMinS) {
    out.push({
      driver: d,
      marked: t.bieringSorensenS < T.bieringSorensenMarkedS,
      evidence: ev({
        kind: 'self-test',
        testId: 'bieringSorensenS',
        value: t.bieringSorensenS,
        threshold: T.bieringSorensenMinS,
        unit: 's',
        text: `Biering-Sørensen hold ${t.bieringSorensenS} s (below ${T.bieringSorensenMinS} s)`,
      }),
    });
  }
  if (t.trunkFlexorS !== undefined && t.bieringSorensenS !== undefined && t.bieringSorensenS > 0) {
    const ratio = round2(t.trunkFlexorS / t.bieringSorensenS);
    if (ratio > T.flexorExtensorRatioMax) {
      out.push({
        driver: d,
        marked: false,
        evidence: ev({
          kind: 'ratio',
          testId: 'bieringSorensenS',
          value: ratio,
          threshold: T.flexorExtensorRatioMax,
          unit: 'ratio',
          text: `Flexor-to-extensor ratio ${ratio} (McGill target below ${T.flexorExtensorRatioMax}): the back extensors tire first`,
        }),
      });
    }
  }
  if (out.length === 0 && t.bieringSorensenS === undefined && a.pain.startsAtKm !== null) {
    out.push({
      driver: d,
      marked: false,
      evidence: ev({
        kind: 'symptom',
        testId: null,
        value: a.pain.startsAtKm,
        threshold: a.pain.startsAtKm,
        unit: 'km',
        text: `Back pain or fatigue from about ${a.pain.startsAtKm} km into a run, the typical pattern of extensor fatigue (no extensor test recorded)`,
      }),
    });
  }
  return out;
}

/** McGill 1999: each side bridge should hold under 0.75 of the extensor hold; above it, the extensors lag. */
function sideToExtensor(t: SelfTestResults): Draft[] {
  const s = t.sideBridgeS;
  if (!s || t.bieringSorensenS === undefined || t.bieringSorensenS <= 0) return [];
  const ratio = round2(Math.max(s.left, s.right) / t.bieringSorensenS);
  if (ratio <= T.sideBridgeExtensorRatioMax) return [];
  const text = `Side bridge to extensor ratio ${ratio} (McGill target below ${T.sideBridgeExtensorRatioMax}): the back extensors lag`;
  return [
    {
      driver: 'lumbar-extensor-endurance',
      marked: false,
      evidence: ev({
        kind: 'ratio',
        testId: 'bieringSorensenS',
        value: ratio,
        threshold: T.sideBridgeExtensorRatioMax,
        unit: 'ratio',
        text,
      }),
    },
  ];
}

function lateral(t: SelfTestResults): Draft[] {
  const s = t.sideBridgeS;
  if (!s) return [];
  const out: Draft[] = [];
  const d = 'lateral-core-endurance';
  const worst = Math.min(s.left, s.right);
  if (worst < T.sideBridgeMinS) {
    out.push({
      driver: d,
      marked: worst < T.sideBridgeMarkedS,
      evidence: ev({
        kind: 'self-test',
        testId: 'sideBridgeS',
        value: worst,
        threshold: T.sideBridgeMinS,
        unit: 's',
        text: `Side bridge ${lowSides(s, T.sideBridgeMinS)
          .map((k) => side(s, k) + ' s')
          .join(', ')}: below ${T.sideBridgeMinS} s`,
      }),
    });
  }
  const lr = s.right > 0 ? round2(s.left / s.right) : 0;
  if (Math.abs(lr - 1) > T.sideBridgeLeftRightTolerance) {
    out.push({
      driver: d,
      marked: false,
      evidence: ev({
        kind: 'ratio',
        testId: 'sideBridgeS',
        value: lr,
        threshold: 1,
        unit: 'ratio',
        text: `Left-to-right side bridge ratio ${lr} (McGill: within 0.95-1.05)`,
      }),
    });
  }
  return out;
}

function ev(e: Omit<FindingEvidence, 'sources'>): FindingEvidence {
  const { kind, testId } = e;
  const sources: FindingEvidence['sources'] =
    kind === 'symptom'
      ? ['article-lumbar-wall', 'seay-2011']
      : testId === null
        ? []
        : SOURCES_BY_TEST[testId];
  return { ...e, sources };
}

const SOURCES_BY_TEST: Readonly<Record<keyof SelfTestResults, FindingEvidence['sources']>> = {
  thoracicRotationDeg: ['johnson-2012', 'wainner-2007', 'article-forrunners'],
  modifiedThomasThighDeg: ['harvey-1998', 'article-forrunners'],
  activeSlrDeg: ['kendall-2005', 'article-forrunners'],
  singleLegBridgeS: ['mcgill-2016', 'article-forrunners'],
  bieringSorensenS: ['biering-sorensen-1984', 'mcgill-1999'],
  trunkFlexorS: ['mcgill-1999'],
  sideBridgeS: ['mcgill-1999'],
  plankS: ['article-lumbar-wall', 'mcgill-2016'],
  deadBugControlledReps: ['wells-2014', 'article-forrunners'],
};

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Which of the seven drivers the self-tests (and, for extensor endurance, the pain pattern) point to.
 * Untested drivers produce no finding. Order follows DRIVER_IDS.
 */
export function findingsFromAnswers(answers: ScreeningAnswers): Finding[] {
  const t = answers.selfTests;
  const drafts = [
    ...thoracic(t),
    ...thomas(t),
    ...bridge(t),
    ...hamstrings(t),
    ...abdominals(t),
    ...extensors(answers),
    ...sideToExtensor(t),
    ...lateral(t),
  ];
  return DRIVER_IDS.flatMap((driver) => {
    const mine = drafts.filter((d) => d.driver === driver);
    if (mine.length === 0) return [];
    return [
      {
        driver,
        severity: mine.some((d) => d.marked) ? 'marked' : 'mild',
        evidence: mine.map((d) => d.evidence),
      },
    ];
  });
}
