-- STANDARDS §5: every racially or religiously aggravated offence is a hate crime whatever strand is ticked, so its
-- victim has enhanced rights. Victims of such crimes assessed as standard because no strand was recorded are not
-- changed silently: their officer in the case gets a task to re-assess needs (the re-assessment derives the level
-- and its reasons, and re-times the open entitlements), due in one working day and escalating like any task.
INSERT INTO tasks (force_id, id, kind, title, detail, entity_type, entity_id, assignee_user_id, due_at, escalate_to_role, status, version, created_at, updated_at)
SELECT v.force_id, gen_random_uuid(), 'victim-reassess-hate',
       'Re-assess the victim’s needs: ' || p.reference || ' (' || c.reference || ')',
       'The crime is a racially or religiously aggravated offence, which is a hate crime whatever strand is recorded: the victim is entitled to enhanced rights (Victims’ Code). Re-assess to apply them.',
       'victim', v.id, v.oic_user_id, now() + interval '1 day', 'sergeant', 'open', 1, now(), now()
  FROM victims v
  JOIN crimes c ON c.force_id = v.force_id AND c.id = v.crime_id
  JOIN persons p ON p.force_id = v.force_id AND p.id = v.person_id
 WHERE c.classification_code IN ('8P', '9B')
   AND coalesce(cardinality(c.hate_strands), 0) = 0
   AND v.level = 'standard' AND NOT v.business_victim
   AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.force_id = v.force_id AND t.entity_id = v.id AND t.kind = 'victim-reassess-hate');
