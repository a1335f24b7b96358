import type { Ctx } from '../../../platform/http/context.js';
import { problem } from '../../../platform/http/problems.js';
import { audit } from '../../../platform/audit/audit.js';
import { finishTask } from '../../../platform/tasks/index.js';
import type { EntitlementView, RecordContactBody, RecordEventBody } from '../contract.js';
import { presentContact, presentEntitlement } from '../present.js';
import {
  findContract, getCrimeForVictimCare, insertContact, isCrimeLive, listContactsOfVictim, listEntitlements, listVictimsById, lockOpenEntitlements,
  setEntitlementContact,
} from '../queries.js';
import { contactRecordProblems, NO_CONTACT_REASONS, type NoContactReason } from '../rules.js';
import { raiseEntitlement, VICTIM_ENTITY, victimForUser } from './shared.js';

/**
 * Records one contact with a victim (or an attempt that failed, with why) and lets it count for the victim's other
 * linked crimes (STANDARDS §5). A contact made meets the entitlements named and every open agreed update of the
 * crimes it counts for, and starts the next agreed update; a contact not made closes the named entitlements as
 * missed, with the reason. Either way the reminder clears only with this record (F13).
 */
export async function recordContact(ctx: Ctx, id: string, body: RecordContactBody) {
  const problems = contactRecordProblems(body, ctx.now()).map((p) => ({ ...p, path: `body.${p.path}` }));
  if (!body.made && body.entitlementIds.length === 0) problems.push({ path: 'body.entitlementIds', message: 'name the entitlements that could not be met' });
  if (problems.length > 0) throw problem('validation', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const victim = await victimForUser(tx, ctx, id);
    const otherIds = [...new Set(body.alsoForVictimIds)].filter((v) => v !== id);
    const others = await listVictimsById(tx, ctx.forceId, otherIds);
    if (others.length !== otherIds.length || others.some((o) => o.victim.personId !== victim.personId)) {
      throw problem('unprocessable', 'A contact can count only for other crimes of the same victim.', [{ path: 'body.alsoForVictimIds', message: 'not a victim record of the same person in your force' }]);
    }
    const covered = [victim.id, ...otherIds];
    const open = await lockOpenEntitlements(tx, ctx.forceId, covered);
    const named = new Set(body.entitlementIds);
    const unknown = [...named].filter((e) => !open.some((o) => o.entitlement.id === e));
    if (unknown.length > 0) {
      throw problem('unprocessable', 'Some entitlements are not open entitlements of this victim’s crimes.', [{ path: 'body.entitlementIds', message: `not open here: ${unknown.join(', ')}` }]);
    }
    const targets = open.filter((o) => named.has(o.entitlement.id) || (body.made && o.entitlement.event === 'update'));
    const contact = await insertContact(tx, {
      forceId: ctx.forceId, personId: victim.personId, made: body.made, contactedAt: new Date(body.contactedAt!), method: body.method!,
      summary: body.made ? body.summary!.trim() : (body.summary?.trim() || null),
      noContactReasonCode: body.made ? null : body.noContactReasonCode!, noContactReason: body.made ? null : body.noContactReason!.trim(),
      recordedBy: ctx.user.id, recordedAt: now,
    }, covered);
    for (const t of targets) {
      await finishTask(tx, ctx, t.task, body.made
        ? { status: 'completed', outcome: 'contact_made', outcomeReason: body.summary!.trim().slice(0, 500), outcomeDetail: { contactId: contact.id, method: body.method, contactedAt: body.contactedAt } }
        : { status: 'closed', outcome: `no_contact:${body.noContactReasonCode}`, outcomeReason: `${NO_CONTACT_REASONS[body.noContactReasonCode as NoContactReason]}: ${body.noContactReason!.trim()}`, outcomeDetail: { contactId: contact.id } });
    }
    await setEntitlementContact(tx, ctx.forceId, targets.map((t) => t.entitlement.id), contact.id);

    // The next agreed update counts from this contact, for every live crime whose update it met or missed.
    const nextUpdates: EntitlementView[] = [];
    const coveredRows = await listVictimsById(tx, ctx.forceId, covered);
    const updatedVictims = new Set(targets.filter((x) => x.entitlement.event === 'update').map((x) => x.entitlement.victimId));
    for (const victimId of updatedVictims) {
      const row = coveredRows.find((r) => r.victim.id === victimId)!;
      if (!isCrimeLive(row.crime)) continue;
      const contract = await findContract(tx, ctx.forceId, row.victim.id);
      const next = await raiseEntitlement(tx, ctx, row.victim, {
        event: 'update', eventAt: contact.contactedAt, intervalDays: contract?.updateIntervalDays, crimeReference: row.crime.reference,
      });
      const [record] = (await listEntitlements(tx, ctx.forceId, [row.victim.id])).filter((e) => e.entitlement.id === next.id);
      nextUpdates.push(presentEntitlement(record, now));
    }
    await audit(tx, ctx, body.made ? 'victim.contacted' : 'victim.contact_not_made', { type: VICTIM_ENTITY, id }, {
      reason: body.made ? null : body.noContactReason,
      detail: { contactId: contact.id, countsFor: covered, met: body.made ? targets.map((t) => t.entitlement.id) : [], notMet: body.made ? [] : targets.map((t) => t.entitlement.id) },
    });
    const [view] = (await listContactsOfVictim(tx, ctx.forceId, id)).filter((c) => c.contact.id === contact.id);
    return {
      contact: presentContact(view),
      met: body.made ? targets.map((t) => t.entitlement.id) : [],
      notMet: body.made ? [] : targets.map((t) => t.entitlement.id),
      nextUpdates,
    };
  });
}

/** An investigation event the victim must be told of: a task due within 1 (enhanced) or 5 (standard) working days. */
export async function recordVictimEvent(ctx: Ctx, id: string, body: RecordEventBody): Promise<EntitlementView> {
  const occurredAt = new Date(body.occurredAt);
  if (occurredAt.getTime() > ctx.now().getTime() + 5 * 60_000) throw problem('validation', 'occurredAt: must not be in the future', [{ path: 'body.occurredAt', message: 'must not be in the future' }]);
  return ctx.db.transaction(async (tx) => {
    const victim = await victimForUser(tx, ctx, id);
    const crime = await getCrimeForVictimCare(tx, ctx.forceId, victim.crimeId);
    if (!isCrimeLive(crime) && body.event !== 'outcome') throw problem('invalid-state', `Crime ${crime.reference} is no longer live; only its outcome can still be told.`);
    const entitlement = await raiseEntitlement(tx, ctx, victim, { event: body.event, eventAt: occurredAt, note: body.note, crimeReference: crime.reference });
    await audit(tx, ctx, 'victim.event_recorded', { type: VICTIM_ENTITY, id }, { detail: { event: body.event, occurredAt: body.occurredAt, entitlementId: entitlement.id, dueAt: entitlement.dueAt.toISOString() } });
    const [record] = (await listEntitlements(tx, ctx.forceId, [id])).filter((e) => e.entitlement.id === entitlement.id);
    return presentEntitlement(record, ctx.now());
  });
}
