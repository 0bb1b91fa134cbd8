import type { RatingFramework } from '../../schema/framework.js';
import { SEEDS } from '../sources.js';
import { agreementDescription, agreementReference, agreementScale } from './scales.js';

/** "What are the skills for success?" — three skills from Harris & Jones (domain.md §3, seed 001). */
export const skillsForSuccess = {
  id: 'skills-for-success',
  kind: 'rating',
  heuristic: true,
  title: { en: 'Skills for success', cy: 'Sgiliau ar gyfer llwyddiant' },
  description: /* @__PURE__ */ agreementDescription({
    en: 'Three kinds of skill that professional collaboration depends on. How well does your group have each?',
    cy: 'Tri math o sgìl y mae cydweithio proffesiynol yn dibynnu arnynt. Pa mor dda y mae gan eich grŵp bob un?',
  }),
  source: {
    citation:
      'Harris, A. & Jones, M. (undated, after 2017). Putting teachers at the heart of school and system improvement: leading collaborative learning with impact [presentation slides], “What are the skills for success?”.',
    seed: SEEDS.harrisJonesSlides,
  },
  axes: [
    {
      id: 'enquiry',
      label: { en: 'Enquiry skills', cy: 'Sgiliau ymholi' },
      description: {
        en: 'Members can turn a learner need into a question, find relevant research and gather evidence.',
        cy: 'Mae’r aelodau’n gallu troi angen gan ddysgwyr yn gwestiwn, dod o hyd i ymchwil berthnasol a chasglu tystiolaeth.',
      },
    },
    {
      id: 'collaborative',
      label: { en: 'Collaborative skills', cy: 'Sgiliau cydweithio' },
      description: {
        en: 'Members listen, build on one another’s ideas, disagree constructively and share the work.',
        cy: 'Mae’r aelodau’n gwrando, yn adeiladu ar syniadau ei gilydd, yn anghytuno’n adeiladol ac yn rhannu’r gwaith.',
      },
    },
    {
      id: 'leadership',
      label: { en: 'Leadership skills', cy: 'Sgiliau arwain' },
      description: {
        en: 'Members can facilitate a meeting, lead a task and bring colleagues with them.',
        cy: 'Mae’r aelodau’n gallu hwyluso cyfarfod, arwain tasg a dod â chydweithwyr gyda nhw.',
      },
    },
  ],
  scale: agreementScale,
  reference: agreementReference,
} satisfies RatingFramework;
