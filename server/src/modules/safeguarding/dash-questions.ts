/**
 * The 27 DASH (2009) question themes in our own words (STANDARDS §8). Pure constants: the web form
 * imports this file too, so the live score in the browser is the same rule the server stores.
 */
export const DASH_QUESTIONS = [
  { n: 1, key: 'injured_now', text: 'Is the victim hurt now, from this incident?' },
  { n: 2, key: 'very_frightened', text: 'Is the victim very frightened?' },
  { n: 3, key: 'fears_worse', text: 'Does the victim fear further harm, or being killed?' },
  { n: 4, key: 'isolated', text: 'Is the victim cut off from family, friends or others?' },
  { n: 5, key: 'depressed_suicidal', text: 'Is the victim feeling low, depressed or thinking of suicide?' },
  { n: 6, key: 'separated', text: 'Has the victim separated, or tried to, in the past year?' },
  { n: 7, key: 'child_contact_conflict', text: 'Is there conflict over contact with children?' },
  { n: 8, key: 'stalking', text: 'Does the abuser follow, watch or keep contacting the victim?' },
  { n: 9, key: 'pregnant_or_baby', text: 'Is the victim pregnant, or has a baby under 18 months?' },
  { n: 10, key: 'other_children', text: 'Are there children or dependants at home who are not the abuser’s?' },
  { n: 11, key: 'children_hurt', text: 'Has the abuser hurt children or dependants?' },
  { n: 12, key: 'children_threatened', text: 'Has the abuser threatened to hurt children or dependants?' },
  { n: 13, key: 'more_often', text: 'Is the abuse happening more often?' },
  { n: 14, key: 'getting_worse', text: 'Is the abuse getting worse?' },
  { n: 15, key: 'controlling', text: 'Does the abuser try to control everything, or act out of jealousy?' },
  { n: 16, key: 'weapons', text: 'Has the abuser used a weapon or object to hurt the victim?' },
  { n: 17, key: 'threats_to_kill', text: 'Has the abuser threatened to kill the victim or someone else, and was it believed?' },
  { n: 18, key: 'strangled', text: 'Has the abuser ever strangled, choked, suffocated or drowned the victim?' },
  { n: 19, key: 'sexual_abuse', text: 'Does the abuser do or say sexual things that hurt or frighten the victim?' },
  { n: 20, key: 'others_threaten', text: 'Is anyone else threatening the victim, including for “honour” reasons?' },
  { n: 21, key: 'hurt_others', text: 'Has the abuser hurt anyone else?' },
  { n: 22, key: 'hurt_animals', text: 'Has the abuser hurt or threatened pets or other animals?' },
  { n: 23, key: 'financial', text: 'Are there money problems, or does the abuser control the money?' },
  { n: 24, key: 'abuser_substances_mental_health', text: 'Does the abuser have problems with drugs, alcohol or mental health?' },
  { n: 25, key: 'abuser_suicide_threats', text: 'Has the abuser threatened or tried suicide?' },
  { n: 26, key: 'breached_bail_orders', text: 'Has the abuser broken bail, an injunction or another order?' },
  { n: 27, key: 'criminal_history', text: 'Does the abuser have a criminal history of violence or harassment?' },
] as const;

export type DashQuestionKey = (typeof DASH_QUESTIONS)[number]['key'];
export const DASH_QUESTION_KEYS = DASH_QUESTIONS.map((q) => q.key) as [DashQuestionKey, ...DashQuestionKey[]];

export const DASH_ANSWERS = ['yes', 'no', 'not_known'] as const;
export type DashAnswer = (typeof DASH_ANSWERS)[number];

export const RISK_LEVELS = ['standard', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** STANDARDS §8: only "yes" counts; unanswered and "not known" count as "no" but stay stored as given. */
export function dashScore(answers: Partial<Record<string, DashAnswer | null | undefined>>): number {
  return DASH_QUESTION_KEYS.filter((key) => answers[key] === 'yes').length;
}
