import type { Criterion } from '../../schema/framework.js';

/** Criteria several cycle models share, worded once in both languages. */
export const CRITERIA = {
  members: { check: 'members', label: { en: 'The group has members', cy: 'Mae gan y grŵp aelodau' } },
  facilitator: { check: 'facilitator', label: { en: 'The group has chosen a facilitator', cy: 'Mae’r grŵp wedi dewis hwylusydd' } },
  learnerNeed: { check: 'learner-need', label: { en: 'A learner need is recorded', cy: 'Mae angen gan ddysgwyr wedi’i gofnodi' } },
  question: { check: 'question', label: { en: 'An enquiry question is written', cy: 'Mae cwestiwn ymholi wedi’i ysgrifennu' } },
  notes: { check: 'notes', label: { en: 'Notes are recorded for this stage', cy: 'Mae nodiadau wedi’u cofnodi ar gyfer y cam hwn' } },
  evidence: { check: 'evidence', label: { en: 'Evidence is recorded', cy: 'Mae tystiolaeth wedi’i chofnodi' } },
  actions: { check: 'actions', label: { en: 'Actions are planned', cy: 'Mae camau gweithredu wedi’u cynllunio' } },
  actionsDone: { check: 'actions-done', label: { en: 'The planned actions are done', cy: 'Mae’r camau gweithredu a gynlluniwyd wedi’u cwblhau' } },
  decision: { check: 'decision', label: { en: 'A decision is recorded', cy: 'Mae penderfyniad wedi’i gofnodi' } },
  impact: { check: 'impact-recorded', label: { en: 'Impact on learners is recorded', cy: 'Mae’r effaith ar ddysgwyr wedi’i chofnodi' } },
  learning: { check: 'learning', label: { en: 'What the group learned is written down', cy: 'Mae’r hyn a ddysgodd y grŵp wedi’i ysgrifennu' } },
} as const satisfies Record<string, Criterion>;

/** The completion rule most models share: impact on learners recorded, and the learning written down. */
export const IMPACT_AND_LEARNING: Criterion[] = [
  {
    check: 'impact-recorded',
    label: { en: 'Impact on learners is recorded before the cycle is completed', cy: 'Mae’r effaith ar ddysgwyr wedi’i chofnodi cyn cwblhau’r cylch' },
  },
  CRITERIA.learning,
];
