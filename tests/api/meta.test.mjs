// One vocabulary and permissions as data: GET /api/v1/meta serves every coded value with its
// Vietnamese label (the same answer as /api/meta, plus "vocab"), each role's session lists
// exactly the actions of its row of the role × action table, and every audit action the
// server wrote has a label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, admin, ok, server, useServer } from '../lib/harness.mjs';

const PASSWORD = 'Mat-khau-2026';
const at = (date) => ({ effective_on: date, decision_no: '1-QĐ/ĐUK', decision_date: date });
// The role × action table (src/service/core/access.cc), as the web may rely on it.
const TABLE = {
  admin: ['org.read', 'org.write', 'user.manage', 'audit.read', 'member.read', 'member.write', 'lifecycle.write', 'global.write', 'report.read', 'report.freeze', 'meeting.write', 'rating.write', 'rating.approve', 'badge.write', 'inspection.read', 'inspection.write', 'discipline.read', 'discipline.write', 'dues.read', 'dues.collect', 'dues.basis', 'dues.remit', 'training.write', 'cadre.read', 'cadre.write', 'propaganda.read', 'propaganda.write', 'reward.write', 'target.write'],
  org_staff: ['org.read', 'org.write', 'member.read', 'member.write', 'lifecycle.write', 'report.read', 'report.freeze', 'meeting.write', 'rating.write', 'rating.approve', 'badge.write', 'dues.read', 'dues.collect', 'dues.basis', 'dues.remit', 'training.write', 'cadre.read', 'cadre.write', 'propaganda.read', 'reward.write', 'target.write'],
  inspection_staff: ['org.read', 'member.read', 'report.read', 'report.freeze', 'inspection.read', 'inspection.write', 'discipline.read', 'discipline.write', 'dues.read', 'propaganda.read'],
  propaganda_staff: ['org.read', 'member.read', 'report.read', 'report.freeze', 'training.write', 'propaganda.read', 'propaganda.write', 'reward.write'],
  secretary: ['org.read', 'member.read', 'member.write', 'report.read', 'report.freeze', 'meeting.write', 'rating.write', 'inspection.read', 'discipline.read', 'dues.read', 'dues.collect', 'dues.basis', 'dues.remit', 'training.write', 'propaganda.read', 'propaganda.write', 'target.write'],
  member: ['org.read', 'report.read'],
};
const VIETNAMESE = /[ạảãàáâậầấẩẫăắằặẳẵóòọõỏôộổỗồốơờớợởỡéèẻẹẽêếềệểễúùụủũưựữửừứíìịỉĩýỳỷỵỹđ]/i;
let org;

useServer(async () => {
  org = await ok(admin.post('/api/orgs', { parent_id: 1, kind: 'grassroots_branch', name: 'Chi bộ Từ vựng', ...at('2001-01-01') }), 201);
  await ok(admin.post('/api/members', { org_id: org.id, full_name: 'Vũ Thị Từ Vựng', sex: 'female', birth_date: '1985-03-04', admitted_on: '2012-05-19', official_on: '2013-05-19' }), 201);
});

