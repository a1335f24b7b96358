-- STANDARDS §5: a limit of N working days ends at the close of the Nth working day (Europe/London), not at the
-- event's clock time. Deadlines stored under the old rule fell on the right day at the wrong time; move each to the
-- last millisecond of that London day (idempotent: a close-of-day deadline stays where it is). Victims' Code
-- entitlements counted in working days (every event but the calendar-day 'update'), their tasks, and the task to tell
-- a screened-out victim. Dashboards then count a contact made later that day as on time, as the Code intends.
UPDATE victim_entitlements
   SET due_at = (date_trunc('day', due_at AT TIME ZONE 'Europe/London') + interval '1 day' - interval '1 millisecond') AT TIME ZONE 'Europe/London'
 WHERE event <> 'update';
--> statement-breakpoint
UPDATE tasks t
   SET due_at = e.due_at
  FROM victim_entitlements e
 WHERE e.force_id = t.force_id AND e.task_id = t.id AND e.event <> 'update' AND t.due_at <> e.due_at;
--> statement-breakpoint
UPDATE tasks
   SET due_at = (date_trunc('day', due_at AT TIME ZONE 'Europe/London') + interval '1 day' - interval '1 millisecond') AT TIME ZONE 'Europe/London'
 WHERE kind = 'investigation-screen-out-victim';
