import type { CycleFramework } from '../../schema/framework.js';
import { CRITERIA } from './criteria.js';

/**
 * Lesson study — Lewis (domain.md §2): prepare, study, plan, teach a research lesson, reflect. Lewis and the
 * Lesson Study Group at Mills College describe the cycle as four phases (study, plan, teach, reflect);
 * "prepare" (forming the team) is the step before the cycle, and the source note says so.
 */
export const lessonStudy = {
  id: 'lesson-study',
  kind: 'cycle',
  heuristic: false,
  title: { en: 'Lesson study', cy: 'Astudio gwersi' },
  description: {
    en: 'A small team studies a learning goal, plans a research lesson together, watches one member teach it with the focus on how learners respond, and reflects on what it shows.',
    cy: 'Mae tîm bach yn astudio nod dysgu, yn cynllunio gwers ymchwil gyda’i gilydd, yn gwylio un aelod yn ei haddysgu gan ganolbwyntio ar ymateb y dysgwyr, ac yn myfyrio ar yr hyn y mae’n ei ddangos.',
  },
  source: {
    citation:
      'Lewis, C. (2002). Lesson study: a handbook of teacher-led instructional change. Philadelphia: Research for Better Schools.',
    note: {
      en: 'Lewis and the Lesson Study Group at Mills College describe the cycle as four phases: study, plan, teach and reflect; forming the team (“prepare”) comes before it.',
      cy: 'Mae Lewis a’r Lesson Study Group yng Ngholeg Mills yn disgrifio’r cylch fel pedwar cyfnod: astudio, cynllunio, addysgu a myfyrio; mae ffurfio’r tîm (“paratoi”) yn dod o’i flaen.',
    },
  },
  stages: [
    {
      id: 'prepare',
      label: { en: 'Prepare', cy: 'Paratoi' },
      description: { en: 'Form the team and agree how it will work.', cy: 'Ffurfiwch y tîm a chytunwch sut y bydd yn gweithio.' },
      prompts: [
        { en: 'Who is in the team, and who will facilitate?', cy: 'Pwy sydd yn y tîm, a phwy fydd yn hwyluso?' },
        { en: 'When will you meet, and how will you observe one another?', cy: 'Pryd fyddwch chi’n cyfarfod, a sut fyddwch chi’n arsylwi ar eich gilydd?' },
      ],
      criteria: [CRITERIA.members, CRITERIA.facilitator],
    },
    {
      id: 'study',
      label: { en: 'Study', cy: 'Astudio' },
      description: { en: 'Study the curriculum, the learning goal and what learners find hard.', cy: 'Astudiwch y cwricwlwm, y nod dysgu a’r hyn y mae dysgwyr yn ei chael yn anodd.' },
      prompts: [
        { en: 'What long-term goal for learners does this lesson serve?', cy: 'Pa nod tymor hir i ddysgwyr y mae’r wers hon yn ei wasanaethu?' },
        { en: 'What do learners currently find difficult, and how do you know?', cy: 'Beth mae dysgwyr yn ei chael yn anodd ar hyn o bryd, a sut rydych chi’n gwybod?' },
        { en: 'What do teaching materials and research suggest?', cy: 'Beth mae deunyddiau addysgu ac ymchwil yn ei awgrymu?' },
      ],
      criteria: [CRITERIA.learnerNeed, CRITERIA.question],
    },
    {
      id: 'plan',
      label: { en: 'Plan', cy: 'Cynllunio' },
      description: { en: 'Plan the research lesson together, predicting how learners will respond.', cy: 'Cynlluniwch y wers ymchwil gyda’ch gilydd, gan ragweld sut y bydd dysgwyr yn ymateb.' },
      prompts: [
        { en: 'How do you expect learners to respond at each step?', cy: 'Sut rydych chi’n disgwyl i ddysgwyr ymateb ar bob cam?' },
        { en: 'What will observers look for and record?', cy: 'Beth fydd yr arsylwyr yn chwilio amdano ac yn ei gofnodi?' },
      ],
      criteria: [CRITERIA.actions],
    },
    {
      id: 'teach',
      label: { en: 'Teach', cy: 'Addysgu' },
      description: { en: 'One member teaches the research lesson while the others observe the learners.', cy: 'Mae un aelod yn addysgu’r wers ymchwil tra bo’r lleill yn arsylwi ar y dysgwyr.' },
      prompts: [
        { en: 'What did learners say, do and produce?', cy: 'Beth ddywedodd y dysgwyr, beth wnaethon nhw a beth wnaethon nhw ei gynhyrchu?' },
        { en: 'Where did their thinking surprise you?', cy: 'Ble gwnaeth eu meddwl eich synnu chi?' },
      ],
      criteria: [CRITERIA.evidence],
    },
    {
      id: 'reflect',
      label: { en: 'Reflect', cy: 'Myfyrio' },
      description: { en: 'Discuss the evidence from the lesson and what it means for teaching.', cy: 'Trafodwch y dystiolaeth o’r wers a’r hyn y mae’n ei olygu i’r addysgu.' },
      prompts: [
        { en: 'What does the evidence show about learners’ thinking?', cy: 'Beth mae’r dystiolaeth yn ei ddangos am feddwl y dysgwyr?' },
        { en: 'What will you change, and what will you teach again?', cy: 'Beth fyddwch chi’n ei newid, a beth fyddwch chi’n ei addysgu eto?' },
      ],
      criteria: [CRITERIA.decision],
    },
  ],
  completion: [CRITERIA.learning],
} satisfies CycleFramework;
