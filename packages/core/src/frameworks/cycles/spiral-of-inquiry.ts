import type { CycleFramework } from '../../schema/framework.js';
import { CRITERIA, IMPACT_AND_LEARNING } from './criteria.js';

/** Spiral of Inquiry — Timperley, Kaser & Halbert 2014 (domain.md §2): six phases, each led by a key question. */
export const spiralOfInquiry = {
  id: 'spiral-of-inquiry',
  kind: 'cycle',
  heuristic: false,
  title: { en: 'Spiral of Inquiry', cy: 'Troell Ymholi' },
  description: {
    en: 'Six phases, each driven by a question about learners: scanning, focusing, developing a hunch, new learning, taking action and checking. The spiral then begins again.',
    cy: 'Chwe cham, pob un wedi’i yrru gan gwestiwn am ddysgwyr: sganio, canolbwyntio, datblygu rhagdybiaeth, dysgu newydd, gweithredu a gwirio. Yna mae’r droell yn dechrau eto.',
  },
  source: {
    citation:
      'Timperley, H., Kaser, L. & Halbert, J. (2014, April). A framework for transforming learning in schools: innovation and the spiral of inquiry. Seminar Series Paper No. 234. East Melbourne, Vic.: Centre for Strategic Education.',
    url: 'http://educationalleaders.govt.nz/Pedagogy-and-assessment/Evidence-based-leadership/The-spiral-of-inquiry',
  },
  stages: [
    {
      id: 'scanning',
      label: { en: 'Scanning', cy: 'Sganio' },
      description: { en: 'Look widely at what is going on for your learners.', cy: 'Edrychwch yn eang ar yr hyn sy’n digwydd i’ch dysgwyr.' },
      prompts: [
        { en: 'What is going on for our learners?', cy: 'Beth sy’n digwydd i’n dysgwyr?' },
        { en: 'How do we know, and why does it matter?', cy: 'Sut rydyn ni’n gwybod, a pham mae’n bwysig?' },
      ],
      criteria: [CRITERIA.notes],
    },
    {
      id: 'focusing',
      label: { en: 'Focusing', cy: 'Canolbwyntio' },
      description: { en: 'Choose the area where your effort will make the most difference.', cy: 'Dewiswch y maes lle bydd eich ymdrech yn gwneud y gwahaniaeth mwyaf.' },
      prompts: [
        { en: 'Where will concentrating our energy make the biggest difference?', cy: 'Ble bydd canolbwyntio ein hegni yn gwneud y gwahaniaeth mwyaf?' },
        { en: 'Which learners, and what exactly do we want to change for them?', cy: 'Pa ddysgwyr, a beth yn union rydyn ni am ei newid iddyn nhw?' },
      ],
      criteria: [CRITERIA.learnerNeed, CRITERIA.question],
    },
    {
      id: 'developing-a-hunch',
      label: { en: 'Developing a hunch', cy: 'Datblygu rhagdybiaeth' },
      description: { en: 'Ask how your own practice contributes to the situation.', cy: 'Gofynnwch sut mae eich arferion chi eich hun yn cyfrannu at y sefyllfa.' },
      prompts: [
        { en: 'How are we contributing to this situation?', cy: 'Sut rydyn ni’n cyfrannu at y sefyllfa hon?' },
        { en: 'Which of our beliefs about it can we test?', cy: 'Pa rai o’n credoau amdani y gallwn eu profi?' },
      ],
      criteria: [CRITERIA.notes],
    },
    {
      id: 'new-learning',
      label: { en: 'New learning', cy: 'Dysgu newydd' },
      description: { en: 'Find out what you need to learn to do things differently.', cy: 'Dewch o hyd i’r hyn y mae angen i chi ei ddysgu i wneud pethau’n wahanol.' },
      prompts: [
        { en: 'How and where can we learn more about what to do?', cy: 'Sut a ble y gallwn ni ddysgu mwy am beth i’w wneud?' },
        { en: 'What does research say about approaches that work?', cy: 'Beth mae ymchwil yn ei ddweud am ddulliau sy’n gweithio?' },
      ],
      criteria: [CRITERIA.evidence],
    },
    {
      id: 'taking-action',
      label: { en: 'Taking action', cy: 'Gweithredu' },
      description: { en: 'Put the new learning into practice.', cy: 'Rhowch y dysgu newydd ar waith.' },
      prompts: [
        { en: 'What will we do differently to make enough of a difference?', cy: 'Beth fyddwn ni’n ei wneud yn wahanol i wneud digon o wahaniaeth?' },
        { en: 'Who does what, and by when?', cy: 'Pwy sy’n gwneud beth, ac erbyn pryd?' },
      ],
      criteria: [CRITERIA.actions],
    },
    {
      id: 'checking',
      label: { en: 'Checking', cy: 'Gwirio' },
      description: { en: 'Check whether what you did made enough of a difference for learners.', cy: 'Gwiriwch a wnaeth yr hyn a wnaethoch chi ddigon o wahaniaeth i ddysgwyr.' },
      prompts: [
        { en: 'Have we made enough of a difference?', cy: 'Ydyn ni wedi gwneud digon o wahaniaeth?' },
        { en: 'How do we know, and what will we do next?', cy: 'Sut rydyn ni’n gwybod, a beth wnawn ni nesaf?' },
      ],
      criteria: [CRITERIA.impact],
    },
  ],
  completion: IMPACT_AND_LEARNING,
} satisfies CycleFramework;
