import type { RatingFramework } from '../../schema/framework.js';
import { SEEDS } from '../sources.js';
import { agreementDescription, agreementReference, agreementScale } from './scales.js';

/** "Authentic collaboration" — five features from Harris & Jones (domain.md §3, seed 001). */
export const authenticCollaboration = {
  id: 'authentic-collaboration',
  kind: 'rating',
  heuristic: true,
  title: { en: 'Authentic collaboration', cy: 'Cydweithio dilys' },
  description: /* @__PURE__ */ agreementDescription({
    en: 'Five features that make collaboration real rather than contrived. How far does each describe your group?',
    cy: 'Pum nodwedd sy’n gwneud cydweithio’n ddilys yn hytrach nag yn ffug. I ba raddau y mae pob un yn disgrifio eich grŵp chi?',
  }),
  source: {
    citation:
      'Harris, A. & Jones, M. (undated, after 2017). Putting teachers at the heart of school and system improvement: leading collaborative learning with impact [presentation slides], “Authentic collaboration”.',
    seed: SEEDS.harrisJonesSlides,
  },
  axes: [
    {
      id: 'deep-collaboration',
      label: { en: 'Deep collaboration', cy: 'Cydweithio dwfn' },
      description: {
        en: 'Members work together on the substance of teaching and learning, not only on arrangements.',
        cy: 'Mae’r aelodau’n gweithio gyda’i gilydd ar hanfod addysgu a dysgu, nid ar drefniadau yn unig.',
      },
    },
    {
      id: 'positive-relationships',
      label: { en: 'Positive relationships', cy: 'Perthnasoedd cadarnhaol' },
      description: {
        en: 'Members respect one another and enjoy working together.',
        cy: 'Mae’r aelodau’n parchu ei gilydd ac yn mwynhau gweithio gyda’i gilydd.',
      },
    },
    {
      id: 'shared-language',
      label: { en: 'Shared language', cy: 'Iaith gyffredin' },
      description: {
        en: 'Members share a vocabulary for talking about practice and evidence.',
        cy: 'Mae gan yr aelodau eirfa gyffredin ar gyfer trafod arferion a thystiolaeth.',
      },
    },
    {
      id: 'trust',
      label: { en: 'Trust', cy: 'Ymddiriedaeth' },
      description: {
        en: 'Members are open about their practice, including what is not working.',
        cy: 'Mae’r aelodau’n agored am eu harferion, gan gynnwys yr hyn nad yw’n gweithio.',
      },
    },
    {
      id: 'collective-rewards',
      label: { en: 'Collective rewards', cy: 'Gwobrau ar y cyd' },
      description: {
        en: 'Success is recognised and celebrated as the group’s, not as individuals’.',
        cy: 'Mae llwyddiant yn cael ei gydnabod a’i ddathlu fel llwyddiant y grŵp, nid llwyddiant unigolion.',
      },
    },
  ],
  scale: agreementScale,
  reference: agreementReference,
} satisfies RatingFramework;
