// The discipline vocabulary and the reads: a subtree's cases (confidential: a secretary sees
// only the cases its organization decided), one file (every opening audited), the lapse of a
// decision, and the reader that ratings and badges consult.
#include "service/discipline/discipline.h"

#include <algorithm>
#include <array>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/discipline_facts.h"
#include "service/discipline/discipline_internal.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/orgs/orgs.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

constexpr std::array<vocab::Entry<DisciplineStatus>, 5> kStatuses = {{
    {DisciplineStatus::kInForce, "in_force", "Đang có hiệu lực"},
    {DisciplineStatus::kAppealed, "appealed", "Đang khiếu nại"},
    {DisciplineStatus::kChanged, "changed", "Đã thay đổi hình thức"},
    {DisciplineStatus::kAnnulled, "annulled", "Đã xóa bỏ"},
    {DisciplineStatus::kLapsed, "lapsed", "Đã hết hiệu lực"},
}};
static_assert(vocab::WellFormed<DisciplineStatus>(kStatuses));

constexpr std::array<vocab::Entry<AppealOutcome>, 3> kOutcomes = {{
    {AppealOutcome::kUpheld, "upheld", "Giữ nguyên hình thức kỷ luật"},
    {AppealOutcome::kChanged, "changed", "Thay đổi hình thức kỷ luật"},
    {AppealOutcome::kAnnulled, "annulled", "Xóa bỏ quyết định kỷ luật"},
}};
static_assert(vocab::WellFormed<AppealOutcome>(kOutcomes));

}  // namespace

std::span<const vocab::Entry<DisciplineStatus>> VocabOf(DisciplineStatus) { return kStatuses; }
std::span<const vocab::Entry<AppealOutcome>> VocabOf(AppealOutcome) { return kOutcomes; }

namespace discipline_internal {

const char* const kCaseSelect =
    "SELECT d.id, d.subject, d.member_id, m.full_name, d.org_id, o.name, d.handling_org_id, "
    "h.name, d.inspection_case_id, d.form, COALESCE(d.changed_form, d.form), d.member_status, "
    "d.post, d.violation_on, d.violation, d.decision_no, d.decided_on, d.received_on, d.status, "
    "d.appeal_on, d.appeal_outcome, d.appeal_decided_on, d.appeal_decision_no, "
    "d.effect_event_id, d.note, d.recorded_by, d.version "
    "FROM discipline_case d JOIN org o ON o.id = d.org_id JOIN org h ON h.id = "
    "d.handling_org_id LEFT JOIN member m ON m.id = d.member_id ";

namespace {

// A decision lapses `lapse_months` after it (rules of its date) unless it is khai trừ or giải
// tán, was annulled or is under appeal, or the member was disciplined again for a violation
// committed before that day.
void ReadLapse(store::Transaction& tx, DisciplineCase& c, const Date& today) {
  const auto form = vocab::Parse<rules::DisciplineForm>(c.effective_form);
  if (!form || *form == rules::DisciplineForm::kExpulsion ||
      *form == rules::DisciplineForm::kDissolution || c.status == "annulled" ||
      c.status == "appealed") {
    return;
  }
  const Date decided = *Date::Parse(c.decided_on);
  const Date lapses = decided.AddMonths(Rules().At(decided).discipline.lapse_months);
  const auto again = tx.QueryOne(
      "SELECT 1 FROM discipline_case WHERE id <> ? AND voided_at IS NULL AND status <> "
      "'annulled' AND ((member_id IS NOT NULL AND member_id = ?) OR (subject = 'org' AND "
      "org_id = ? AND ? = 'org')) AND violation_on >= ? AND violation_on < ?",
      {c.id, c.member_id ? store::Value(*c.member_id) : store::Null(), c.org_id, c.subject,
       c.decided_on, lapses.Iso()});
  if (again) return;
  c.lapses_on = lapses.Iso();
  if (today >= lapses) c.status = "lapsed";
}

}  // namespace

DisciplineCase CaseFromRow(store::Transaction& tx, const store::Row& r, const Date& today) {
  DisciplineCase c;
  c.id = r.Int(0);
  c.subject = r.Text(1);
  c.member_id = r.OptInt(2);
  c.member_name = r.OptText(3).value_or("");
  c.org_id = r.Int(4);
  c.org_name = r.Text(5);
  c.handling_org_id = r.Int(6);
  c.handling_org_name = r.Text(7);
  c.inspection_case_id = r.OptInt(8);
  c.form = r.Text(9);
  c.effective_form = r.Text(10);
  c.member_status = r.OptText(11).value_or("");
  c.post = r.OptText(12).value_or("");
  c.violation_on = r.Text(13);
  c.violation = r.Text(14);
  c.decision_no = r.Text(15);
  c.decided_on = r.Text(16);
  c.received_on = r.OptText(17).value_or("");
  c.status = r.Text(18);
  c.appeal_on = r.OptText(19).value_or("");
  c.appeal_outcome = r.OptText(20).value_or("");
  c.appeal_decided_on = r.OptText(21).value_or("");
  c.appeal_decision_no = r.OptText(22).value_or("");
  c.effect_event_id = r.OptInt(23);
  c.note = r.OptText(24).value_or("");
  c.recorded_by = r.Text(25);
  c.version = r.Int(26);
  const Date received = *Date::Parse(c.received_on.empty() ? c.decided_on : c.received_on);
  c.appeal_until =
      received.AddDays(Rules().At(*Date::Parse(c.decided_on)).discipline.appeal_days).Iso();
  ReadLapse(tx, c, today);
  return c;
}

Error CaseNotFound(int64_t id) {
  return Error::NotFound("Không tìm thấy hồ sơ kỷ luật có mã " + std::to_string(id) + ".");
}

std::optional<DisciplineCase> LoadVisibleCase(store::Transaction& tx, const Actor& actor,
                                              int64_t id, const Date& today) {
  const auto r =
      tx.QueryOne(std::string(kCaseSelect) + "WHERE d.id = ? AND d.voided_at IS NULL", {id});
  if (!r) return std::nullopt;
  const std::string path =
      store::Must(tx.QueryOne("SELECT path FROM org WHERE id = ?", {r->Int(4)}), "unit").Text(0);
  if (!InScope(actor, path) || !RoleAllows(actor, Action::kDisciplineRead)) return std::nullopt;
  if (!ReadsAllCaseFiles(actor) && r->Int(6) != actor.org_id) return std::nullopt;
  return CaseFromRow(tx, *r, today);
}

std::string FormRefusal(const std::string& subject, const std::string& member_status,
                        rules::DisciplineForm form, bool has_post) {
  using F = rules::DisciplineForm;
  const std::string label = text::LowerFirst(vocab::Label(form));
  if (subject == "org") {
    if (form == F::kReprimand || form == F::kWarning || form == F::kDissolution) return "";
    return "Tổ chức đảng chỉ bị kỷ luật khiển trách, cảnh cáo hoặc giải tán, không có hình thức " +
           label + ".";
  }
  if (form == F::kDissolution)
    return "Giải tán là hình thức kỷ luật tổ chức đảng, không áp dụng "
           "với đảng viên.";
  if (member_status == "probationary" && form != F::kReprimand && form != F::kWarning) {
    return "Đảng viên dự bị chỉ bị kỷ luật khiển trách hoặc cảnh cáo, không có hình thức " + label +
           ".";
  }
  if (form == F::kDismissal && !has_post) {
    return "Cách chức chỉ áp dụng với đảng viên đang giữ chức vụ; hồ sơ không ghi chức vụ nào của "
           "đảng viên vào ngày quyết định.";
  }
  return "";
}

}  // namespace discipline_internal

