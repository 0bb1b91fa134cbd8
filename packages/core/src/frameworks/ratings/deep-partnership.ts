import type { RatingFramework } from '../../schema/framework.js';
import { SEEDS } from '../sources.js';
import { agreementDescription, agreementReference, agreementScale } from './scales.js';

/** Four strategies for deep partnerships between schools — D. Hargreaves 2012 (domain.md §3, seed 002). */
export const deepPartnership = {
  id: 'deep-partnership',
  kind: 'rating',
  heuristic: true,
  title: { en: 'Deep partnership strategies', cy: 'Strategaethau partneriaeth ddofn' },
  description: /* @__PURE__ */ agreementDescription({
    en: 'Four strategies that turn a shallow, loose partnership of schools into a deep one. How far does each describe your partnership?',
    cy: 'Pedair strategaeth sy’n troi partneriaeth arwynebol a llac rhwng ysgolion yn un ddofn. I ba raddau y mae pob un yn disgrifio eich partneriaeth chi?',
  }),
  source: {
    citation:
      'Hargreaves, D. H. (2012, October). A self-improving school system: towards maturity [thinkpiece]. Nottingham: National College for School Leadership.',
    note: {
      en: 'The four strategies are as summarised in the blog post “Building and sustaining professional learning communities”.',
      cy: 'Mae’r pedair strategaeth fel y’u crynhoir yn y blogbost “Building and sustaining professional learning communities”.',
    },
    url: 'https://gov.uk/government/collections/david-h-hargreaves-thinkpieces-on-the-self-improving-school-system',
    seed: SEEDS.acrossSchoolPlcs,
  },
  axes: [
    {
      id: 'joint-practice-development',
      label: { en: 'Joint practice development', cy: 'Datblygu arferion ar y cyd' },
      description: {
        en: 'Staff from partner schools improve practice together through structured peer learning, rather than just swapping it.',
        cy: 'Mae staff o ysgolion partner yn gwella arferion gyda’i gilydd drwy ddysgu strwythuredig gan gymheiriaid, yn hytrach na dim ond eu cyfnewid.',
      },
    },
    {
      id: 'social-capital',
      label: { en: 'Social capital and trust', cy: 'Cyfalaf cymdeithasol ac ymddiriedaeth' },
      description: {
        en: 'Relationships within and between schools are strong enough to share openly and rely on one another.',
        cy: 'Mae’r perthnasoedd o fewn ysgolion a rhyngddynt yn ddigon cryf i rannu’n agored a dibynnu ar ei gilydd.',
      },
    },
    {
      id: 'collective-moral-purpose',
      label: { en: 'Collective moral purpose', cy: 'Diben moesol ar y cyd' },
      description: {
        en: 'Everyone, learners included, cares about the learners in the partnership’s other schools as much as their own.',
        cy: 'Mae pawb, gan gynnwys dysgwyr, yn poeni cymaint am ddysgwyr ysgolion eraill y bartneriaeth ag am eu rhai eu hunain.',
      },
    },
    {
      id: 'peer-evaluation',
      label: { en: 'Peer evaluation and challenge', cy: 'Gwerthuso a herio gan gymheiriaid' },
      description: {
        en: 'At every level, schools review one another’s work and challenge each other honestly.',
        cy: 'Ar bob lefel, mae ysgolion yn adolygu gwaith ei gilydd ac yn herio’i gilydd yn onest.',
      },
    },
  ],
  scale: agreementScale,
  reference: agreementReference,
} satisfies RatingFramework;
