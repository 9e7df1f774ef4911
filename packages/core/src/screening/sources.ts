/**
 * Every clinical statement Upright makes points at one of these sources. docs/programme.md lists them
 * with what each one supports and its limits.
 */
export const SOURCES = {
  'nice-ng59':
    'NICE guideline NG59: Low back pain and sciatica in over 16s: assessment and management (2016, updated 2020).',
  'ahcpr-1994':
    'Bigos S, et al. Acute low back problems in adults. Clinical Practice Guideline No. 14. AHCPR Publication 95-0642, 1994.',
  'bmj-ces-2009':
    'Lavy C, James A, Wilson-MacDonald J, Fairbank J. Cauda equina syndrome. BMJ 2009;338:b936.',
  'finucane-2020':
    'Finucane LM, et al. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50(7):350-372.',
  'nice-ng65': 'NICE guideline NG65: Spondyloarthritis in over 16s: diagnosis and management (2017).',
  'mcgill-1999':
    'McGill SM, Childs A, Liebenson C. Endurance times for low back stabilization exercises: clinical targets for testing and training from a normal database. Arch Phys Med Rehabil 1999;80:941-944.',
  'mcgill-2016':
    'McGill SM. Low Back Disorders: Evidence-Based Prevention and Rehabilitation. 3rd ed. Human Kinetics, 2016.',
  'biering-sorensen-1984':
    'Biering-Sørensen F. Physical measurements as risk indicators for low-back trouble over a one-year period. Spine 1984;9(2):106-119.',
  'harvey-1998':
    'Harvey D. Assessment of the flexibility of elite athletes using the modified Thomas test. Br J Sports Med 1998;32:68-70.',
  'johnson-2012':
    'Johnson KD, Kim KM, Yu BK, Saliba SA, Grindstaff TL. Reliability of thoracic spine rotation range-of-motion measurements in healthy adults. J Athl Train 2012;47(1):52-60.',
  'kendall-2005':
    'Kendall FP, McCreary EK, Provance PG, Rodgers MM, Romani WA. Muscles: Testing and Function with Posture and Pain. 5th ed. Lippincott Williams & Wilkins, 2005.',
  'wainner-2007':
    'Wainner RS, Whitman JM, Cleland JA, Flynn TW. Regional interdependence: a musculoskeletal examination model whose time has come. J Orthop Sports Phys Ther 2007;37(11):658-660.',
  'seay-2011':
    'Seay JF, Van Emmerik REA, Hamill J. Low back pain status affects pelvis-trunk coordination and variability during walking and running. Clin Biomech 2011;26(6):572-578.',
  'steffens-2016':
    'Steffens D, et al. Prevention of low back pain: a systematic review and meta-analysis. JAMA Intern Med 2016;176(2):199-208.',
  'hayden-2005':
    'Hayden JA, van Tulder MW, Tomlinson G. Systematic review: strategies for using exercise therapy to improve outcomes in chronic low back pain. Ann Intern Med 2005;142:776-785.',
  'wells-2014':
    'Wells C, Kolt GS, Marshall P, Hill B, Bialocerkowski A. The effectiveness of Pilates exercise in people with chronic low back pain: a systematic review. PLoS One 2014;9(7):e100402.',
  'bandy-1997':
    'Bandy WD, Irion JM, Briggler M. The effect of time and frequency of static stretching on flexibility of the hamstring muscles. Phys Ther 1997;77(10):1090-1096.',
  'winters-2004':
    'Winters MV, Blake CG, Trost JS, et al. Passive versus active stretching of hip flexor muscles in subjects with limited hip extension: a randomized clinical trial. Phys Ther 2004;84(9):800-807.',
  'wiewelhove-2019':
    'Wiewelhove T, et al. A meta-analysis of the effects of foam rolling on performance and recovery. Front Physiol 2019;10:376.',
  'parreira-2014':
    'Parreira PCS, et al. Kinesio Taping to generate skin convolutions is not better than sham taping for people with chronic non-specific low back pain: a randomised trial. J Physiother 2014;60(2):90-96.',
  'luz-junior-2019':
    'Luz Júnior MA, et al. Effectiveness of Kinesio Taping in patients with chronic nonspecific low back pain: a systematic review with meta-analysis. Spine 2019;44(1):68-78.',
  'silbernagel-2007':
    'Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy: a randomized controlled study. Am J Sports Med 2007;35(6):897-906.',
  'stratford-1995':
    'Stratford P, Gill C, Westaway M, Binkley J. Assessing disability and change on individual patients: a report of a patient specific measure. Physiother Can 1995;47:258-263.',
  'horn-2012':
    'Horn KK, et al. The Patient-Specific Functional Scale: psychometrics, clinimetrics, and application as a clinical outcome measure. J Orthop Sports Phys Ther 2012;42(1):30-42.',
  'childs-2005':
    'Childs JD, Piva SR, Fritz JM. Responsiveness of the numeric pain rating scale in patients with low back pain. Spine 2005;30(11):1331-1334.',
  'article-lumbar-wall':
    'Background article: lumbar fatigue as the runner\'s structural "wall", with the plank and dead-bug, cat-cow and "string to the sky" drills and lumbar kinesiology tape (Upright source material).',
  'article-forrunners':
    'Background article: Frazer L (physiotherapist), forRunners: lower back pain in runners, its three usual culprits and an action plan (Upright source material).',
} as const;

export type SourceId = keyof typeof SOURCES;