using namespace discipline_internal;  // NOLINT: this domain's own helpers

Result<Page<DisciplineCase>> ListDiscipline(const Env& env, const Actor& actor, int64_t org_id,
                                            const DisciplineQuery& q) {
  Validator v;
  v.Check(q.year == 0 || (q.year >= 1930 && q.year <= 2200), "year", "Năm không hợp lệ.");
  v.Check(q.form.empty() || vocab::Parse<rules::DisciplineForm>(q.form).has_value(), "form",
          "Hình thức kỷ luật không hợp lệ.");
  v.Check(q.subject.empty() || vocab::Parse<CaseSubject>(q.subject).has_value(), "subject",
          "Đối tượng không hợp lệ.");
  if (Status s = v.ToStatus(); !s) return s.error();
  auto subtree = SubtreeFor(env, actor, org_id, Action::kDisciplineRead);
  if (!subtree.ok()) return subtree.error();
  const PathRange& range = *subtree;
  std::string where = "WHERE o.path >= ? AND o.path < ? AND d.voided_at IS NULL";
  store::Params params = {range.lo, range.hi};
  if (!ReadsAllCaseFiles(actor)) {
    where += " AND d.handling_org_id = ?";
    params.push_back(actor.org_id);
  }
  AndWithinYear(where, params, "d.decided_on", q.year);
  if (!q.form.empty()) {
    where += " AND COALESCE(d.changed_form, d.form) = ?";
    params.push_back(q.form);
  }
  if (!q.subject.empty()) {
    where += " AND d.subject = ?";
    params.push_back(q.subject);
  }
  const Date today = Today(env);
  Page<DisciplineCase> page;
  store::Transaction tx = env.db.BeginRead();
  const PagedSql sql{kCaseSelect, "FROM discipline_case d JOIN org o ON o.id = d.org_id ", where,
                     "ORDER BY d.decided_on DESC, d.id DESC", params};
  std::vector<store::Row> rows;
  page.total =
      EachOnPage(tx, sql, q.page, q.page_size, [&rows](const store::Row& r) { rows.push_back(r); });
  for (const store::Row& r : rows) page.items.push_back(CaseFromRow(tx, r, today));
  return page;
}

