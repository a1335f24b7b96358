-- Victim task titles named the victim ("Agreed update to the victim: Alice Marchetti (HT/26/000123)"), and a task
-- title is shown to whoever sees the task (My work, team queues), so a restricted victim's name reached people who
-- are not on the access list (issue 13 item 5). New tasks name the person by reference; this rewrites the stored
-- ones the same way: "<what to do>: <person reference> (<crime reference>)". The action text never contains ": ",
-- so the part before the first ": " is kept. Running it again changes nothing.
UPDATE "tasks" AS t
SET "title" = split_part(t."title", ': ', 1) || ': ' || p."reference" || ' (' || c."reference" || ')'
FROM "victims" AS v
JOIN "persons" AS p ON p."force_id" = v."force_id" AND p."id" = v."person_id"
JOIN "crimes" AS c ON c."force_id" = v."force_id" AND c."id" = v."crime_id"
WHERE t."kind" LIKE 'victim-%'
  AND t."entity_type" = 'victim'
  AND v."force_id" = t."force_id"
  AND v."id" = t."entity_id"
  AND position(': ' in t."title") > 0
  AND t."title" <> split_part(t."title", ': ', 1) || ': ' || p."reference" || ' (' || c."reference" || ')';
