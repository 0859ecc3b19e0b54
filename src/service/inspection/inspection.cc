// The inspection vocabulary and the reads: a committee's programmes, the cases about a
// subtree (confidential: a secretary sees only the cases its organization conducts) and one
// case with its follow-up steps.
#include "service/inspection/inspection.h"

#include <array>

#include "service/core/access.h"
#include "service/inspection/inspection_internal.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

namespace {

constexpr std::array<vocab::Entry<InspectionKind>, 5> kKinds = {{
    {InspectionKind::kRegularSupervision, "regular_supervision", "Giám sát thường xuyên"},
    {InspectionKind::kThematicSupervision, "thematic_supervision", "Giám sát chuyên đề"},
    {InspectionKind::kViolationSigns, "violation_signs", "Kiểm tra khi có dấu hiệu vi phạm"},
    {InspectionKind::kLowerInspection, "lower_inspection",
     "Kiểm tra việc thực hiện nhiệm vụ kiểm tra của cấp dưới"},
    {InspectionKind::kFinance, "finance", "Kiểm tra thu, nộp đảng phí và tài chính đảng"},
}};
static_assert(vocab::WellFormed<InspectionKind>(kKinds));

constexpr std::array<vocab::Entry<CaseSubject>, 2> kSubjects = {{
    {CaseSubject::kMember, "member", "Đảng viên"},
    {CaseSubject::kOrg, "org", "Tổ chức đảng"},
}};
static_assert(vocab::WellFormed<CaseSubject>(kSubjects));

constexpr std::array<vocab::Entry<InspectionStatus>, 3> kStatuses = {{
    {InspectionStatus::kOpen, "open", "Đang tiến hành"},
    {InspectionStatus::kConcluded, "concluded", "Đã kết luận, đang khắc phục"},
    {InspectionStatus::kClosed, "closed", "Đã kết thúc"},
}};
static_assert(vocab::WellFormed<InspectionStatus>(kStatuses));

}  // namespace

std::span<const vocab::Entry<InspectionKind>> VocabOf(InspectionKind) { return kKinds; }
std::span<const vocab::Entry<CaseSubject>> VocabOf(CaseSubject) { return kSubjects; }
std::span<const vocab::Entry<InspectionStatus>> VocabOf(InspectionStatus) { return kStatuses; }

namespace inspection_internal {

const char* const kCaseSelect =
    "SELECT x.id, x.programme_id, x.org_id, o.name, x.handling_org_id, h.name, x.kind, "
    "x.subject, x.member_id, m.full_name, x.title, x.team, x.started_on, x.planned_end_on, "
    "x.documents, x.status, x.concluded_on, x.violation, x.conclusion, x.remedies, "
    "x.fix_due_on, x.closed_on, x.version "
    "FROM inspection_case x JOIN org o ON o.id = x.org_id JOIN org h ON h.id = "
    "x.handling_org_id LEFT JOIN member m ON m.id = x.member_id ";

InspectionCase CaseFromRow(const store::Row& r) {
  InspectionCase c;
  c.id = r.Int(0);
  c.programme_id = r.OptInt(1);
  c.org_id = r.Int(2);
  c.org_name = r.Text(3);
  c.handling_org_id = r.Int(4);
  c.handling_org_name = r.Text(5);
  c.kind = r.Text(6);
  c.subject = r.Text(7);
  c.member_id = r.OptInt(8);
  c.member_name = r.OptText(9).value_or("");
  c.title = r.Text(10);
  c.team = r.OptText(11).value_or("");
  c.started_on = r.Text(12);
  c.planned_end_on = r.OptText(13).value_or("");
  c.documents = r.OptText(14).value_or("");
  c.status = r.Text(15);
  c.concluded_on = r.OptText(16).value_or("");
  if (const auto v = r.OptInt(17)) c.violation = *v != 0;
  c.conclusion = r.OptText(18).value_or("");
  c.remedies = r.OptText(19).value_or("");
  c.fix_due_on = r.OptText(20).value_or("");
  c.closed_on = r.OptText(21).value_or("");
  c.version = r.Int(22);
  c.closed_on_time = !c.closed_on.empty() && (c.fix_due_on.empty() || c.closed_on <= c.fix_due_on);
  return c;
}

Error CaseNotFound(int64_t id) {
  return Error::NotFound("Không tìm thấy cuộc kiểm tra, giám sát có mã " + std::to_string(id) +
                         ".");
}

std::optional<InspectionCase> LoadVisibleCase(store::Transaction& tx, const Actor& actor,
                                              int64_t id) {
  const auto r =
      tx.QueryOne(std::string(kCaseSelect) + "WHERE x.id = ? AND x.voided_at IS NULL", {id});
  if (!r) return std::nullopt;
  const std::string path =
      store::Must(tx.QueryOne("SELECT path FROM org WHERE id = ?", {r->Int(2)}), "unit").Text(0);
  if (!InScope(actor, path) || !RoleAllows(actor, Action::kInspectionRead)) return std::nullopt;
  if (!ReadsAllCaseFiles(actor) && r->Int(4) != actor.org_id) return std::nullopt;
  InspectionCase c = CaseFromRow(*r);
  tx.Each(
      "SELECT id, step_on, note, created_by FROM inspection_step WHERE case_id = ? ORDER BY "
      "step_on, id",
      {id}, [&c](const store::Row& s) {
        c.steps.push_back({s.Int(0), s.Text(1), s.Text(2), s.Text(3)});
      });
  return c;
}

}  // namespace inspection_internal

