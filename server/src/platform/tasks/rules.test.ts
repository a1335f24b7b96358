import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assignmentRefusal, closeRefusal, completeRefusal, isTaskOverdue, recordedElsewhereRefusal, taskAccess, taskNeedsEscalation, taskSortKey,
  TASK_CLOSE_REASON_CODES, TASK_CLOSE_REASONS, type TaskAssignment, type TaskViewer,
} from './rules.js';

const NOW = new Date('2026-11-23T10:00:00Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

// DESIGN §4: overdue tasks escalate to the supervisor, once.
describe('isTaskOverdue and taskNeedsEscalation', () => {
  const cases: { name: string; status: string; dueAt: Date; escalatedAt: Date | null; overdue: boolean; escalate: boolean }[] = [
    { name: 'open, due in the future', status: 'open', dueAt: minutes(5), escalatedAt: null, overdue: false, escalate: false },
    { name: 'open, due exactly now', status: 'open', dueAt: NOW, escalatedAt: null, overdue: false, escalate: false },
    { name: 'open, a minute past due', status: 'open', dueAt: minutes(-1), escalatedAt: null, overdue: true, escalate: true },
    { name: 'open, past due, already escalated', status: 'open', dueAt: minutes(-60), escalatedAt: minutes(-30), overdue: true, escalate: false },
    { name: 'completed after its due time', status: 'completed', dueAt: minutes(-60), escalatedAt: null, overdue: false, escalate: false },
    { name: 'closed after its due time', status: 'closed', dueAt: minutes(-60), escalatedAt: null, overdue: false, escalate: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.equal(isTaskOverdue(c, NOW), c.overdue);
      assert.equal(taskNeedsEscalation(c, NOW), c.escalate);
    });
  }
});

// STANDARDS §17 F13: reminders had been overridden; a task closes only with an outcome, or an audited reason.
describe('completeRefusal', () => {
  const cases: { name: string; status: string; outcome?: string | null; refused: RegExp | null }[] = [
    { name: 'open with an outcome', status: 'open', outcome: 'Victim updated by phone', refused: null },
    { name: 'no outcome', status: 'open', outcome: undefined, refused: /outcome/ },
    { name: 'blank outcome', status: 'open', outcome: '   ', refused: /outcome/ },
    { name: 'already completed', status: 'completed', outcome: 'Again', refused: /already been completed/ },
    { name: 'already closed', status: 'closed', outcome: 'Done', refused: /already been closed/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const refusal = completeRefusal({ status: c.status }, { outcome: c.outcome });
      if (c.refused) assert.match(refusal ?? '', c.refused);
      else assert.equal(refusal, null);
    });
  }
});

// STANDARDS §17 F13: a task can never be dismissed; closing without doing it needs a reason code and a written reason.
describe('closeRefusal', () => {
  const cases: { name: string; status: string; reasonCode?: string | null; reason?: string | null; refused: RegExp | null }[] = [
    { name: 'code and a full reason', status: 'open', reasonCode: 'duplicate', reason: 'Same as task raised by PC Jones', refused: null },
    { name: 'reason of exactly 10 characters', status: 'open', reasonCode: 'other', reason: '0123456789', refused: null },
    { name: 'no reason code (a plain dismissal)', status: 'open', reasonCode: null, reason: 'Not needed any more', refused: /Choose why/ },
    { name: 'unknown reason code', status: 'open', reasonCode: 'dismissed', reason: 'Not needed any more', refused: /Choose why/ },
    { name: 'no reason text', status: 'open', reasonCode: 'not_required', reason: undefined, refused: /at least 10/ },
    { name: 'reason too short', status: 'open', reasonCode: 'not_required', reason: 'n/a', refused: /at least 10/ },
    { name: 'reason padded with spaces', status: 'open', reasonCode: 'not_required', reason: '   n/a      ', refused: /at least 10/ },
    { name: 'already completed', status: 'completed', reasonCode: 'duplicate', reason: 'Same as another task', refused: /already been completed/ },
    { name: 'already closed', status: 'closed', reasonCode: 'duplicate', reason: 'Same as another task', refused: /already been closed/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const refusal = closeRefusal({ status: c.status }, { reasonCode: c.reasonCode, reason: c.reason });
      if (c.refused) assert.match(refusal ?? '', c.refused);
      else assert.equal(refusal, null);
    });
  }

  it('every reason code has a label and none means "dismissed"', () => {
    assert.deepEqual(TASK_CLOSE_REASON_CODES, ['not_required', 'duplicate', 'superseded', 'could_not_complete', 'other']);
    for (const code of TASK_CLOSE_REASON_CODES) assert.ok(TASK_CLOSE_REASONS[code].length > 0);
  });
});

