-- An automatic child referral (raised from a DASH with children present or resident) stored the victim's name in its
-- subject description ("2 children in the household of Alice Marchetti"), and the referrals hub shows that text to
-- everyone who triages, whether or not they may see a restricted victim (issue 13 item 5). New referrals store the
-- victim's reference and show the name only to a viewer personRefs lets see it; this rewrites the stored ones the
-- same way. Only referrals the DASH raised itself are touched (their concern names the DASH); running it again
-- changes nothing.
UPDATE "safeguarding_referrals" AS r
SET "subject_description" = substring(r."subject_description" from 1 for position(' in the household of ' in r."subject_description") - 1)
  || ' in the household of ' || p."reference"
FROM "dash_assessments" AS d
JOIN "persons" AS p ON p."force_id" = d."force_id" AND p."id" = d."victim_person_id"
WHERE d."force_id" = r."force_id"
  AND d."id" = r."dash_assessment_id"
  AND r."subject_kind" = 'child'
  AND starts_with(r."concern", 'Domestic abuse incident (' || d."reference" || ')')
  AND position(' in the household of ' in r."subject_description") > 0
  AND r."subject_description" <> substring(r."subject_description" from 1 for position(' in the household of ' in r."subject_description") - 1)
    || ' in the household of ' || p."reference";