Result<DisciplineCase> GetDiscipline(const Env& env, const Actor& actor, int64_t id) {
  store::Transaction tx = env.db.BeginWrite();
  auto c = LoadVisibleCase(tx, actor, id, Today(env));
  if (!c) return CaseNotFound(id);
  AuditEntry audit{.action = "discipline.read",
                   .entity = "discipline_case",
                   .entity_id = std::to_string(id),
                   .org_id = c->org_id};
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return *c;
}

nlohmann::json DisciplineJson(const DisciplineCase& c) {
  auto opt = [](const std::optional<int64_t>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
  };
  return {{"id", c.id},
          {"subject", c.subject},
          {"member_id", opt(c.member_id)},
          {"member_name", c.member_name},
          {"org_id", c.org_id},
          {"org_name", c.org_name},
          {"handling_org_id", c.handling_org_id},
          {"handling_org_name", c.handling_org_name},
          {"inspection_case_id", opt(c.inspection_case_id)},
          {"form", c.form},
          {"effective_form", c.effective_form},
          {"member_status", c.member_status},
          {"post", c.post},
          {"violation_on", c.violation_on},
          {"violation", c.violation},
          {"decision_no", c.decision_no},
          {"decided_on", c.decided_on},
          {"received_on", c.received_on},
          {"status", c.status},
          {"lapses_on", c.lapses_on},
          {"appeal_until", c.appeal_until},
          {"appeal_on", c.appeal_on},
          {"appeal_outcome", c.appeal_outcome},
          {"appeal_decided_on", c.appeal_decided_on},
          {"appeal_decision_no", c.appeal_decision_no},
          {"effect_event_id", opt(c.effect_event_id)},
          {"note", c.note},
          {"recorded_by", c.recorded_by},
          {"version", c.version}};
}

// ---- What ratings and badges read ----

namespace {

// Decisions in force (not voided, not annulled) with their form after any appeal.
constexpr const char* kInForce =
    "FROM discipline_case WHERE member_id = ? AND voided_at IS NULL AND status <> 'annulled'";

class DisciplineRecords final : public DisciplineFacts {
 public:
  bool DisciplinedInYear(store::Transaction& tx, int64_t member_id, int year) const override {
    return tx
        .QueryOne(std::string("SELECT 1 ") + kInForce + " AND decided_on >= ? AND decided_on <= ?",
                  {member_id, std::to_string(year) + "-01-01", std::to_string(year) + "-12-31"})
        .has_value();
  }
  std::optional<DisciplineDecision> LatestBefore(store::Transaction& tx, int64_t member_id,
                                                 const Date& on) const override {
    const auto r =
        tx.QueryOne(std::string("SELECT COALESCE(changed_form, form), decided_on ") + kInForce +
                        " AND decided_on <= ? ORDER BY decided_on DESC, "
                        "id DESC LIMIT 1",
                    {member_id, on.Iso()});
    if (!r) return std::nullopt;
    const auto form = vocab::Parse<rules::DisciplineForm>(r->Text(0));
    if (!form) return std::nullopt;
    return DisciplineDecision{*form, *Date::Parse(r->Text(1))};
  }
  // Decisions are rare beside members: every one in force dated by `on`, kept for `members`.
  std::map<int64_t, DisciplineDecision> LatestBeforeEach(store::Transaction& tx,
                                                         const std::vector<int64_t>& members,
                                                         const Date& on) const override {
    std::map<int64_t, DisciplineDecision> out;
    tx.Each(
        "SELECT member_id, COALESCE(changed_form, form), decided_on FROM discipline_case WHERE "
        "member_id IS NOT NULL AND voided_at IS NULL AND status <> 'annulled' AND decided_on <= "
        "? ORDER BY member_id, decided_on, id",
        {on.Iso()}, [&](const store::Row& r) {
          if (!std::binary_search(members.begin(), members.end(), r.Int(0))) return;
          const auto form = vocab::Parse<rules::DisciplineForm>(r.Text(1));
          if (!form) {
            out.erase(r.Int(0));  // as LatestBefore: the latest decision or none
          } else {
            out.insert_or_assign(r.Int(0), DisciplineDecision{*form, *Date::Parse(r.Text(2))});
          }
        });
    return out;
  }
};

const DisciplineRecords kRecords;

}  // namespace

void InstallDisciplineFacts() { SetDisciplineFacts(&kRecords); }

}  // namespace dangbo::service
