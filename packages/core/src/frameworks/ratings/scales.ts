import type { RatingFramework } from '../../schema/framework.js';

/**
 * The four-point agreement scale used by the PLCA-R and most PLC surveys (domain.md §3): no middle
 * point, so a respondent leans one way. Shared by the built-in rating frameworks.
 */
export const agreementScale = {
  min: 1,
  max: 4,
  points: [
    { value: 1, label: { en: 'Strongly disagree', cy: 'Anghytuno’n gryf' } },
    { value: 2, label: { en: 'Disagree', cy: 'Anghytuno' } },
    { value: 3, label: { en: 'Agree', cy: 'Cytuno' } },
    { value: 4, label: { en: 'Strongly agree', cy: 'Cytuno’n gryf' } },
  ],
} satisfies RatingFramework['scale'];

/** 3.0 and above read as agreement, the PLCA-R's reporting convention. */
export const agreementReference = {
  value: 3,
  label: { en: 'Agreement (3 and above)', cy: 'Cytuno (3 ac uwch)' },
} satisfies NonNullable<RatingFramework['reference']>;

/** The sentence every heuristic rating framework's description ends with. */
export const REFLECTION_AID = {
  en: 'A reflection aid for your group, not a validated survey.',
  cy: 'Cymorth i’ch grŵp fyfyrio, nid arolwg wedi’i ddilysu.',
} as const;

/** Standard description for a four-point agreement rating, with the framework's own lead sentence. */
export function agreementDescription(lead: { en: string; cy: string }): { en: string; cy: string } {
  return {
    en: `${lead.en} Rate each from 1 (strongly disagree) to 4 (strongly agree); an average of 3 or more reads as agreement. ${REFLECTION_AID.en}`,
    cy: `${lead.cy} Rhowch sgôr i bob un o 1 (anghytuno’n gryf) i 4 (cytuno’n gryf); mae cyfartaledd o 3 neu fwy yn golygu cytuno. ${REFLECTION_AID.cy}`,
  };
}
