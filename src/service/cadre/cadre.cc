// The cadre planning vocabulary and the reads: a subtree's plans (by term, post, in or out of
// the plan), one plan with its roadmap, and the progress computed from the training records
// (classes completed, theory level reached) for today.
#include "service/cadre/cadre.h"

#include <array>

#include "service/cadre/cadre_internal.h"
#include "service/core/access.h"
#include "service/orgs/orgs.h"
#include "service/training/training.h"

namespace dangbo::service {

namespace {

constexpr std::array<vocab::Entry<CadrePost>, 6> kPosts = {{
    {CadrePost::kSecretary, "secretary", "Bí thư"},
    {CadrePost::kDeputySecretary, "deputy_secretary", "Phó Bí thư"},
    {CadrePost::kStandingMember, "standing_member", "Ủy viên Ban Thường vụ"},
    {CadrePost::kCommitteeMember, "committee_member", "Cấp ủy viên"},
    {CadrePost::kInspectionChair, "inspection_chair", "Chủ nhiệm Ủy ban Kiểm tra"},
    {CadrePost::kInspectionMember, "inspection_member", "Ủy viên Ủy ban Kiểm tra"},
}};
static_assert(vocab::WellFormed<CadrePost>(kPosts));

}  // namespace

std::span<const vocab::Entry<CadrePost>> VocabOf(CadrePost) { return kPosts; }

namespace cadre_internal {

const char* const kPlanSelect =
    "SELECT p.id, p.org_id, o.name, p.term, p.member_id, m.full_name, mo.name, p.post, "
    "p.added_on, p.added_decision_no, p.target_theory, p.theory_by, m.theory_level, "
    "p.removed_on, p.removed_decision_no, p.removed_reason, p.note, p.version FROM cadre_plan p "
    "JOIN org o ON o.id = p.org_id JOIN member m ON m.id = p.member_id JOIN org mo ON mo.id = "
    "m.org_id ";

void ReadProgress(store::Transaction& tx, CadrePlan& p, const std::string& today) {
  const std::vector<AttendedClass> classes = ClassesOfMember(tx, p.member_id);
  p.roadmap.clear();
  tx.Each(
      "SELECT id, kind, due_on, note FROM cadre_roadmap_item WHERE plan_id = ? AND voided_at IS "
      "NULL ORDER BY due_on, id",
      {p.id}, [&](const store::Row& r) {
        RoadmapItem item{r.Int(0), r.Text(1), r.Text(2), r.OptText(3).value_or("")};
        // The earliest completed class of the kind.
        for (auto it = classes.rbegin(); it != classes.rend(); ++it) {
          if (it->kind == item.kind && it->result == "completed") {
            item.done_on = it->ends_on;
            item.class_title = it->title;
            break;
          }
        }
        item.status = !item.done_on.empty() ? "done" : item.due_on < today ? "overdue" : "pending";
        p.roadmap.push_back(std::move(item));
      });
  p.done = 0;
  p.overdue = 0;
  for (const RoadmapItem& i : p.roadmap) {
    p.done += i.status == "done" ? 1 : 0;
    p.overdue += i.status == "overdue" ? 1 : 0;
  }
  p.theory_status.clear();
  if (!p.target_theory.empty()) {
    const bool reached = TheoryRank(p.theory_level) >= TheoryRank(p.target_theory);
    p.theory_status = reached                                         ? "done"
                      : (!p.theory_by.empty() && p.theory_by < today) ? "overdue"
                                                                      : "pending";
    p.overdue += p.theory_status == "overdue" ? 1 : 0;
  }
  const bool complete = p.done == static_cast<int>(p.roadmap.size()) &&
                        (p.theory_status.empty() || p.theory_status == "done");
  p.progress = complete ? "complete" : p.overdue > 0 ? "overdue" : "on_track";
}

CadrePlan PlanFromRow(store::Transaction& tx, const store::Row& r, const std::string& today) {
  CadrePlan p;
  p.id = r.Int(0);
  p.org_id = r.Int(1);
  p.org_name = r.Text(2);
  p.term = r.Text(3);
  p.member_id = r.Int(4);
  p.member_name = r.Text(5);
  p.member_unit = r.Text(6);
  p.post = r.Text(7);
  p.added_on = r.Text(8);
  p.added_decision_no = r.Text(9);
  p.target_theory = r.OptText(10).value_or("");
  p.theory_by = r.OptText(11).value_or("");
  p.theory_level = r.OptText(12).value_or("");
  p.removed_on = r.OptText(13).value_or("");
  p.removed_decision_no = r.OptText(14).value_or("");
  p.removed_reason = r.OptText(15).value_or("");
  p.note = r.OptText(16).value_or("");
  p.version = r.Int(17);
  ReadProgress(tx, p, today);
  return p;
}

Error PlanNotFound(int64_t id) {
  return Error::NotFound("Không tìm thấy quy hoạch cán bộ có mã " + std::to_string(id) + ".");
}

std::optional<CadrePlan> LoadVisiblePlan(store::Transaction& tx, const Actor& actor, int64_t id,
                                         const std::string& today) {
  const auto r =
      tx.QueryOne(std::string(kPlanSelect) + "WHERE p.id = ? AND p.voided_at IS NULL", {id});
  if (!r) return std::nullopt;
  const std::string path = tx.QueryRow("SELECT path FROM org WHERE id = ?", {r->Int(1)}).Text(0);
  if (!InScope(actor, path) || !RoleAllows(actor, Action::kCadreRead)) return std::nullopt;
  return PlanFromRow(tx, *r, today);
}

}  // namespace cadre_internal

using namespace cadre_internal;  // NOLINT: this domain's own helpers

Result<Page<CadrePlan>> ListCadrePlans(const Env& env, const Actor& actor, int64_t org_id,
                                       const CadreQuery& q) {
  Validator v;
  v.Check(q.post.empty() || vocab::Parse<CadrePost>(q.post).has_value(), "post",
          "Chức danh quy hoạch không hợp lệ.");
  v.Check(q.status.empty() || q.status == "removed" || q.status == "all", "status",
          "Trạng thái phải là removed hoặc all.");
  v.Check(q.term.size() <= 20, "term", "Nhiệm kỳ không hợp lệ.");
  if (Status s = v.ToStatus(); !s) return s.error();
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  // Confidential: a refusal answers as for a missing organization.
  if (!RoleAllows(actor, Action::kCadreRead)) return OrgNotFound(org_id);
  if (Status s = Authorize(actor, Action::kCadreRead, org->path); !s) return s.error();
  const PathRange range = SubtreeRange(org->path);
  std::string where = "WHERE o.path >= ? AND o.path < ? AND p.voided_at IS NULL";
  store::Params params = {range.lo, range.hi};
  if (!q.term.empty()) {
    where += " AND p.term = ?";
    params.push_back(q.term);
  }
  if (!q.post.empty()) {
    where += " AND p.post = ?";
    params.push_back(q.post);
  }
  if (q.status.empty()) where += " AND p.removed_on IS NULL";
  if (q.status == "removed") where += " AND p.removed_on IS NOT NULL";
  const std::string today = Today(env).Iso();
  Page<CadrePlan> page;
  store::Transaction tx = env.db.BeginRead();
  const PagedSql sql{kPlanSelect,
                     "FROM cadre_plan p JOIN org o ON o.id = p.org_id JOIN member m ON m.id = "
                     "p.member_id ",
                     where, "ORDER BY o.path, p.post, m.sort_key, p.id", params};
  std::vector<store::Row> rows;
  page.total =
      EachOnPage(tx, sql, q.page, q.page_size, [&rows](const store::Row& r) { rows.push_back(r); });
  for (const store::Row& r : rows) page.items.push_back(PlanFromRow(tx, r, today));
  return page;
}

Result<CadrePlan> GetCadrePlan(const Env& env, const Actor& actor, int64_t id) {
  store::Transaction tx = env.db.BeginRead();
  auto p = LoadVisiblePlan(tx, actor, id, Today(env).Iso());
  if (!p) return PlanNotFound(id);
  return *p;
}

nlohmann::json CadrePlanJson(const CadrePlan& p) {
  nlohmann::json roadmap = nlohmann::json::array();
  for (const RoadmapItem& i : p.roadmap) {
    roadmap.push_back({{"id", i.id},
                       {"kind", i.kind},
                       {"kind_label", std::string(vocab::LabelOf<TrainingKind>(i.kind))},
                       {"due_on", i.due_on},
                       {"note", i.note},
                       {"status", i.status},
                       {"done_on", i.done_on},
                       {"class_title", i.class_title}});
  }
  return {{"id", p.id},
          {"org_id", p.org_id},
          {"org_name", p.org_name},
          {"term", p.term},
          {"member_id", p.member_id},
          {"member_name", p.member_name},
          {"member_unit", p.member_unit},
          {"post", p.post},
          {"post_label", std::string(vocab::LabelOf<CadrePost>(p.post))},
          {"added_on", p.added_on},
          {"added_decision_no", p.added_decision_no},
          {"target_theory", p.target_theory},
          {"theory_by", p.theory_by},
          {"theory_level", p.theory_level},
          {"theory_status", p.theory_status},
          {"removed_on", p.removed_on},
          {"removed_decision_no", p.removed_decision_no},
          {"removed_reason", p.removed_reason},
          {"note", p.note},
          {"roadmap", roadmap},
          {"done", p.done},
          {"overdue", p.overdue},
          {"progress", p.progress},
          {"version", p.version}};
}

}  // namespace dangbo::service
