import type { CycleFramework } from '../../schema/framework.js';
import { CRITERIA, IMPACT_AND_LEARNING } from './criteria.js';

/** Teaching as Inquiry — The New Zealand Curriculum (domain.md §2): focusing, teaching and learning inquiries. */
export const teachingAsInquiry = {
  id: 'teaching-as-inquiry',
  kind: 'cycle',
  heuristic: false,
  title: { en: 'Teaching as Inquiry', cy: 'Addysgu fel Ymholiad' },
  description: {
    en: 'Three linked inquiries: a focusing inquiry into what matters most for learners, a teaching inquiry into the strategies most likely to help, and a learning inquiry into what happened as a result.',
    cy: 'Tri ymholiad cysylltiedig: ymholiad ffocws i’r hyn sydd bwysicaf i ddysgwyr, ymholiad addysgu i’r strategaethau sydd fwyaf tebygol o helpu, ac ymholiad dysgu i’r hyn a ddigwyddodd o ganlyniad.',
  },
  source: {
    citation:
      'Ministry of Education (2007). The New Zealand Curriculum, “Effective pedagogy”, “Teaching as inquiry” (p. 35). Wellington: Learning Media, for the Ministry of Education.',
    note: {
      en: 'The diagram on p. 35 is based on the work of G. Aitken and C. Sinnema.',
      cy: 'Mae’r diagram ar t. 35 yn seiliedig ar waith G. Aitken a C. Sinnema.',
    },
  },
  stages: [
    {
      id: 'focusing-inquiry',
      label: { en: 'Focusing inquiry', cy: 'Ymholiad ffocws' },
      description: { en: 'Decide what is most important for your learners, given where they are now.', cy: 'Penderfynwch beth sydd bwysicaf i’ch dysgwyr, o ystyried ble maen nhw nawr.' },
      prompts: [
        { en: 'What is most important, and therefore worth spending time on, given where our learners are?', cy: 'Beth sydd bwysicaf, ac felly’n werth treulio amser arno, o ystyried ble mae ein dysgwyr?' },
        { en: 'What evidence tells us so?', cy: 'Pa dystiolaeth sy’n dweud hynny wrthym?' },
      ],
      criteria: [CRITERIA.learnerNeed, CRITERIA.question],
    },
    {
      id: 'teaching-inquiry',
      label: { en: 'Teaching inquiry', cy: 'Ymholiad addysgu' },
      description: { en: 'Choose the teaching strategies most likely to help, and use them.', cy: 'Dewiswch y strategaethau addysgu sydd fwyaf tebygol o helpu, a’u defnyddio.' },
      prompts: [
        { en: 'Which strategies, backed by evidence, are most likely to help our learners learn this?', cy: 'Pa strategaethau, gyda thystiolaeth i’w cefnogi, sydd fwyaf tebygol o helpu ein dysgwyr i ddysgu hyn?' },
        { en: 'What exactly will we do, and when?', cy: 'Beth yn union fyddwn ni’n ei wneud, a phryd?' },
      ],
      criteria: [CRITERIA.evidence, CRITERIA.actions],
    },
    {
      id: 'learning-inquiry',
      label: { en: 'Learning inquiry', cy: 'Ymholiad dysgu' },
      description: { en: 'Find out what happened for learners, and decide what comes next.', cy: 'Darganfyddwch beth ddigwyddodd i ddysgwyr, a phenderfynwch beth sy’n dod nesaf.' },
      prompts: [
        { en: 'What happened as a result of our teaching?', cy: 'Beth ddigwyddodd o ganlyniad i’n haddysgu?' },
        { en: 'What does this mean for our teaching next?', cy: 'Beth mae hyn yn ei olygu i’n haddysgu nesaf?' },
      ],
      criteria: [CRITERIA.impact],
    },
  ],
  completion: IMPACT_AND_LEARNING,
} satisfies CycleFramework;
