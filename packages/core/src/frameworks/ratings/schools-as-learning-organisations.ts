import type { RatingFramework } from '../../schema/framework.js';
import { agreementDescription, agreementReference, agreementScale } from './scales.js';

/** The seven dimensions of a school as a learning organisation — Kools & Stoll 2016, the Welsh SLO model (domain.md §3). */
export const schoolsAsLearningOrganisations = {
  id: 'schools-as-learning-organisations',
  kind: 'rating',
  heuristic: true,
  title: { en: 'Schools as learning organisations', cy: 'Ysgolion fel sefydliadau sy’n dysgu' },
  description: /* @__PURE__ */ agreementDescription({
    en: 'The seven dimensions of a school as a learning organisation, the model used in Wales. How far does each describe your school?',
    cy: 'Saith dimensiwn ysgol fel sefydliad sy’n dysgu, y model a ddefnyddir yng Nghymru. I ba raddau y mae pob un yn disgrifio eich ysgol chi?',
  }),
  source: {
    citation:
      'Kools, M. & Stoll, L. (2016). What makes a school a learning organisation? OECD Education Working Papers, No. 137. Paris: OECD Publishing; Welsh Government (2017). Schools in Wales as learning organisations; OECD (2018). Developing schools as learning organisations in Wales. Paris: OECD Publishing.',
    note: {
      en: 'Adapted for Wales by the Welsh Government (2017); see also OECD (2018).',
      cy: 'Addaswyd ar gyfer Cymru gan Lywodraeth Cymru (2017); gweler hefyd OECD (2018).',
    },
    url: 'https://doi.org/10.1787/5jlwm62b3bvh-en',
  },
  axes: [
    {
      id: 'shared-vision',
      label: { en: 'A shared vision centred on the learning of all learners', cy: 'Gweledigaeth a rennir sy’n canolbwyntio ar ddysgu pob dysgwr' },
      description: {
        en: 'Staff, learners and the community have shaped a vision that puts every learner’s learning first.',
        cy: 'Mae staff, dysgwyr a’r gymuned wedi llunio gweledigaeth sy’n rhoi dysgu pob dysgwr yn gyntaf.',
      },
    },
    {
      id: 'continuous-learning',
      label: { en: 'Continuous learning opportunities for all staff', cy: 'Cyfleoedd dysgu parhaus i’r holl staff' },
      description: {
        en: 'Every member of staff has time and support to keep learning throughout their career.',
        cy: 'Mae gan bob aelod o staff amser a chefnogaeth i barhau i ddysgu drwy gydol ei yrfa.',
      },
    },
    {
      id: 'team-learning',
      label: { en: 'Team learning and collaboration among all staff', cy: 'Dysgu mewn tîm a chydweithio ymhlith yr holl staff' },
      description: {
        en: 'Staff learn in teams and work together, across roles and subjects.',
        cy: 'Mae staff yn dysgu mewn timau ac yn cydweithio, ar draws rolau a phynciau.',
      },
    },
    {
      id: 'enquiry-culture',
      label: { en: 'A culture of enquiry, innovation and exploration', cy: 'Diwylliant o ymholi, arloesi ac archwilio' },
      description: {
        en: 'Staff are encouraged to ask questions, try new approaches and learn from what does not work.',
        cy: 'Mae staff yn cael eu hannog i ofyn cwestiynau, rhoi cynnig ar ddulliau newydd a dysgu o’r hyn nad yw’n gweithio.',
      },
    },
    {
      id: 'knowledge-systems',
      label: { en: 'Embedded systems for collecting and exchanging knowledge and learning', cy: 'Systemau wedi’u hymwreiddio ar gyfer casglu a chyfnewid gwybodaeth a dysgu' },
      description: {
        en: 'The school routinely gathers evidence and makes sure what is learned reaches everyone who needs it.',
        cy: 'Mae’r ysgol yn casglu tystiolaeth yn rheolaidd ac yn sicrhau bod yr hyn a ddysgir yn cyrraedd pawb sydd ei angen.',
      },
    },
    {
      id: 'external-learning',
      label: { en: 'Learning with and from the external environment and wider system', cy: 'Dysgu gyda’r amgylchedd allanol a’r system ehangach, ac oddi wrthynt' },
      description: {
        en: 'The school learns with families, the community, other schools and partners beyond them.',
        cy: 'Mae’r ysgol yn dysgu gyda theuluoedd, y gymuned, ysgolion eraill a phartneriaid y tu hwnt iddynt.',
      },
    },
    {
      id: 'learning-leadership',
      label: { en: 'Modelling and growing learning leadership', cy: 'Modelu a datblygu arweinyddiaeth dysgu' },
      description: {
        en: 'Leaders learn visibly themselves and grow leadership of learning in others.',
        cy: 'Mae arweinwyr yn dysgu’n amlwg eu hunain ac yn datblygu arweinyddiaeth dysgu mewn pobl eraill.',
      },
    },
  ],
  scale: agreementScale,
  reference: agreementReference,
} satisfies RatingFramework;
