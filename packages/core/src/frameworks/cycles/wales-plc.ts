import type { CycleFramework } from '../../schema/framework.js';
import { SEEDS } from '../sources.js';

/**
 * The Wales national PLC model: the "seven steps" (domain.md §2), then evaluating impact on learners
 * and sharing it. Steps 1–5 carry the Welsh names confirmed in the bilingual slides; the wording of
 * steps 6 (refining) and 7 (sharing outcomes) is INFERRED from a lecture describing the same cycle,
 * not verified verbatim — the description and source note say so. Disbanding and re-forming is what a
 * group does after completing the cycle, not a stage of it.
 */
export const walesPlc = {
  id: 'wales-plc',
  kind: 'cycle',
  heuristic: false,
  title: { en: 'Wales PLC model', cy: 'Model CDP Cymru' },
  description: {
    en:
      'The national model for professional learning communities in Wales: seven steps from forming the group to sharing outcomes, then evaluating the impact on learners and sharing what the group learned. ' +
      'The names of steps 6 and 7 are inferred from a description of the same cycle and have not been checked against the original guidance. ' +
      'When the cycle is complete the group disbands and re-forms around a new focus, with changed membership.',
    cy:
      'Y model cenedlaethol ar gyfer cymunedau dysgu proffesiynol yng Nghymru: saith cam o ffurfio’r grŵp i rannu canlyniadau, ac yna gwerthuso’r effaith ar ddysgwyr a rhannu’r hyn a ddysgodd y grŵp. ' +
      'Mae enwau camau 6 a 7 wedi’u casglu o ddisgrifiad o’r un cylch, ac nid ydynt wedi’u gwirio yn erbyn y canllawiau gwreiddiol. ' +
      'Pan fydd y cylch wedi’i gwblhau, mae’r grŵp yn dod i ben ac yn ailffurfio o gwmpas ffocws newydd, gydag aelodaeth wahanol.',
  },
  source: {
    citation:
      'Harris, A. & Jones, M. (2010). Professional learning communities and system improvement. Improving Schools, 13(2), 172–181; Welsh Government (2011). Professional learning communities [guidance document and leaflet], “seven steps”; Harris, A. (undated, after 2014). Leading professional collaborative learning [presentation slides], table “A PLC or not a PLC?”.',
    note: {
      en:
        'Hwb’s PLC page introduces the seven steps and names step 1 “Establish the group”. ' +
        'Step names 1–5 are as in the bilingual British Council Wales slides; the wording of steps 6–7 is inferred, not verified verbatim. ' +
        'Disbanding and re-forming are taken from Harris, “A PLC or not a PLC?”.',
      cy:
        'Mae tudalen Hwb am CDPau yn cyflwyno’r saith cam ac yn galw cam 1 yn “Establish the group”. ' +
        'Mae enwau camau 1–5 yr un fath ag yn sleidiau dwyieithog British Council Cymru; mae geiriad camau 6–7 wedi’i gasglu, heb ei wirio air am air. ' +
        'Mae dod i ben ac ailffurfio wedi’u cymryd o Harris, “A PLC or not a PLC?”.',
    },
    url: 'https://hwb.gov.wales/professional-development/professional-learning-communities',
    seed: SEEDS.harrisSlides,
  },
  stages: [
    {
      id: 'establish',
      label: { en: 'Establish the group', cy: 'Sefydlu’r grŵp' },
      description: {
        en: 'Agree how long the group will run, how many people it needs and who is involved.',
        cy: 'Cytunwch am ba hyd y bydd y grŵp yn rhedeg, faint o bobl sydd eu hangen a phwy sy’n cymryd rhan.',
      },
      prompts: [
        { en: 'How long will the group run, and how often will it meet?', cy: 'Am ba hyd y bydd y grŵp yn rhedeg, a pha mor aml y bydd yn cyfarfod?' },
        { en: 'How many members do you need, and who should be involved?', cy: 'Faint o aelodau sydd eu hangen arnoch, a phwy ddylai gymryd rhan?' },
        { en: 'Who will facilitate the group for this cycle?', cy: 'Pwy fydd yn hwyluso’r grŵp ar gyfer y cylch hwn?' },
      ],
      criteria: [
        { check: 'members', label: { en: 'The group has members', cy: 'Mae gan y grŵp aelodau' } },
        { check: 'facilitator', label: { en: 'The group has chosen a facilitator', cy: 'Mae’r grŵp wedi dewis hwylusydd' } },
      ],
    },
    {
      id: 'identify-focus',
      label: { en: 'Identify a focus', cy: 'Adnabod ffocws' },
      description: {
        en: 'Use learner data to choose one specific learner need and turn it into an enquiry question.',
        cy: 'Defnyddiwch ddata dysgwyr i ddewis un angen penodol gan ddysgwyr a’i droi’n gwestiwn ymholi.',
      },
      prompts: [
        { en: 'What does your learner data tell you?', cy: 'Beth mae eich data am ddysgwyr yn ei ddweud wrthych?' },
        { en: 'Which learner need will you address, and what evidence shows it?', cy: 'Pa angen gan ddysgwyr y byddwch yn mynd i’r afael ag ef, a pha dystiolaeth sy’n ei ddangos?' },
        { en: 'Who will lead on this focus?', cy: 'Pwy fydd yn arwain ar y ffocws hwn?' },
      ],
      criteria: [
        { check: 'learner-need', label: { en: 'A learner need is recorded', cy: 'Mae angen gan ddysgwyr wedi’i gofnodi' } },
        { check: 'question', label: { en: 'An enquiry question is written', cy: 'Mae cwestiwn ymholi wedi’i ysgrifennu' } },
      ],
    },
    {
      id: 'action-enquiry',
      label: { en: 'Action enquiry', cy: 'Ymholiad gweithredol' },
      description: {
        en: 'Find out what research and practice elsewhere already say about your focus.',
        cy: 'Dewch o hyd i’r hyn y mae ymchwil ac arferion mewn mannau eraill eisoes yn ei ddweud am eich ffocws.',
      },
      prompts: [
        { en: 'What research exists on this learner need?', cy: 'Pa ymchwil sy’n bodoli ar yr angen hwn gan ddysgwyr?' },
        { en: 'What practice elsewhere has worked, and in what settings?', cy: 'Pa arferion sydd wedi gweithio mewn mannau eraill, ac ym mha leoliadau?' },
        { en: 'Who in other schools could you learn from?', cy: 'Gan bwy mewn ysgolion eraill y gallech chi ddysgu?' },
      ],
      criteria: [
        {
          check: 'evidence',
          label: { en: 'Research or practice from elsewhere is recorded', cy: 'Mae ymchwil neu arferion o fannau eraill wedi’u cofnodi' },
        },
      ],
    },
    {
      id: 'innovation-and-change',
      label: { en: 'Innovation and change', cy: 'Cyflwyno a newid' },
      description: {
        en: 'Design the new practice you will try, keeping the focus narrow.',
        cy: 'Cynlluniwch yr arfer newydd y byddwch yn rhoi cynnig arno, gan gadw’r ffocws yn gul.',
      },
      prompts: [
        { en: 'What new practice will you try?', cy: 'Pa arfer newydd y byddwch yn rhoi cynnig arno?' },
        { en: 'How will you keep the focus narrow enough to see a difference?', cy: 'Sut byddwch yn cadw’r ffocws yn ddigon cul i weld gwahaniaeth?' },
        { en: 'Who will do what, and by when?', cy: 'Pwy fydd yn gwneud beth, ac erbyn pryd?' },
      ],
      criteria: [
        { check: 'actions', label: { en: 'The new practice is planned as actions', cy: 'Mae’r arfer newydd wedi’i gynllunio fel camau gweithredu' } },
      ],
    },
    {
      id: 'trialling-and-feedback',
      label: { en: 'Trialling and feedback', cy: 'Treialu ac adborth' },
      description: {
        en: 'Try the new practice and gather evidence of what happens.',
        cy: 'Rhowch gynnig ar yr arfer newydd a chasglwch dystiolaeth o’r hyn sy’n digwydd.',
      },
      prompts: [
        { en: 'Where and with which learners will you try it?', cy: 'Ble, a gyda pha ddysgwyr, y byddwch yn rhoi cynnig arno?' },
        { en: 'What evidence will you gather while you try it?', cy: 'Pa dystiolaeth y byddwch yn ei chasglu wrth roi cynnig arno?' },
        { en: 'What are learners and colleagues telling you?', cy: 'Beth mae dysgwyr a chydweithwyr yn ei ddweud wrthych?' },
      ],
      criteria: [
        { check: 'evidence', label: { en: 'Evidence from the trial is recorded', cy: 'Mae tystiolaeth o’r treial wedi’i chofnodi' } },
      ],
    },
    {
      id: 'refining',
      label: { en: 'Refining', cy: 'Mireinio' },
      description: {
        en: 'Use the feedback to improve the practice before you share it. (Step name inferred, not verified.)',
        cy: 'Defnyddiwch yr adborth i wella’r arfer cyn ei rannu. (Enw’r cam wedi’i gasglu, heb ei wirio.)',
      },
      prompts: [
        { en: 'What does the evidence say worked, and what did not?', cy: 'Beth mae’r dystiolaeth yn ei ddweud a weithiodd, a beth na weithiodd?' },
        { en: 'What will you change before trying it again?', cy: 'Beth fyddwch chi’n ei newid cyn rhoi cynnig arno eto?' },
      ],
      criteria: [
        { check: 'decision', label: { en: 'A decision on what to change is recorded', cy: 'Mae penderfyniad ar beth i’w newid wedi’i gofnodi' } },
      ],
    },
    {
      id: 'sharing-outcomes',
      label: { en: 'Sharing outcomes', cy: 'Rhannu canlyniadau' },
      description: {
        en: 'Share the refined practice and its outcomes with colleagues. (Step name inferred, not verified.)',
        cy: 'Rhannwch yr arfer wedi’i fireinio a’i ganlyniadau â chydweithwyr. (Enw’r cam wedi’i gasglu, heb ei wirio.)',
      },
      prompts: [
        { en: 'Who needs to know what you found?', cy: 'Pwy sydd angen gwybod beth wnaethoch chi ei ddarganfod?' },
        { en: 'How will you show the practice, not just describe it?', cy: 'Sut byddwch yn dangos yr arfer, nid dim ond ei ddisgrifio?' },
      ],
      criteria: [
        { check: 'notes', label: { en: 'Notes on how the outcomes were shared', cy: 'Nodiadau ar sut y rhannwyd y canlyniadau' } },
      ],
    },
    {
      id: 'evaluate-impact',
      label: { en: 'Evaluate impact on learners', cy: 'Gwerthuso’r effaith ar ddysgwyr' },
      description: {
        en: 'Compare where learners are now with where they started.',
        cy: 'Cymharwch ble mae’r dysgwyr nawr â ble roedden nhw ar y dechrau.',
      },
      prompts: [
        { en: 'Where did learners start, and where are they now?', cy: 'Ble roedd y dysgwyr ar y dechrau, a ble maen nhw nawr?' },
        { en: 'How sure are you that the change came from the new practice?', cy: 'Pa mor sicr ydych chi mai’r arfer newydd a achosodd y newid?' },
        { en: 'Which learners benefited most, and which least?', cy: 'Pa ddysgwyr a elwodd fwyaf, a pha rai leiaf?' },
      ],
      criteria: [
        { check: 'impact-recorded', label: { en: 'Impact on learners is recorded', cy: 'Mae’r effaith ar ddysgwyr wedi’i chofnodi' } },
      ],
    },
    {
      id: 'share-learning',
      label: { en: 'Share impact and learning', cy: 'Rhannu’r effaith a’r dysgu' },
      description: {
        en: 'Share the impact and what the group learned beyond the group, then prepare to disband and re-form.',
        cy: 'Rhannwch yr effaith a’r hyn a ddysgodd y grŵp y tu hwnt i’r grŵp, ac yna paratowch i ddod i ben ac ailffurfio.',
      },
      prompts: [
        { en: 'What did the group learn, and what would you do differently?', cy: 'Beth ddysgodd y grŵp, a beth fyddech chi’n ei wneud yn wahanol?' },
        { en: 'Which other schools or networks should hear about this?', cy: 'Pa ysgolion neu rwydweithiau eraill ddylai glywed am hyn?' },
        { en: 'What new focus, and which people, could the next group form around?', cy: 'O gwmpas pa ffocws newydd, a pha bobl, y gallai’r grŵp nesaf ffurfio?' },
      ],
      criteria: [
        { check: 'learning', label: { en: 'What the group learned is written down', cy: 'Mae’r hyn a ddysgodd y grŵp wedi’i ysgrifennu' } },
      ],
    },
  ],
  completion: [
    {
      check: 'impact-recorded',
      label: { en: 'Impact on learners is recorded before the cycle is completed', cy: 'Mae’r effaith ar ddysgwyr wedi’i chofnodi cyn cwblhau’r cylch' },
    },
    { check: 'learning', label: { en: 'What the group learned is written down', cy: 'Mae’r hyn a ddysgodd y grŵp wedi’i ysgrifennu' } },
  ],
} satisfies CycleFramework;
