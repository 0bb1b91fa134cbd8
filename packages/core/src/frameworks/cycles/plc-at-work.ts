import type { CycleFramework } from '../../schema/framework.js';
import { CRITERIA, IMPACT_AND_LEARNING } from './criteria.js';

/**
 * PLC at Work — DuFour et al. (domain.md §2). The source offers four critical questions rather than
 * stages; here each question is a stage so a team can work through them in order.
 */
export const plcAtWork = {
  id: 'plc-at-work',
  kind: 'cycle',
  heuristic: false,
  title: { en: 'PLC at Work: four critical questions', cy: 'CDP yn y Gwaith: pedwar cwestiwn allweddol' },
  description: {
    en: 'The four questions a collaborative team keeps asking. They are prompts rather than fixed stages; here the team works through them in order.',
    cy: 'Y pedwar cwestiwn y mae tîm cydweithredol yn eu gofyn dro ar ôl tro. Anogaethau ydyn nhw yn hytrach na chamau penodol; yma mae’r tîm yn gweithio drwyddynt yn eu trefn.',
  },
  source: {
    citation:
      'DuFour, R., DuFour, R., Eaker, R., Many, T. W. & Mattos, M. (2016). Learning by doing: a handbook for Professional Learning Communities at Work (3rd ed.). Bloomington, IN: Solution Tree Press.',
  },
  stages: [
    {
      id: 'what-to-learn',
      label: { en: 'What should learners learn?', cy: 'Beth ddylai dysgwyr ei ddysgu?' },
      prompts: [
        { en: 'What must every learner know and be able to do by the end of this unit?', cy: 'Beth mae’n rhaid i bob dysgwr ei wybod a gallu ei wneud erbyn diwedd yr uned hon?' },
        { en: 'Do we all agree on it?', cy: 'Ydyn ni i gyd yn cytuno arno?' },
      ],
      criteria: [CRITERIA.learnerNeed],
    },
    {
      id: 'how-will-we-know',
      label: { en: 'How will we know they have learned it?', cy: 'Sut byddwn ni’n gwybod eu bod wedi’i ddysgu?' },
      prompts: [
        { en: 'Which shared assessment will show us?', cy: 'Pa asesiad cyffredin fydd yn dangos hynny i ni?' },
        { en: 'What does the evidence show, learner by learner?', cy: 'Beth mae’r dystiolaeth yn ei ddangos, fesul dysgwr?' },
      ],
      criteria: [CRITERIA.evidence],
    },
    {
      id: 'respond',
      label: { en: 'How will we respond when some do not learn it?', cy: 'Sut byddwn ni’n ymateb pan na fydd rhai’n ei ddysgu?' },
      prompts: [
        { en: 'Which learners need more time and support, and what will they get?', cy: 'Pa ddysgwyr sydd angen mwy o amser a chefnogaeth, a beth fyddan nhw’n ei gael?' },
        { en: 'Who will provide it, and when?', cy: 'Pwy fydd yn ei ddarparu, a phryd?' },
      ],
      criteria: [CRITERIA.actions],
    },
    {
      id: 'extend',
      label: { en: 'How will we extend those who have already learned it?', cy: 'Sut byddwn ni’n ymestyn y rhai sydd eisoes wedi’i ddysgu?' },
      prompts: [
        { en: 'Which learners are ready to go further?', cy: 'Pa ddysgwyr sy’n barod i fynd ymhellach?' },
        { en: 'What will stretch them?', cy: 'Beth fydd yn eu hymestyn?' },
      ],
      criteria: [CRITERIA.impact],
    },
  ],
  completion: IMPACT_AND_LEARNING,
} satisfies CycleFramework;
