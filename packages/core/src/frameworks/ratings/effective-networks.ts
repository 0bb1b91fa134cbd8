import type { RatingFramework } from '../../schema/framework.js';
import { agreementDescription, agreementReference, agreementScale } from './scales.js';

/** Eight essential features of effective networks in education — Rincón-Gallardo & Fullan 2016 (domain.md §3). */
export const effectiveNetworks = {
  id: 'effective-networks',
  kind: 'rating',
  heuristic: true,
  title: { en: 'Features of effective networks', cy: 'Nodweddion rhwydweithiau effeithiol' },
  description: /* @__PURE__ */ agreementDescription({
    en: 'Eight features of networks of schools that improve learning. How far does each describe your network?',
    cy: 'Wyth nodwedd o rwydweithiau ysgolion sy’n gwella dysgu. I ba raddau y mae pob un yn disgrifio eich rhwydwaith chi?',
  }),
  source: {
    citation:
      'Rincón-Gallardo, S. & Fullan, M. (2016). Essential features of effective networks in education. Journal of Professional Capital and Community (published online 11 January 2016).',
    url: 'https://doi.org/10.1108/JPCC-09-2015-0007',
  },
  axes: [
    {
      id: 'ambitious-outcomes',
      label: { en: 'Ambitious learner outcomes linked to pedagogy', cy: 'Canlyniadau uchelgeisiol i ddysgwyr, wedi’u cysylltu ag addysgeg' },
      description: {
        en: 'The network aims high for learners and ties its aims to what happens in classrooms.',
        cy: 'Mae’r rhwydwaith yn anelu’n uchel i ddysgwyr ac yn cysylltu ei nodau â’r hyn sy’n digwydd mewn ystafelloedd dosbarth.',
      },
    },
    {
      id: 'trust-and-accountability',
      label: { en: 'Trust and internal accountability', cy: 'Ymddiriedaeth ac atebolrwydd mewnol' },
      description: {
        en: 'Members trust one another and hold themselves to account, without waiting for outside pressure.',
        cy: 'Mae’r aelodau’n ymddiried yn ei gilydd ac yn dal eu hunain i gyfrif, heb aros am bwysau o’r tu allan.',
      },
    },
    {
      id: 'inquiry-cycles',
      label: { en: 'Cycles of collaborative inquiry', cy: 'Cylchoedd o ymholi cydweithredol' },
      description: {
        en: 'Schools in the network enquire together in repeated cycles and act on what they find.',
        cy: 'Mae ysgolion y rhwydwaith yn ymholi gyda’i gilydd mewn cylchoedd olynol ac yn gweithredu ar yr hyn maen nhw’n ei ddarganfod.',
      },
    },
    {
      id: 'skilled-facilitation',
      label: { en: 'Deliberate leadership and skilled facilitation in flat structures', cy: 'Arweinyddiaeth fwriadol a hwyluso medrus mewn strwythurau gwastad' },
      description: {
        en: 'Leadership is deliberate and facilitation skilled, while the structure stays flat rather than hierarchical.',
        cy: 'Mae’r arweinyddiaeth yn fwriadol a’r hwyluso’n fedrus, tra bo’r strwythur yn aros yn wastad yn hytrach nag yn hierarchaidd.',
      },
    },
    {
      id: 'learning-inwards',
      label: { en: 'Frequent interaction and learning inwards', cy: 'Rhyngweithio mynych a dysgu tuag i mewn' },
      description: {
        en: 'Members meet often and learn from one another inside the network.',
        cy: 'Mae’r aelodau’n cyfarfod yn aml ac yn dysgu oddi wrth ei gilydd o fewn y rhwydwaith.',
      },
    },
    {
      id: 'connecting-outwards',
      label: { en: 'Connecting outwards to learn from others', cy: 'Cysylltu tuag allan i ddysgu gan eraill' },
      description: {
        en: 'The network reaches beyond itself to learn from other networks and the wider system.',
        cy: 'Mae’r rhwydwaith yn estyn y tu hwnt iddo’i hun i ddysgu gan rwydweithiau eraill a’r system ehangach.',
      },
    },
    {
      id: 'new-partnerships',
      label: { en: 'New partnerships with students, families and communities', cy: 'Partneriaethau newydd â dysgwyr, teuluoedd a chymunedau' },
      description: {
        en: 'Learners, families and communities are partners in the network’s work, not only its audience.',
        cy: 'Mae dysgwyr, teuluoedd a chymunedau yn bartneriaid yng ngwaith y rhwydwaith, nid ei gynulleidfa yn unig.',
      },
    },
    {
      id: 'adequate-resources',
      label: { en: 'Adequate resources', cy: 'Adnoddau digonol' },
      description: {
        en: 'The network has the time, money and people it needs to do its work.',
        cy: 'Mae gan y rhwydwaith yr amser, yr arian a’r bobl sydd eu hangen arno i wneud ei waith.',
      },
    },
  ],
  scale: agreementScale,
  reference: agreementReference,
} satisfies RatingFramework;
