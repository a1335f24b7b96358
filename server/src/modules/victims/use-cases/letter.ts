import type { Ctx } from '../../../platform/http/context.js';
import { audit } from '../../../platform/audit/audit.js';
import { CONTACT_METHODS, whatToExpect, type ContactMethod, type EntitlementLevel } from '../rules.js';
import type { LetterView } from '../contract.js';
import { buildVictimView } from './read-victim.js';
import { classificationLabel, VICTIM_ENTITY, victimForUser } from './shared.js';
import { getCrimeForVictimCare } from '../queries.js';

const londonDay = (iso: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso)).replace(',', '');

/** The victim's own summary in plain English: what to expect, the next update, who to contact (issue 7). */
export function victimLetter(ctx: Ctx, id: string): Promise<LetterView> {
  return ctx.db.transaction(async (tx) => {
    const victim = await victimForUser(tx, ctx, id);
    const view = await buildVictimView(tx, ctx, id);
    const crime = await getCrimeForVictimCare(tx, ctx.forceId, victim.crimeId);
    const interval = view.contract?.updateIntervalDays ?? 28;
    const nextUpdate = view.entitlements.filter((e) => e.taskStatus === 'open').map((e) => e.dueAt).sort()[0] ?? null;
    await audit(tx, ctx, 'victim.letter_printed', { type: VICTIM_ENTITY, id });
    return {
      victimName: `${view.person.forenames} ${view.person.surname}`,
      crimeReference: view.crime.reference,
      crimeDescription: classificationLabel(crime.classificationCode),
      level: view.level,
      levelExplained: view.level === 'enhanced'
        ? `You are entitled to enhanced support because: ${view.reasons.map((r) => r.label.toLowerCase()).join('; ')}.`
        : 'You are entitled to the standard support the Victims’ Code gives every victim of crime.',
      whatToExpect: whatToExpect(view.level as EntitlementLevel, interval),
      nextUpdateDue: nextUpdate && londonDay(nextUpdate),
      officer: { name: view.oic.displayName, team: view.oic.team },
      howToContact: `We agreed to contact you by ${CONTACT_METHODS[(view.contract?.method ?? view.needs.preferredContactMethod) as ContactMethod]?.toLowerCase() ?? 'telephone'}. To reach ${view.oic.displayName}, call 101 and quote ${view.crime.reference}. In an emergency always call 999.`,
      supportServices: view.referrals.map((r) => `${r.serviceName} (${r.status.replaceAll('_', ' ')})`),
      issuedAt: ctx.now().toISOString(),
    };
  });
}
