import type { RatingFramework } from '../../schema/framework.js';
import { agreementDescription, agreementReference, agreementScale } from './scales.js';

/** Eight characteristics of effective PLCs — Bolam et al. 2005 (domain.md §3). */
export const plcCharacteristics = {
  id: 'plc-characteristics',
  kind: 'rating',
  heuristic: true,
  title: { en: 'Characteristics of effective PLCs', cy: 'Nodweddion CDPau effeithiol' },
  description: /* @__PURE__ */ agreementDescription({
    en: 'Eight characteristics found in effective professional learning communities. How far does each describe yours?',
    cy: 'Wyth nodwedd a welir mewn cymunedau dysgu proffesiynol effeithiol. I ba raddau y mae pob un yn disgrifio eich un chi?',
  }),
  source: {
    citation:
      'Bolam, R., McMahon, A., Stoll, L., Thomas, S. & Wallace, M., with Greenwood, A., Hawkey, K., Ingram, M., Atkinson, A. & Smith, M. (2005). Creating and sustaining effective professional learning communities. Research Report RR637. Department for Education and Skills; Universities of Bristol, Bath and London (Institute of Education).',
  },
  axes: [
    {
      id: 'shared-values',
      label: { en: 'Shared values and vision', cy: 'Gwerthoedd a gweledigaeth a rennir' },
      description: {
        en: 'Members agree on what matters and where they are heading.',
        cy: 'Mae’r aelodau’n cytuno ar yr hyn sy’n bwysig ac i ble maen nhw’n mynd.',
      },
    },
    {
      id: 'collective-responsibility',
      label: { en: 'Collective responsibility for pupils’ learning', cy: 'Cyfrifoldeb ar y cyd am ddysgu disgyblion' },
      description: {
        en: 'Members share responsibility for the learning of all pupils, not only their own.',
        cy: 'Mae’r aelodau’n rhannu cyfrifoldeb am ddysgu pob disgybl, nid eu disgyblion eu hunain yn unig.',
      },
    },
    {
      id: 'reflective-enquiry',
      label: { en: 'Reflective professional enquiry', cy: 'Ymholi proffesiynol myfyriol' },
      description: {
        en: 'Members examine their practice together, observe one another and use evidence to improve.',
        cy: 'Mae’r aelodau’n archwilio eu harferion gyda’i gilydd, yn arsylwi ar ei gilydd ac yn defnyddio tystiolaeth i wella.',
      },
    },
    {
      id: 'collaboration',
      label: { en: 'Collaboration focused on learning', cy: 'Cydweithio sy’n canolbwyntio ar ddysgu' },
      description: {
        en: 'Working together is about improving learning, not just about getting tasks done.',
        cy: 'Mae cydweithio’n ymwneud â gwella dysgu, nid dim ond â chwblhau tasgau.',
      },
    },
    {
      id: 'individual-and-group-learning',
      label: { en: 'Individual and group learning', cy: 'Dysgu unigol a dysgu fel grŵp' },
      description: {
        en: 'Everyone is a learner, and the group learns together as well as individually.',
        cy: 'Mae pawb yn ddysgwr, ac mae’r grŵp yn dysgu gyda’i gilydd yn ogystal ag yn unigol.',
      },
    },
    {
      id: 'mutual-trust',
      label: { en: 'Mutual trust, respect and support', cy: 'Ymddiriedaeth, parch a chefnogaeth gilyddol' },
      description: {
        en: 'Members trust, respect and support one another.',
        cy: 'Mae’r aelodau’n ymddiried yn ei gilydd, yn parchu ei gilydd ac yn cefnogi ei gilydd.',
      },
    },
    {
      id: 'inclusive-membership',
      label: { en: 'Inclusive membership', cy: 'Aelodaeth gynhwysol' },
      description: {
        en: 'Support staff and other colleagues, not only teachers, are full members.',
        cy: 'Mae staff cymorth a chydweithwyr eraill, nid athrawon yn unig, yn aelodau llawn.',
      },
    },
    {
      id: 'openness-and-networks',
      label: { en: 'Openness, networks and partnerships', cy: 'Bod yn agored, rhwydweithiau a phartneriaethau' },
      description: {
        en: 'The community looks outward and learns through networks and partnerships beyond itself.',
        cy: 'Mae’r gymuned yn edrych tuag allan ac yn dysgu drwy rwydweithiau a phartneriaethau y tu hwnt iddi hi ei hun.',
      },
    },
  ],
  scale: agreementScale,
  reference: agreementReference,
} satisfies RatingFramework;
