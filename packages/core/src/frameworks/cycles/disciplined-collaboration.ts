import type { CycleFramework } from '../../schema/framework.js';
import { CRITERIA, IMPACT_AND_LEARNING } from './criteria.js';

/** Disciplined Collaboration — Harris & Jones's model in AITSL's 2012–13 project (domain.md §2): collaboration → innovation → impact. */
export const disciplinedCollaboration = {
  id: 'disciplined-collaboration',
  kind: 'cycle',
  heuristic: false,
  title: { en: 'Disciplined collaboration', cy: 'Cydweithio disgybledig' },
  description: {
    en: 'Three phases: collaborate around a shared learner need, innovate by designing and trying new practice, and evaluate the impact on learners.',
    cy: 'Tri cham: cydweithio o gwmpas angen cyffredin gan ddysgwyr, arloesi drwy gynllunio a rhoi cynnig ar arferion newydd, a gwerthuso’r effaith ar ddysgwyr.',
  },
  source: {
    citation:
      'Australian Institute for Teaching and School Leadership (2014). Summary report for the Disciplined Collaboration in Professional Learning project. Melbourne: AITSL.',
    note: {
      en: 'The approach was developed by A. Harris and M. Jones with eight Australian schools (November 2012 to December 2013).',
      cy: 'Datblygwyd y dull gan A. Harris ac M. Jones gydag wyth ysgol yn Awstralia (rhwng Tachwedd 2012 a Rhagfyr 2013).',
    },
    url: 'https://www.aitsl.edu.au/professional-growth/insight/disciplined-collaboration-in-professional-learning',
  },
  stages: [
    {
      id: 'collaboration',
      label: { en: 'Collaboration', cy: 'Cydweithio' },
      description: { en: 'Form a team around a learner need shown by evidence.', cy: 'Ffurfiwch dîm o gwmpas angen gan ddysgwyr a ddangosir gan dystiolaeth.' },
      prompts: [
        { en: 'Who needs to be in the team, and who will facilitate?', cy: 'Pwy sydd angen bod yn y tîm, a phwy fydd yn hwyluso?' },
        { en: 'What learner need will you work on, and what shows it?', cy: 'Ar ba angen gan ddysgwyr y byddwch yn gweithio, a beth sy’n ei ddangos?' },
        { en: 'What question will guide your enquiry?', cy: 'Pa gwestiwn fydd yn arwain eich ymholiad?' },
      ],
      criteria: [CRITERIA.members, CRITERIA.learnerNeed, CRITERIA.question],
    },
    {
      id: 'innovation',
      label: { en: 'Innovation', cy: 'Arloesi' },
      description: { en: 'Design new practice, try it and gather evidence.', cy: 'Cynlluniwch arferion newydd, rhowch gynnig arnynt a chasglwch dystiolaeth.' },
      prompts: [
        { en: 'What will you do that is new for your learners?', cy: 'Beth fyddwch chi’n ei wneud sy’n newydd i’ch dysgwyr?' },
        { en: 'What evidence will you collect as you try it?', cy: 'Pa dystiolaeth fyddwch chi’n ei chasglu wrth roi cynnig arno?' },
      ],
      criteria: [CRITERIA.actions, CRITERIA.evidence],
    },
    {
      id: 'impact',
      label: { en: 'Impact', cy: 'Effaith' },
      description: { en: 'Measure the difference for learners and share it.', cy: 'Mesurwch y gwahaniaeth i ddysgwyr a’i rannu.' },
      prompts: [
        { en: 'What difference has the new practice made to learners?', cy: 'Pa wahaniaeth mae’r arfer newydd wedi’i wneud i ddysgwyr?' },
        { en: 'Who else should know, and how will you tell them?', cy: 'Pwy arall ddylai wybod, a sut fyddwch chi’n dweud wrthyn nhw?' },
      ],
      criteria: [CRITERIA.impact],
    },
  ],
  completion: IMPACT_AND_LEARNING,
} satisfies CycleFramework;
