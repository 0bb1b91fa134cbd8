import type { RatingFramework } from '../../schema/framework.js';
import { SEEDS } from '../sources.js';
import { agreementDescription, agreementReference, agreementScale } from './scales.js';

/** "What are the conditions for success?" — five conditions from Harris & Jones (domain.md §3, seed 001). The radar's default. */
export const conditionsForSuccess = {
  id: 'conditions-for-success',
  kind: 'rating',
  heuristic: true,
  title: { en: 'Conditions for success', cy: 'Amodau ar gyfer llwyddiant' },
  description: /* @__PURE__ */ agreementDescription({
    en: 'Five conditions that let professional collaboration succeed. How far does each hold in your PLC?',
    cy: 'Pum amod sy’n galluogi cydweithio proffesiynol i lwyddo. I ba raddau y mae pob un yn wir yn eich CDP chi?',
  }),
  source: {
    citation:
      'Harris, A. & Jones, M. (undated, after 2017). Putting teachers at the heart of school and system improvement: leading collaborative learning with impact [presentation slides], “What are the conditions for success?”.',
    seed: SEEDS.harrisJonesSlides,
  },
  axes: [
    {
      id: 'trust',
      label: { en: 'Trust', cy: 'Ymddiriedaeth' },
      description: {
        en: 'Members feel safe to try new things, admit difficulties and challenge one another.',
        cy: 'Mae’r aelodau’n teimlo’n ddiogel i roi cynnig ar bethau newydd, cyfaddef anawsterau a herio’i gilydd.',
      },
    },
    {
      id: 'reciprocal-accountability',
      label: { en: 'Reciprocal accountability', cy: 'Atebolrwydd cilyddol' },
      description: {
        en: 'Each member answers to the others for doing their part, and the group answers for its learners.',
        cy: 'Mae pob aelod yn atebol i’r lleill am wneud ei ran, ac mae’r grŵp yn atebol am ei ddysgwyr.',
      },
    },
    {
      id: 'collective-responsibility',
      label: { en: 'Collective responsibility', cy: 'Cyfrifoldeb ar y cyd' },
      description: {
        en: 'The group takes responsibility for the learning of all the learners it serves, not only for each member’s own class.',
        cy: 'Mae’r grŵp yn cymryd cyfrifoldeb am ddysgu’r holl ddysgwyr y mae’n eu gwasanaethu, nid am ddosbarth pob aelod yn unig.',
      },
    },
    {
      id: 'learner-outcomes',
      label: { en: 'Focus on improving learner outcomes', cy: 'Ffocws ar wella canlyniadau dysgwyr' },
      description: {
        en: 'Meetings and actions keep coming back to what will improve learners’ outcomes.',
        cy: 'Mae’r cyfarfodydd a’r camau gweithredu’n dod yn ôl o hyd at yr hyn a fydd yn gwella canlyniadau dysgwyr.',
      },
    },
    {
      id: 'distributed-leadership',
      label: { en: 'Distributed leadership', cy: 'Arweinyddiaeth ddosbarthedig' },
      description: {
        en: 'Leadership passes to whoever has the expertise a task needs, and the group chooses its own facilitator.',
        cy: 'Mae’r arweinyddiaeth yn symud at bwy bynnag sydd â’r arbenigedd sydd ei angen ar dasg, ac mae’r grŵp yn dewis ei hwylusydd ei hun.',
      },
    },
  ],
  scale: agreementScale,
  reference: agreementReference,
} satisfies RatingFramework;