// DESIGN §5 need-to-know; STANDARDS §17 F10: supervisors see every task of the force and escalations reach them.
describe('taskAccess', () => {
  const ME = 'u-me';
  const constable: TaskViewer = { id: ME, team: 'Response A', role: 'constable', supervises: false };
  const colleague: TaskViewer = { id: 'u-other', team: 'Response A', role: 'constable', supervises: false };
  const stranger: TaskViewer = { id: 'u-far', team: 'CID', role: 'constable', supervises: false };
  const sergeant: TaskViewer = { id: 'u-sgt', team: 'Response A', role: 'sergeant', supervises: true };
  const registrar: TaskViewer = { id: 'u-reg', team: null, role: 'crime_registrar', supervises: false };
  const task = (over: Partial<TaskAssignment>): TaskAssignment => ({
    status: 'open', assigneeUserId: ME, assigneeTeam: null, escalatedAt: null, escalateToRole: 'sergeant', ...over,
  });
  const cases: { name: string; task: TaskAssignment; viewer: TaskViewer; visible: boolean; act: boolean; reassign: boolean }[] = [
    { name: 'assignee', task: task({}), viewer: constable, visible: true, act: true, reassign: false },
    { name: 'another constable of the same team (task names a person)', task: task({ assigneeTeam: 'Response A' }), viewer: colleague, visible: false, act: false, reassign: false },
    { name: 'team member, task for the team with nobody named', task: task({ assigneeUserId: null, assigneeTeam: 'Response A' }), viewer: colleague, visible: true, act: true, reassign: false },
    { name: 'someone of another team', task: task({ assigneeUserId: null, assigneeTeam: 'Response A' }), viewer: stranger, visible: false, act: false, reassign: false },
    { name: 'supervisor', task: task({}), viewer: sergeant, visible: true, act: true, reassign: true },
    { name: 'supervisor, completed task', task: task({ status: 'completed' }), viewer: sergeant, visible: true, act: false, reassign: false },
    { name: 'assignee, closed task', task: task({ status: 'closed' }), viewer: constable, visible: true, act: false, reassign: false },
    { name: 'escalated to the viewer role', task: task({ escalatedAt: NOW, escalateToRole: 'crime_registrar' }), viewer: registrar, visible: true, act: true, reassign: false },
    { name: 'not yet escalated to the viewer role', task: task({ escalateToRole: 'crime_registrar' }), viewer: registrar, visible: false, act: false, reassign: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const access = taskAccess(c.task, c.viewer);
      assert.deepEqual(access, { visible: c.visible, complete: c.act, close: c.act, reassign: c.reassign });
    });
  }
});

describe('assignmentRefusal', () => {
  const constable: TaskViewer = { id: 'u-me', team: 'Response A', role: 'constable', supervises: false };
  const sergeant: TaskViewer = { ...constable, id: 'u-sgt', role: 'sergeant', supervises: true };
  const cases: { name: string; viewer: TaskViewer; assignee: { userId: string | null; team: string | null }; refused: boolean }[] = [
    { name: 'constable to self', viewer: constable, assignee: { userId: 'u-me', team: null }, refused: false },
    { name: 'constable to own team', viewer: constable, assignee: { userId: null, team: 'Response A' }, refused: false },
    { name: 'constable to a colleague', viewer: constable, assignee: { userId: 'u-other', team: null }, refused: true },
    { name: 'constable to another team', viewer: constable, assignee: { userId: null, team: 'CID' }, refused: true },
    { name: 'supervisor to anyone', viewer: sergeant, assignee: { userId: 'u-other', team: null }, refused: false },
    { name: 'supervisor to another team', viewer: sergeant, assignee: { userId: null, team: 'CID' }, refused: false },
  ];
  for (const c of cases) {
    it(c.name, () => assert.equal(assignmentRefusal(c.viewer, c.assignee) !== null, c.refused));
  }
});

// DESIGN §3: the default sort of tasks is by due date, with overdue work first.
describe('taskSortKey', () => {
  it('puts overdue open tasks first, then orders by due time, then id', () => {
    const tasks = [
      { id: 'e', status: 'open', dueAt: minutes(120) },
      { id: 'd', status: 'completed', dueAt: minutes(-300) },
      { id: 'c', status: 'open', dueAt: minutes(-10) },
      { id: 'b', status: 'open', dueAt: minutes(30) },
      { id: 'a', status: 'open', dueAt: minutes(-200) },
      { id: 'f', status: 'open', dueAt: minutes(30) },
    ];
    const sorted = [...tasks].sort((x, y) => {
      const [kx, ky] = [taskSortKey(x, NOW), taskSortKey(y, NOW)];
      return kx[0] - ky[0] || kx[1] - ky[1] || kx[2].localeCompare(ky[2]);
    });
    assert.deepEqual(sorted.map((t) => t.id), ['a', 'c', 'd', 'b', 'f', 'e']);
  });
});

describe('tasks recorded elsewhere (closesVia; STANDARDS §17 F13: a victim reminder clears only with a recorded contact)', () => {
  const open = { status: 'open', closesVia: 'recording the contact on the victim’s page' };
  it('the generic complete is refused even with an outcome', () => {
    assert.match(completeRefusal(open, { outcome: 'done' }) ?? '', /clears only by recording the contact/);
  });
  it('the generic close is refused even with a reason code and reason', () => {
    assert.match(closeRefusal(open, { reasonCode: 'not_required', reason: 'Victim does not want updates' }) ?? '', /clears only by/);
  });
  it('tasks without closesVia are unaffected', () => {
    assert.equal(completeRefusal({ status: 'open', closesVia: null }, { outcome: 'done' }), null);
    assert.equal(recordedElsewhereRefusal({ closesVia: null }), null);
  });
  it('the abilities map offers no complete/close button for such a task; supervisors may still reassign it', () => {
    const a = taskAccess({ ...open, assigneeUserId: 'u1', assigneeTeam: null, escalatedAt: null, escalateToRole: 'sergeant' }, { id: 'u1', team: null, role: 'constable', supervises: true });
    assert.deepEqual(a, { visible: true, complete: false, close: false, reassign: true });
  });
});