using namespace inspection_internal;  // NOLINT: this domain's own helpers

Result<std::vector<InspectionProgramme>> ListProgrammes(const Env& env, const Actor& actor,
                                                        int64_t org_id) {
  auto org = GetOrgFor(env, actor, org_id, Action::kInspectionRead);
  if (!org.ok()) return org.error();
  std::vector<InspectionProgramme> out;
  store::Transaction tx = env.db.BeginRead();
  tx.Each(
      "SELECT p.id, p.org_id, o.name, p.year, p.title, p.decision_no, p.approved_on, p.note, "
      "(SELECT COUNT(*) FROM inspection_case x WHERE x.programme_id = p.id AND x.voided_at IS "
      "NULL) FROM inspection_programme p JOIN org o ON o.id = p.org_id WHERE p.org_id = ? AND "
      "p.voided_at IS NULL ORDER BY p.year DESC",
      {org_id}, [&out](const store::Row& r) {
        out.push_back({r.Int(0), r.Int(1), r.Text(2), static_cast<int>(r.Int(3)), r.Text(4),
                       r.OptText(5).value_or(""), r.OptText(6).value_or(""),
                       r.OptText(7).value_or(""), r.Int(8)});
      });
  return out;
}

Result<Page<InspectionCase>> ListInspections(const Env& env, const Actor& actor, int64_t org_id,
                                             const InspectionQuery& q) {
  Validator v;
  v.Check(q.year == 0 || (q.year >= 1930 && q.year <= 2200), "year", "Năm không hợp lệ.");
  v.Check(q.kind.empty() || vocab::Parse<InspectionKind>(q.kind).has_value(), "kind",
          "Loại kiểm tra, giám sát không hợp lệ.");
  v.Check(q.status.empty() || vocab::Parse<InspectionStatus>(q.status).has_value(), "status",
          "Trạng thái không hợp lệ.");
  if (Status s = v.ToStatus(); !s) return s.error();
  auto org = GetOrgFor(env, actor, org_id, Action::kInspectionRead);
  if (!org.ok()) return org.error();
  const PathRange range = SubtreeRange(org->path);
  std::string where = "WHERE o.path >= ? AND o.path < ? AND x.voided_at IS NULL";
  store::Params params = {range.lo, range.hi};
  if (!ReadsAllCaseFiles(actor)) {
    where += " AND x.handling_org_id = ?";
    params.push_back(actor.org_id);
  }
  AndWithinYear(where, params, "x.started_on", q.year);
  for (const auto& [value, col] :
       {std::pair{&q.kind, "x.kind"}, std::pair{&q.status, "x.status"}}) {
    if (value->empty()) continue;
    where += std::string(" AND ") + col + " = ?";
    params.push_back(*value);
  }
  Page<InspectionCase> page;
  store::Transaction tx = env.db.BeginRead();
  const PagedSql sql{kCaseSelect, "FROM inspection_case x JOIN org o ON o.id = x.org_id ", where,
                     "ORDER BY x.started_on DESC, x.id DESC", params};
  page.total = EachOnPage(tx, sql, q.page, q.page_size,
                          [&page](const store::Row& r) { page.items.push_back(CaseFromRow(r)); });
  return page;
}

Result<InspectionCase> GetInspection(const Env& env, const Actor& actor, int64_t id) {
  store::Transaction tx = env.db.BeginRead();
  auto c = LoadVisibleCase(tx, actor, id);
  if (!c) return CaseNotFound(id);
  return *c;
}

nlohmann::json InspectionJson(const InspectionCase& c) {
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& s : c.steps) {
    steps.push_back({{"id", s.id}, {"on", s.on}, {"note", s.note}, {"by", s.by}});
  }
  auto opt = [](const std::optional<int64_t>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
  };
  return {{"id", c.id},
          {"programme_id", opt(c.programme_id)},
          {"org_id", c.org_id},
          {"org_name", c.org_name},
          {"handling_org_id", c.handling_org_id},
          {"handling_org_name", c.handling_org_name},
          {"kind", c.kind},
          {"subject", c.subject},
          {"member_id", opt(c.member_id)},
          {"member_name", c.member_name},
          {"title", c.title},
          {"team", c.team},
          {"started_on", c.started_on},
          {"planned_end_on", c.planned_end_on},
          {"documents", c.documents},
          {"status", c.status},
          {"concluded_on", c.concluded_on},
          {"violation", c.violation ? nlohmann::json(*c.violation) : nlohmann::json(nullptr)},
          {"conclusion", c.conclusion},
          {"remedies", c.remedies},
          {"fix_due_on", c.fix_due_on},
          {"closed_on", c.closed_on},
          {"closed_on_time", c.closed_on_time},
          {"version", c.version},
          {"steps", steps}};
}

nlohmann::json ProgrammeJson(const InspectionProgramme& p) {
  return {{"id", p.id},
          {"org_id", p.org_id},
          {"org_name", p.org_name},
          {"year", p.year},
          {"title", p.title},
          {"decision_no", p.decision_no},
          {"approved_on", p.approved_on},
          {"note", p.note},
          {"cases", p.cases}};
}

}  // namespace dangbo::service
