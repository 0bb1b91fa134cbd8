import type { ChecklistFramework } from '../../schema/framework.js';
import { SEEDS } from '../sources.js';

/**
 * "A PLC or not a PLC?" — eleven contrasts from Harris's slides (domain.md §1). Row 10 has no
 * "not a PLC" pole in the source, so it has no `not`. The wording is ours; the rows are the source's.
 *
 * Bands (our choice, documented in `description`): share of rows on the PLC side
 *   < 0.5  not yet a PLC      (0–5 of 11 rows)
 *   ≥ 0.5  emerging PLC       (6–8 of 11 rows)
 *   ≥ 0.8  working as a PLC   (9–11 of 11 rows)
 */
export const plcOrNot = {
  id: 'plc-or-not',
  kind: 'checklist',
  heuristic: true,
  title: { en: 'A PLC or not a PLC?', cy: 'CDP ynteu ddim yn CDP?' },
  description: {
    en:
      'Eleven contrasts between what a professional learning community is and what it is not. Place your group on each row, from the "not a PLC" side to the PLC side. ' +
      'The score is the share of rows your group places on the PLC side: under 50% (0–5 of 11 rows) reads as "not yet a PLC", 50% to under 80% (6–8 rows) as "emerging PLC", and 80% or more (9–11 rows) as "working as a PLC". ' +
      'These bands are PLC Kit’s own choice, not the source’s. This checklist is a reflection aid, not a validated measurement.',
    cy:
      'Un ar ddeg o wrthgyferbyniadau rhwng yr hyn yw cymuned ddysgu broffesiynol (CDP) a’r hyn nad yw. Rhowch eich grŵp ar bob rhes, o’r ochr “ddim yn CDP” i ochr y CDP. ' +
      'Y sgôr yw’r gyfran o’r rhesi y mae eich grŵp yn eu rhoi ar ochr y CDP: mae llai na 50% (0–5 o 11 rhes) yn golygu “ddim yn CDP eto”, 50% hyd at lai nag 80% (6–8 rhes) yn golygu “CDP sy’n datblygu”, ac 80% neu fwy (9–11 rhes) yn golygu “yn gweithio fel CDP”. ' +
      'Dewis PLC Kit yw’r bandiau hyn, nid dewis y ffynhonnell. Cymorth i fyfyrio yw’r rhestr wirio hon, nid mesur wedi’i ddilysu.',
  },
  source: {
    citation:
      'Harris, A. (undated, after 2014). Leading professional collaborative learning [presentation slides], table “A PLC or not a PLC?”; Harris, A. & Jones, M. (2010). Professional learning communities and system improvement. Improving Schools, 13(2), 172–181.',
    note: {
      en: 'The same slides cite Harris & Jones (2010) for professional learning within, between and across schools.',
      cy: 'Mae’r un sleidiau’n cyfeirio at Harris a Jones (2010) ar gyfer dysgu proffesiynol o fewn ysgolion, rhwng ysgolion ac ar draws ysgolion.',
    },
    seed: SEEDS.harrisSlides,
  },
  items: [
    {
      id: 'learner-needs',
      plc: {
        en: 'A team working on specific learner needs that came out of analysing data and evidence.',
        cy: 'Tîm sy’n mynd i’r afael ag anghenion penodol dysgwyr a ddaeth i’r amlwg wrth ddadansoddi data a thystiolaeth.',
      },
      not: {
        en: 'A formal or long-standing group with an ongoing focus on a theme, subject or topic.',
        cy: 'Grŵp ffurfiol neu hirsefydlog sy’n canolbwyntio’n barhaus ar thema, pwnc neu destun.',
      },
      strengthen: {
        en: 'Start from your learners: look at data and evidence together and name the specific need your group will tackle.',
        cy: 'Dechreuwch gyda’ch dysgwyr: edrychwch ar ddata a thystiolaeth gyda’ch gilydd ac enwch yr angen penodol y bydd eich grŵp yn mynd i’r afael ag ef.',
      },
    },
    {
      id: 'own-focus-and-membership',
      plc: {
        en: 'Chooses its own focus of enquiry and its own members.',
        cy: 'Yn dewis ei ffocws ymholi ei hun a’i aelodau ei hun.',
      },
      not: {
        en: 'Its focus and members are decided for it, like a working party handed a brief.',
        cy: 'Mae ei ffocws a’i aelodau’n cael eu pennu ar ei gyfer, fel gweithgor sy’n cael briff.',
      },
      strengthen: {
        en: 'Let the group agree its own focus and invite the people whose expertise it needs, rather than accepting a brief.',
        cy: 'Gadewch i’r grŵp gytuno ar ei ffocws ei hun a gwahodd y bobl y mae angen eu harbenigedd arno, yn hytrach na derbyn briff.',
      },
    },
    {
      id: 'new-practice',
      plc: {
        en: 'Must create new ideas and new practice.',
        cy: 'Mae’n rhaid iddo greu syniadau newydd ac arferion newydd.',
      },
      not: {
        en: 'Is expected to pass on knowledge, information or practice that already exists.',
        cy: 'Mae disgwyl iddo rannu gwybodaeth neu arferion sy’n bodoli eisoes.',
      },
      strengthen: {
        en: 'Aim beyond passing on what already works: design and try practice that is new to your setting.',
        cy: 'Anelwch y tu hwnt i rannu’r hyn sydd eisoes yn gweithio: cynlluniwch a rhowch gynnig ar arferion sy’n newydd i’ch lleoliad chi.',
      },
    },
    {
      id: 'enquiry-cycle',
      plc: {
        en: 'Works through a clear cycle of action enquiry.',
        cy: 'Yn gweithio drwy gylch clir o ymholiad gweithredol.',
      },
      not: {
        en: 'Nobody expects it to enquire.',
        cy: 'Does neb yn disgwyl iddo ymholi.',
      },
      strengthen: {
        en: 'Adopt an enquiry cycle, and agree where the group is in it now and what comes next.',
        cy: 'Mabwysiadwch gylch ymholi, a chytunwch ble mae’r grŵp arno nawr a beth sy’n dod nesaf.',
      },
    },
    {
      id: 'distributed-leadership',
      plc: {
        en: 'Leadership is widely shared and the group chooses its own facilitator.',
        cy: 'Mae’r arweinyddiaeth wedi’i rhannu’n eang ac mae’r grŵp yn dewis ei hwylusydd ei hun.',
      },
      not: {
        en: 'The group has an appointed or existing leader.',
        cy: 'Mae gan y grŵp arweinydd penodedig neu arweinydd sydd yno eisoes.',
      },
      strengthen: {
        en: 'Let the group choose its facilitator for this cycle, and let leadership pass to whoever has the expertise a task needs.',
        cy: 'Gadewch i’r grŵp ddewis ei hwylusydd ar gyfer y cylch hwn, a gadewch i’r arweinyddiaeth symud at bwy bynnag sydd â’r arbenigedd sydd ei angen ar dasg.',
      },
    },
    {
      id: 'reciprocal-accountability',
      plc: {
        en: 'Every member is accountable for what the group achieves: accountability is reciprocal.',
        cy: 'Mae pob aelod yn atebol am yr hyn y mae’r grŵp yn ei gyflawni: mae’r atebolrwydd yn gilyddol.',
      },
      not: {
        en: 'One person takes the minutes, shares the outcomes and reports back.',
        cy: 'Un person sy’n cymryd y cofnodion, yn rhannu’r canlyniadau ac yn adrodd yn ôl.',
      },
      strengthen: {
        en: 'Share out the recording, reporting and follow-up, so that every member owns part of the outcome.',
        cy: 'Rhannwch y gwaith cofnodi, adrodd a dilyn i fyny, fel bod pob aelod yn berchen ar ran o’r canlyniad.',
      },
    },
    {
      id: 'disband-and-re-form',
      plc: {
        en: 'Disbands when its enquiry is done, then re-forms around a new focus with changed membership.',
        cy: 'Yn dod i ben pan fydd ei ymholiad wedi’i gwblhau, ac yna’n ailffurfio o gwmpas ffocws newydd gydag aelodaeth wahanol.',
      },
      not: {
        en: 'The same members carry on with the same work indefinitely.',
        cy: 'Mae’r un aelodau’n parhau â’r un gwaith am byth.',
      },
      strengthen: {
        en: 'Plan an end point: when the enquiry is complete, share what you learned, then re-form around a new focus with the people it needs.',
        cy: 'Cynlluniwch bwynt gorffen: pan fydd yr ymholiad wedi’i gwblhau, rhannwch yr hyn a ddysgoch, ac yna ailffurfiwch o gwmpas ffocws newydd gyda’r bobl sydd eu hangen arno.',
      },
    },
    {
      id: 'impact-on-learners',
      plc: {
        en: 'Measures its impact directly on learner outcomes and shares that impact with others.',
        cy: 'Yn mesur ei effaith yn uniongyrchol ar ganlyniadau dysgwyr ac yn rhannu’r effaith honno ag eraill.',
      },
      not: {
        en: 'Reports on its work and circulates written accounts of it.',
        cy: 'Yn adrodd ar ei waith ac yn dosbarthu adroddiadau ysgrifenedig amdano.',
      },
      strengthen: {
        en: 'Record where your learners start before you change anything, measure again afterwards, and show colleagues the difference.',
        cy: 'Cofnodwch fan cychwyn eich dysgwyr cyn newid dim, mesurwch eto wedyn, a dangoswch y gwahaniaeth i’ch cydweithwyr.',
      },
    },
    {
      id: 'interdependent-learning',
      plc: {
        en: 'Independent and interdependent learning: members learn on their own and from one another.',
        cy: 'Dysgu annibynnol a chyd-ddibynnol: mae’r aelodau’n dysgu ar eu pennau eu hunain ac oddi wrth ei gilydd.',
      },
      not: {
        en: 'Dependent learning: members wait to be told or taught.',
        cy: 'Dysgu dibynnol: mae’r aelodau’n aros i rywun ddweud wrthyn nhw neu eu dysgu.',
      },
      strengthen: {
        en: 'Give each member something to find out and bring back, so the group learns from its own members as well as from outside.',
        cy: 'Rhowch rywbeth i bob aelod ei ymchwilio a’i rannu, fel bod y grŵp yn dysgu gan ei aelodau ei hun yn ogystal ag o’r tu allan.',
      },
    },
    {
      id: 'reflection-on-evidence',
      plc: {
        en: 'Reflects on what individuals and the whole group have learned, based on evidence.',
        cy: 'Yn myfyrio ar yr hyn y mae unigolion a’r grŵp cyfan wedi’i ddysgu, ar sail tystiolaeth.',
      },
      strengthen: {
        en: 'Set aside time at each meeting to reflect, alone and together, on what the evidence shows you have learned.',
        cy: 'Neilltuwch amser ym mhob cyfarfod i fyfyrio, yn unigol ac ar y cyd, ar yr hyn y mae’r dystiolaeth yn ei ddangos am eich dysgu.',
      },
    },
    {
      id: 'community-of-learners',
      plc: {
        en: 'A community of learners.',
        cy: 'Cymuned o ddysgwyr.',
      },
      not: {
        en: 'Participants who co-operate.',
        cy: 'Cyfranogwyr sy’n cydweithredu.',
      },
      strengthen: {
        en: 'Treat everyone, leaders included, as a learner: ask questions, admit what you do not know yet, and learn together.',
        cy: 'Trinwch bawb, gan gynnwys arweinwyr, fel dysgwyr: gofynnwch gwestiynau, cyfaddefwch yr hyn nad ydych yn ei wybod eto, a dysgwch gyda’ch gilydd.',
      },
    },
  ],
  bands: [
    {
      id: 'not-yet',
      min: 0,
      label: { en: 'Not yet a PLC', cy: 'Ddim yn CDP eto' },
      summary: {
        en: 'Fewer than half of the rows are on the PLC side. Pick one or two rows to strengthen first; the feedback on each row suggests where to start.',
        cy: 'Mae llai na hanner y rhesi ar ochr y CDP. Dewiswch un neu ddwy res i’w cryfhau yn gyntaf; mae’r adborth ar bob rhes yn awgrymu ble i ddechrau.',
      },
    },
    {
      id: 'emerging',
      min: 0.5,
      label: { en: 'Emerging PLC', cy: 'CDP sy’n datblygu' },
      summary: {
        en: 'At least half of the rows are on the PLC side. Keep what works and focus on the rows still on the other side.',
        cy: 'Mae o leiaf hanner y rhesi ar ochr y CDP. Daliwch eich gafael ar yr hyn sy’n gweithio a chanolbwyntiwch ar y rhesi sydd ar yr ochr arall o hyd.',
      },
    },
    {
      id: 'working-as-a-plc',
      min: 0.8,
      label: { en: 'Working as a PLC', cy: 'Yn gweithio fel CDP' },
      summary: {
        en: 'Four in five rows or more are on the PLC side. Check the remaining rows, and plan how the group will share its impact and re-form.',
        cy: 'Mae pedair rhes o bob pump neu fwy ar ochr y CDP. Edrychwch ar y rhesi sy’n weddill, a chynlluniwch sut bydd y grŵp yn rhannu ei effaith ac yn ailffurfio.',
      },
    },
  ],
} satisfies ChecklistFramework;
