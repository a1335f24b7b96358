import { audit } from '../../../platform/audit/audit.js';
import type { Ctx } from '../../../platform/http/context.js';
import { fieldProblem } from '../../../platform/http/problems.js';
import type { RuleSetBody } from '../contract.js';
import { insertRuleSet, latestRuleSet, maxRuleSetVersion } from '../queries.js';
import { DEFAULT_ALLOCATION_RULES, DEFAULT_REVIEW_CADENCE, INVESTIGATION_RULES_VERSION } from '../rules.js';

/** The allocation table and review cadence in effect for the force (design defaults until the force sets its own). */
export async function currentRuleSet(ctx: Ctx) {
  const row = await latestRuleSet(ctx.db, ctx.forceId, ctx.now());
  if (!row) {
    return { version: 0, effectiveFrom: null, allocationRules: [...DEFAULT_ALLOCATION_RULES], reviewCadence: { ...DEFAULT_REVIEW_CADENCE }, rulesVersion: INVESTIGATION_RULES_VERSION };
  }
  return {
    version: row.version, effectiveFrom: row.effectiveFrom.toISOString(), allocationRules: row.allocationRules as unknown[],
    reviewCadence: row.reviewCadence as Record<string, unknown>, rulesVersion: `${INVESTIGATION_RULES_VERSION}/${ctx.forceId}-${row.version}`,
  };
}

/** A new version of the force's rule set; earlier versions stay, and decisions keep the version they used. */
export async function publishRuleSet(ctx: Ctx, body: RuleSetBody) {
  const ids = body.allocationRules.map((r) => r.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw fieldProblem('body.allocationRules', `rule id ${duplicate} is used twice`);
  await ctx.db.transaction(async (tx) => {
    const version = (await maxRuleSetVersion(tx, ctx.forceId)) + 1;
    const row = await insertRuleSet(tx, {
      forceId: ctx.forceId, version, effectiveFrom: body.effectiveFrom ? new Date(body.effectiveFrom) : ctx.now(),
      allocationRules: body.allocationRules, reviewCadence: body.reviewCadence, createdBy: ctx.user.id, createdAt: ctx.now(),
    });
    await audit(tx, ctx, 'investigation_rules.published', { type: 'investigation_rule_set', id: row.id }, { detail: { version, rules: ids } });
  });
  return currentRuleSet(ctx);
}
