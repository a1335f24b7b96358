import { audit } from '../../../platform/audit/audit.js';
import { endOfWorkingDays } from '../../../platform/clock.js';
import { requireReferenced } from '../../../platform/db/referenced.js';
import type { Ctx } from '../../../platform/http/context.js';
import { problem } from '../../../platform/http/problems.js';
import { createTask } from '../../../platform/tasks/index.js';
import type { InformVictimBody, InvestigationView, ScreenCrimeBody } from '../contract.js';
import { CRIME_TARGET, findInvestigationByCrime, findOpenTasks, getCrimeFacts, insertInvestigation, SCREEN_OUT_TASK_KIND } from '../queries.js';
import { allocationDecision, screenCrime as screen } from '../rules.js';
import { changeInvestigation, crimeFactsOf, finishTasks, forceRules, investigationView } from './shared.js';

/**
 * Screens a recorded crime (solvability and THRIVE risk) and proposes where it goes under the force's table.
 * A screened-out crime raises the task of telling the victim (Victims' Code: a decision not to investigate,
 * within 5 working days, 1 for enhanced-rights victims).
 */
export async function screenCrime(ctx: Ctx, body: ScreenCrimeBody): Promise<InvestigationView> {
  return ctx.db.transaction(async (tx) => {
    await requireReferenced(tx, ctx.forceId, [{ path: 'body.crimeId', id: body.crimeId, to: CRIME_TARGET }]);
    const crime = await getCrimeFacts(tx, ctx.forceId, body.crimeId);
    if (crime.status !== 'recorded') throw problem('invalid-state', `The crime is ${crime.status}; only a recorded crime is investigated.`);
    if (await findInvestigationByCrime(tx, ctx.forceId, crime.id)) throw problem('conflict', `Crime ${crime.reference} has already been screened.`);
    const facts = crimeFactsOf(crime);
    const rules = await forceRules(tx, ctx);
    const screening = screen(facts, { thrive: body.thrive, solvability: body.solvability, dashLevel: body.dashLevel ?? null });
    const decision = allocationDecision(facts, screening, rules.allocationRules);
    const now = ctx.now();
    const inv = await insertInvestigation(tx, {
      forceId: ctx.forceId,
      crimeId: crime.id,
      status: decision.screenOut ? 'screened_out' : 'screened',
      risk: screening.risk,
      riskReasons: screening.riskReasons,
      thrive: Object.fromEntries(Object.entries(body.thrive).filter(([, v]) => v !== undefined)) as Record<string, string>,
      solvabilityFactors: [...new Set(body.solvability)],
      solvabilityScore: screening.solvabilityScore,
      domesticAbuse: facts.domesticAbuse,
      childVictim: facts.childVictim,
      vulnerableVictim: facts.vulnerableVictim,
      rapeOrSeriousSexual: facts.rape || facts.seriousSexual,
      screenedAt: now,
      screenedBy: ctx.user.id,
      allocationRuleId: decision.ruleId,
      allocationLabel: decision.label,
      team: decision.unit,
      rulesVersion: rules.version,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, ctx, 'investigation.screened', { type: 'investigation', id: inv.id }, {
      detail: { crimeId: crime.id, risk: screening.risk, solvability: screening.solvabilityScore, rule: decision.ruleId, unit: decision.unit, screenOut: decision.screenOut, rulesVersion: rules.version },
    });
    if (decision.screenOut) {
      const enhanced = facts.vulnerableVictim || facts.domesticAbuse || facts.childVictim;
      await createTask(tx, ctx, {
        kind: SCREEN_OUT_TASK_KIND,
        title: `Tell the victim of ${crime.reference} it has been screened out`,
        detail: 'Explain the decision not to investigate further unless new information comes to light (Victims’ Code).',
        entity: { type: 'investigation', id: inv.id },
        dueAt: endOfWorkingDays(now, enhanced ? 1 : 5),
        assignee: { userId: ctx.user.id },
        closesVia: 'recording on the investigation that the victim was told',
      });
    }
    return investigationView(tx, ctx, inv);
  });
}

/** Records that the victim of a screened-out crime has been told, completing the reminder. */
export function informVictimOfScreenOut(ctx: Ctx, id: string, version: number, body: InformVictimBody): Promise<InvestigationView> {
  return changeInvestigation(ctx, id, version, async (tx, inv) => {
    if (inv.status !== 'screened_out') throw problem('invalid-state', 'Only a screened-out investigation records the victim being told of the screening decision.');
    if (inv.screenOutVictimInformedAt) throw problem('invalid-state', 'The victim has already been recorded as told.');
    const at = new Date(body.at);
    if (at > ctx.now()) throw problem('validation', 'at: must not be in the future', [{ path: 'body.at', message: 'must not be in the future' }]);
    const open = await findOpenTasks(tx, ctx.forceId, inv.id, SCREEN_OUT_TASK_KIND);
    await finishTasks(tx, ctx, open, 'victim_informed', `Told by ${body.method}`);
    return {
      values: { screenOutVictimInformedAt: at, screenOutVictimInformedMethod: body.method },
      action: 'investigation.screen_out_victim_informed',
      detail: { method: body.method, at: body.at, tasksCompleted: open.map((t) => t.id) },
    };
  });
}
