import type { RatingFramework } from '../../schema/framework.js';
import { SEEDS } from '../sources.js';
import { agreementDescription, agreementReference, agreementScale } from './scales.js';

/** Ten features of effective professional learning in three groups — Campbell et al. (domain.md §3, seed 001 Table 1). */
export const effectiveProfessionalLearning = {
  id: 'effective-professional-learning',
  kind: 'rating',
  heuristic: true,
  title: { en: 'Effective professional learning', cy: 'Dysgu proffesiynol effeithiol' },
  description: /* @__PURE__ */ agreementDescription({
    en: 'Ten features of effective professional learning, in three groups: quality content; learning design and implementation; support and sustainability. How far does each describe the professional learning in your setting?',
    cy: 'Deg nodwedd o ddysgu proffesiynol effeithiol, mewn tri grŵp: cynnwys o ansawdd; cynllunio a gweithredu’r dysgu; cymorth a chynaliadwyedd. I ba raddau y mae pob un yn disgrifio’r dysgu proffesiynol yn eich lleoliad chi?',
  }),
  source: {
    citation:
      'Campbell, C., Osmond-Johnson, P., Faubert, B., Zeichner, K. & Hobbs-Johnson, A. (with Brown, S., DaCosta, P., Hales, A., Kuehn, L., Sohn, J. & Steffensen, K.) (2016). The state of educators’ professional learning in Canada: final research report, Table 1. Oxford, OH: Learning Forward.',
    note: { en: 'As presented in Harris & Jones’s slides.', cy: 'Fel y’i cyflwynir yn sleidiau Harris a Jones.' },
    url: 'https://learningforward.org/report/professional-learning-canada/state-educators-professional-learning-canada-final-research-report/',
    seed: SEEDS.harrisJonesSlides,
  },
  groups: [
    { id: 'quality-content', label: { en: 'Quality content', cy: 'Cynnwys o ansawdd' } },
    { id: 'learning-design', label: { en: 'Learning design and implementation', cy: 'Cynllunio a gweithredu’r dysgu' } },
    { id: 'support-sustainability', label: { en: 'Support and sustainability', cy: 'Cymorth a chynaliadwyedd' } },
  ],
  axes: [
    {
      id: 'evidence-informed',
      group: 'quality-content',
      label: { en: 'Evidence-informed', cy: 'Wedi’i lywio gan dystiolaeth' },
      description: {
        en: 'Research, enquiry and professional judgement shape what is learned.',
        cy: 'Mae ymchwil, ymholi a barn broffesiynol yn llywio’r hyn sy’n cael ei ddysgu.',
      },
    },
    {
      id: 'content-knowledge',
      group: 'quality-content',
      label: { en: 'Subject-specific and pedagogical content knowledge', cy: 'Gwybodaeth bwnc a gwybodaeth addysgegol' },
      description: {
        en: 'Learning deepens knowledge of the subject and of how to teach it, including to diverse learners.',
        cy: 'Mae’r dysgu’n dyfnhau gwybodaeth am y pwnc ac am sut i’w addysgu, gan gynnwys i ddysgwyr amrywiol.',
      },
    },
    {
      id: 'student-outcomes',
      group: 'quality-content',
      label: { en: 'Focus on student outcomes', cy: 'Ffocws ar ganlyniadau dysgwyr' },
      description: {
        en: 'Learning aims at a broad range of outcomes for learners and for professionals.',
        cy: 'Mae’r dysgu’n anelu at ystod eang o ganlyniadau i ddysgwyr ac i weithwyr proffesiynol.',
      },
    },
    {
      id: 'voice-and-coherence',
      group: 'quality-content',
      label: { en: 'Balance of teacher voice and system coherence', cy: 'Cydbwysedd rhwng llais athrawon a chydlyniant y system' },
      description: {
        en: 'Teachers’ own priorities and the system’s priorities are held in balance.',
        cy: 'Mae blaenoriaethau athrawon eu hunain a blaenoriaethau’r system yn cael eu cadw mewn cydbwysedd.',
      },
    },
    {
      id: 'active-learning',
      group: 'learning-design',
      label: { en: 'Active and variable learning', cy: 'Dysgu gweithredol ac amrywiol' },
      description: {
        en: 'There is no one-size-fits-all: learning is active and varied to suit different needs.',
        cy: 'Does dim un ateb i bawb: mae’r dysgu’n weithredol ac yn amrywiol i ddiwallu anghenion gwahanol.',
      },
    },
    {
      id: 'collaborative-learning',
      group: 'learning-design',
      label: { en: 'Collaborative learning experiences', cy: 'Profiadau dysgu cydweithredol' },
      description: {
        en: 'Teachers learn with colleagues within and across schools and in wider networks.',
        cy: 'Mae athrawon yn dysgu gyda chydweithwyr o fewn ysgolion, ar draws ysgolion ac mewn rhwydweithiau ehangach.',
      },
    },
    {
      id: 'job-embedded',
      group: 'learning-design',
      label: { en: 'Job-embedded learning', cy: 'Dysgu sy’n rhan o’r gwaith' },
      description: {
        en: 'Learning is relevant and practical for teachers’ work, without being confined to their own school.',
        cy: 'Mae’r dysgu’n berthnasol ac yn ymarferol i waith athrawon, heb gael ei gyfyngu i’w hysgol eu hunain.',
      },
    },
    {
      id: 'ongoing',
      group: 'support-sustainability',
      label: { en: 'Ongoing in duration', cy: 'Parhaus dros amser' },
      description: {
        en: 'Learning is sustained and builds over time, with time for it built into the working week.',
        cy: 'Mae’r dysgu’n parhau ac yn adeiladu dros amser, gydag amser ar ei gyfer wedi’i gynnwys yn yr wythnos waith.',
      },
    },
    {
      id: 'resources',
      group: 'support-sustainability',
      label: { en: 'Resources', cy: 'Adnoddau' },
      description: {
        en: 'Funding, time and materials for professional learning are fairly available to all.',
        cy: 'Mae cyllid, amser a deunyddiau ar gyfer dysgu proffesiynol ar gael yn deg i bawb.',
      },
    },
    {
      id: 'supportive-leadership',
      group: 'support-sustainability',
      label: { en: 'Supportive and engaged leadership', cy: 'Arweinyddiaeth gefnogol sy’n cymryd rhan' },
      description: {
        en: 'Leaders support professional learning and take part in it themselves.',
        cy: 'Mae arweinwyr yn cefnogi dysgu proffesiynol ac yn cymryd rhan ynddo eu hunain.',
      },
    },
  ],
  scale: agreementScale,
  reference: agreementReference,
} satisfies RatingFramework;