test('/api/v1/meta answers /api/meta plus the vocabularies, with Vietnamese labels', async () => {
  const v1 = await ok(admin.get('/api/v1/meta'));
  const old = await ok(admin.get('/api/meta'));
  assert.deepEqual(v1, old);
  const names = ['role', 'org_kind', 'member_status', 'member_event_kind', 'org_event_kind', 'transfer_kind', 'transfer_state', 'audit_action', 'action', 'candidate_status', 'admission_step', 'holiday_kind', 'work_item_kind', 'audit_outcome', 'audit_via', 'meeting_kind', 'meeting_status', 'attendance_status', 'meeting_quality', 'rating_level', 'rating_stage', 'rating_subject', 'rating_scheme', 'badge_basis', 'badge_status', 'inspection_kind', 'inspection_status', 'case_subject', 'discipline_form', 'discipline_status', 'appeal_outcome', 'dues_income', 'dues_relief_kind', 'dues_relief_reason', 'dues_entry_kind', 'training_kind', 'training_result', 'training_grade', 'cadre_post', 'propaganda_kind', 'document_kind', 'directive05_model_kind', 'correction_state', 'reward_subject', 'reward_form', 'reward_level', 'emulation_kind', 'culture_result', 'target_comparison'];
  assert.deepEqual(Object.keys(v1.vocab).sort(), [...names].sort());
  for (const name of names) {
    const list = v1.vocab[name];
    assert.ok(list.length > 0, name);
    assert.equal(new Set(list.map((e) => e.code)).size, list.length, `${name}: codes repeat`);
    for (const e of list) {
      assert.match(e.code, /^[a-z0-9_.]+$/, `${name}: ${e.code}`);
      assert.ok(e.label && e.label !== e.code, `${name}: ${e.code} has no label`);
    }
  }
  const label = (name, code) => v1.vocab[name].find((e) => e.code === code)?.label;
  assert.equal(label('member_status', 'probationary'), 'Dự bị');
  assert.equal(label('candidate_status', 'withdrawn'), 'Thôi xem xét');
  assert.equal(v1.vocab.candidate_status.find((e) => e.code === 'admitted').closed, true);
  assert.equal(label('holiday_kind', 'working_saturday'), 'Làm bù (thứ Bảy)');
  assert.equal(label('work_item_kind', 'ceremony_due'), 'Chờ lễ kết nạp');
  assert.equal(label('audit_outcome', 'refused'), 'Bị từ chối');
  assert.equal(label('attendance_status', 'unexcused'), 'Vắng không lý do');
  assert.equal(label('work_item_kind', 'meeting_missing'), 'Chưa sinh hoạt chi bộ trong tháng');
  assert.equal(label('audit_via', 'cli'), 'Dòng lệnh');
  assert.deepEqual(v1.congress_terms.find((t) => t.code === '2020-2025'), { code: '2020-2025', label: 'Nhiệm kỳ 2020–2025', from: '2020-10-01', to: '2025-09-30' });
  // Every period code the meta names is one the indicators accept.
  for (const t of v1.congress_terms) assert.equal((await admin.get(`/api/orgs/1/indicators?codes=orgs.total&period=${t.code}-H1`)).status, 200, t.code);
  assert.deepEqual(v1.vocab.admission_step.map((e) => e.code),
    ['class', 'dossier', 'introducers', 'vote', 'proposal', 'decision', 'ceremony', 'refuse', 'withdraw']);
  assert.equal(v1.vocab.member_status.find((e) => e.code === 'official').active, true);
  assert.equal(v1.vocab.member_status.find((e) => e.code === 'deceased').active, false);
  assert.equal(label('role', 'secretary'), 'Bí thư');
  assert.equal(label('org_kind', 'grassroots_branch'), 'Chi bộ cơ sở');
  assert.equal(label('member_event_kind', 'card_issued'), 'Cấp thẻ đảng viên');
  assert.equal(label('org_event_kind', 'dissolved'), 'Giải thể');
  assert.equal(label('transfer_kind', 'temporary'), 'Chuyển sinh hoạt đảng tạm thời');
  assert.equal(label('transfer_state', 'pending'), 'Chờ đơn vị nhận xác nhận');
  assert.equal(label('audit_action', 'member.create'), 'Thêm hồ sơ đảng viên');
  assert.deepEqual(v1.vocab.action.map((e) => e.code), TABLE.admin);
  for (const e of v1.vocab.action) assert.match(e.label, VIETNAMESE, e.code);
  assert.deepEqual(v1.vocab.role.map((e) => e.code), Object.keys(TABLE));
});

test('each role’s session lists exactly its row of the role × action table', async () => {
  for (const [role, actions] of Object.entries(TABLE)) {
    const username = `tu.vung.${role.replace('_', '.')}`;
    await ok(admin.post('/api/users', { username, display_name: username, org_id: org.id, roles: [role], password: PASSWORD }), 201);
    const client = new Client(server.url);
    const login = await client.login(username, PASSWORD);
    assert.equal(login.status, 200);
    assert.deepEqual(login.json.actions, actions, `${role} at login`);
    assert.deepEqual((await ok(client.get('/api/auth/me'))).actions, actions, `${role} in the session`);
  }
});

test('every audit action the server wrote has a label in the vocabulary', async () => {
  const labels = new Map((await ok(admin.get('/api/v1/meta'))).vocab.audit_action.map((e) => [e.code, e.label]));
  const seen = new Set();
  for (let page = 1; ; page++) {
    const p = await ok(admin.get(`/api/audit?page=${page}&page_size=200`));
    for (const row of p.items) seen.add(row.action);
    if (p.items.length < 200) break;
  }
  assert.ok(seen.size >= 3, [...seen].join(', '));
  for (const action of seen) assert.ok(labels.has(action), `audit action ${action} has no label`);
});
