import type { RatingFramework } from '../../schema/framework.js';
import { SEEDS } from '../sources.js';
import { agreementDescription, agreementReference, agreementScale } from './scales.js';

/** "Supporting and sustaining effective PLCs: 3 important conditions" — Harris (domain.md §3, seed 000). */
export const sustainingConditions = {
  id: 'sustaining-conditions',
  kind: 'rating',
  heuristic: true,
  title: { en: 'Three conditions for sustaining PLCs', cy: 'Tri amod ar gyfer cynnal CDPau' },
  description: /* @__PURE__ */ agreementDescription({
    en: 'Three conditions a school needs in place to support its PLCs and keep them going. How far does each hold in your school?',
    cy: 'Tri amod y mae eu hangen ar ysgol i gefnogi ei CDPau a’u cadw i fynd. I ba raddau y mae pob un yn wir yn eich ysgol chi?',
  }),
  source: {
    citation:
      'Harris, A. (undated, after 2014). Leading professional collaborative learning [presentation slides], “Supporting and sustaining effective PLCs: 3 important conditions”.',
    seed: SEEDS.harrisSlides,
  },
  axes: [
    {
      id: 'distributed-leadership',
      label: { en: 'Distributed leadership', cy: 'Arweinyddiaeth ddosbarthedig' },
      description: {
        en: 'Leadership is spread widely and wisely across the school and its PLCs.',
        cy: 'Mae’r arweinyddiaeth wedi’i lledaenu’n eang ac yn ddoeth ar draws yr ysgol a’i CDPau.',
      },
    },
    {
      id: 'shared-model',
      label: { en: 'Clear, shared model(s) of operation', cy: 'Model(au) gweithredu clir a rennir' },
      description: {
        en: 'Everyone knows how PLCs work here: the cycle they follow, their protocols and their rules of engagement.',
        cy: 'Mae pawb yn gwybod sut mae CDPau’n gweithio yma: y cylch y maen nhw’n ei ddilyn, eu protocolau a’u rheolau ymgysylltu.',
      },
    },
    {
      id: 'feedback-and-impact',
      label: { en: 'Feedback systems and measures of impact', cy: 'Systemau adborth a mesurau effaith' },
      description: {
        en: 'The school has ways to give PLCs feedback and to measure their impact on learners.',
        cy: 'Mae gan yr ysgol ffyrdd o roi adborth i CDPau ac o fesur eu heffaith ar ddysgwyr.',
      },
    },
  ],
  scale: agreementScale,
  reference: agreementReference,
} satisfies RatingFramework;
