import type { RatingFramework } from '../../schema/framework.js';
import { SEEDS } from '../sources.js';
import { agreementDescription, agreementReference, agreementScale } from './scales.js';

/** "Collaboration with impact" — five conditions from Harris & Jones (domain.md §3, seed 001). */
export const collaborationWithImpact = {
  id: 'collaboration-with-impact',
  kind: 'rating',
  heuristic: true,
  title: { en: 'Collaboration with impact', cy: 'Cydweithio sy’n cael effaith' },
  description: /* @__PURE__ */ agreementDescription({
    en: 'Five things that help collaboration make a difference to learners. How far does each hold for your group?',
    cy: 'Pum peth sy’n helpu cydweithio i wneud gwahaniaeth i ddysgwyr. I ba raddau y mae pob un yn wir am eich grŵp chi?',
  }),
  source: {
    citation:
      'Harris, A. & Jones, M. (undated, after 2017). Putting teachers at the heart of school and system improvement: leading collaborative learning with impact [presentation slides], “Collaboration with impact”.',
    seed: SEEDS.harrisJonesSlides,
  },
  axes: [
    {
      id: 'clear-model',
      label: { en: 'Clear model of engagement', cy: 'Model ymgysylltu clir' },
      description: {
        en: 'Everyone knows how the collaboration works: who meets, when, and how decisions are made.',
        cy: 'Mae pawb yn gwybod sut mae’r cydweithio’n gweithio: pwy sy’n cyfarfod, pryd, a sut mae penderfyniadau’n cael eu gwneud.',
      },
    },
    {
      id: 'clear-purpose',
      label: { en: 'Clarity about purpose', cy: 'Eglurder ynghylch y diben' },
      description: {
        en: 'Members can say in one sentence what the collaboration is for.',
        cy: 'Mae’r aelodau’n gallu dweud mewn un frawddeg beth yw diben y cydweithio.',
      },
    },
    {
      id: 'buy-in',
      label: { en: 'Buy-in', cy: 'Ymrwymiad' },
      description: {
        en: 'Members and their leaders want the collaboration to succeed and give it time.',
        cy: 'Mae’r aelodau a’u harweinwyr am i’r cydweithio lwyddo ac yn rhoi amser iddo.',
      },
    },
    {
      id: 'quick-wins',
      label: { en: 'Quick wins', cy: 'Llwyddiannau cynnar' },
      description: {
        en: 'Early, visible successes keep the group motivated.',
        cy: 'Mae llwyddiannau cynnar, gweladwy yn cadw’r grŵp yn frwd.',
      },
    },
    {
      id: 'impact-from-start',
      label: { en: 'Thinking about impact from the start', cy: 'Meddwl am effaith o’r dechrau' },
      description: {
        en: 'At the outset the group decided how it would know it had made a difference to learners.',
        cy: 'Ar y dechrau, penderfynodd y grŵp sut y byddai’n gwybod ei fod wedi gwneud gwahaniaeth i ddysgwyr.',
      },
    },
  ],
  scale: agreementScale,
  reference: agreementReference,
} satisfies RatingFramework;
