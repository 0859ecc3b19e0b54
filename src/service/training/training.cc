// The training vocabulary and the reads: a subtree's classes (filtered by year and kind),
// one class with its learners, the classes a member attended, and their JSON.
#include "service/training/training.h"

#include <array>

#include "service/core/access.h"
#include "service/orgs/orgs.h"
#include "service/training/training_internal.h"

namespace dangbo::service {

namespace {

constexpr std::array<vocab::Entry<TrainingKind>, 7> kKinds = {{
    {TrainingKind::kCandidateAwareness, "candidate_awareness",
     "Bồi dưỡng nhận thức về Đảng (quần chúng ưu tú)"},
    {TrainingKind::kNewMember, "new_member", "Bồi dưỡng đảng viên mới"},
    {TrainingKind::kTheoryElementary, "theory_elementary", "Lý luận chính trị sơ cấp"},
    {TrainingKind::kTheoryIntermediate, "theory_intermediate", "Lý luận chính trị trung cấp"},
    {TrainingKind::kTheoryAdvanced, "theory_advanced", "Lý luận chính trị cao cấp"},
    {TrainingKind::kCommitteeSkills, "committee_skills",
     "Bồi dưỡng nghiệp vụ cho bí thư, cấp ủy viên"},
    {TrainingKind::kPropagandaStaff, "propaganda_staff",
     "Bồi dưỡng cán bộ tuyên giáo, cộng tác viên"},
}};
static_assert(vocab::WellFormed<TrainingKind>(kKinds));

constexpr std::array<vocab::Entry<TrainingResult>, 2> kResults = {{
    {TrainingResult::kCompleted, "completed", "Hoàn thành"},
    {TrainingResult::kNotCompleted, "not_completed", "Không hoàn thành"},
}};
static_assert(vocab::WellFormed<TrainingResult>(kResults));

constexpr std::array<vocab::Entry<TrainingGrade>, 4> kGrades = {{
    {TrainingGrade::kExcellent, "excellent", "Xuất sắc"},
    {TrainingGrade::kGood, "good", "Giỏi"},
    {TrainingGrade::kFair, "fair", "Khá"},
    {TrainingGrade::kAverage, "average", "Trung bình"},
}};
static_assert(vocab::WellFormed<TrainingGrade>(kGrades));

}  // namespace

std::span<const vocab::Entry<TrainingKind>> VocabOf(TrainingKind) { return kKinds; }
std::span<const vocab::Entry<TrainingResult>> VocabOf(TrainingResult) { return kResults; }
std::span<const vocab::Entry<TrainingGrade>> VocabOf(TrainingGrade) { return kGrades; }

std::string TheoryLevelOf(const std::string& kind) {
  if (kind == "theory_elementary") return "so_cap";
  if (kind == "theory_intermediate") return "trung_cap";
  if (kind == "theory_advanced") return "cao_cap";
  return "";
}

int TheoryRank(const std::string& level) {
  static constexpr std::array<const char*, 4> kOrder = {"so_cap", "trung_cap", "cao_cap",
                                                        "cu_nhan"};
  for (size_t i = 0; i < kOrder.size(); ++i) {
    if (level == kOrder[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

namespace training_internal {

namespace {

// The class columns over `c` joined to `o` (organiser), with the learner counts.
constexpr const char* kClassSelect =
    "SELECT c.id, c.org_id, o.name, c.kind, c.title, c.starts_on, c.ends_on, c.place, c.note, "
    "c.version, (SELECT COUNT(*) FROM training_learner l WHERE l.class_id = c.id AND "
    "l.voided_at IS NULL), (SELECT COUNT(*) FROM training_learner l WHERE l.class_id = c.id AND "
    "l.voided_at IS NULL AND l.result = 'completed'), (SELECT COUNT(*) FROM training_learner l "
    "WHERE l.class_id = c.id AND l.voided_at IS NULL AND l.certificate_no IS NOT NULL) ";

TrainingClass ClassFromRow(const store::Row& r) {
  TrainingClass c;
  c.id = r.Int(0);
  c.org_id = r.Int(1);
  c.org_name = r.Text(2);
  c.kind = r.Text(3);
  c.title = r.Text(4);
  c.starts_on = r.Text(5);
  c.ends_on = r.Text(6);
  c.place = r.OptText(7).value_or("");
  c.note = r.OptText(8).value_or("");
  c.version = r.Int(9);
  c.learners = r.Int(10);
  c.completed = r.Int(11);
  c.certified = r.Int(12);
  return c;
}

constexpr const char* kLearnerSelect =
    "SELECT l.id, l.class_id, l.member_id, l.candidate_id, COALESCE(m.full_name, cd.full_name), "
    "o.name, l.org_id, l.result, l.grade, l.certificate_no, l.certificate_on, l.effects FROM "
    "training_learner l JOIN org o ON o.id = l.org_id LEFT JOIN member m ON m.id = l.member_id "
    "LEFT JOIN candidate cd ON cd.id = l.candidate_id WHERE l.voided_at IS NULL ";

TrainingLearner LearnerFromRow(const store::Row& r) {
  TrainingLearner l;
  l.id = r.Int(0);
  l.class_id = r.Int(1);
  l.member_id = r.OptInt(2);
  l.candidate_id = r.OptInt(3);
  l.full_name = r.OptText(4).value_or("");
  l.org_name = r.Text(5);
  l.org_id = r.Int(6);
  l.result = r.OptText(7).value_or("");
  l.grade = r.OptText(8).value_or("");
  l.certificate_no = r.OptText(9).value_or("");
  l.certificate_on = r.OptText(10).value_or("");
  const std::string effects = r.OptText(11).value_or("");
  l.effects =
      effects.empty() ? nlohmann::json::object() : nlohmann::json::parse(effects, nullptr, false);
  return l;
}

}  // namespace

Error ClassNotFound(int64_t id) {
  return Error::NotFound("Không tìm thấy lớp đào tạo, bồi dưỡng có mã " + std::to_string(id) + ".");
}

Error LearnerNotFound(int64_t id) {
  return Error::NotFound("Không tìm thấy học viên có mã " + std::to_string(id) + " trong lớp.");
}

std::string ClassPath(store::Transaction& tx, int64_t id) {
  const auto r = tx.QueryOne(
      "SELECT o.path FROM training_class c JOIN org o ON o.id = c.org_id WHERE c.id = ? AND "
      "c.voided_at IS NULL",
      {id});
  return r ? r->Text(0) : "";
}

std::optional<TrainingClass> LoadVisibleClass(store::Transaction& tx, const Actor& actor,
                                              int64_t id) {
  const std::string path = ClassPath(tx, id);
  if (path.empty() || !InScope(actor, path) || !RoleAllows(actor, Action::kMemberRead)) {
    return std::nullopt;
  }
  const auto r =
      tx.QueryOne(std::string(kClassSelect) +
                      "FROM training_class c JOIN org o ON o.id = c.org_id WHERE c.id = ?",
                  {id});
  return ClassFromRow(*r);
}

std::vector<TrainingLearner> LoadLearners(store::Transaction& tx, int64_t class_id) {
  std::vector<TrainingLearner> out;
  tx.Each(std::string(kLearnerSelect) +
              "AND l.class_id = ? ORDER BY COALESCE(m.sort_key, cd.name_key), l.id",
          {class_id}, [&out](const store::Row& r) { out.push_back(LearnerFromRow(r)); });
  return out;
}

std::optional<TrainingLearner> LoadLearner(store::Transaction& tx, int64_t class_id,
                                           int64_t learner_id) {
  const auto r = tx.QueryOne(std::string(kLearnerSelect) + "AND l.class_id = ? AND l.id = ?",
                             {class_id, learner_id});
  if (!r) return std::nullopt;
  return LearnerFromRow(*r);
}

}  // namespace training_internal

using namespace training_internal;  // NOLINT: this domain's own helpers

Result<Page<TrainingClass>> ListTrainingClasses(const Env& env, const Actor& actor, int64_t org_id,
                                                const TrainingQuery& q) {
  Validator v;
  v.Check(q.year == 0 || (q.year >= 1930 && q.year <= 2200), "year", "Năm không hợp lệ.");
  v.Check(q.kind.empty() || vocab::Parse<TrainingKind>(q.kind).has_value(), "kind",
          "Loại lớp không hợp lệ.");
  if (Status s = v.ToStatus(); !s) return s.error();
  auto subtree = SubtreeFor(env, actor, org_id, Action::kMemberRead);
  if (!subtree.ok()) return subtree.error();
  const PathRange& range = *subtree;
  std::string where = "WHERE o.path >= ? AND o.path < ? AND c.voided_at IS NULL";
  store::Params params = {range.lo, range.hi};
  AndWithinYear(where, params, "c.starts_on", q.year);
  if (!q.kind.empty()) {
    where += " AND c.kind = ?";
    params.push_back(q.kind);
  }
  Page<TrainingClass> page;
  store::Transaction tx = env.db.BeginRead();
  const PagedSql sql{
      std::string(kClassSelect) + "FROM training_class c JOIN org o ON o.id = c.org_id ",
      "FROM training_class c JOIN org o ON o.id = c.org_id ", where,
      "ORDER BY c.starts_on DESC, c.id DESC", params};
  page.total = EachOnPage(tx, sql, q.page, q.page_size,
                          [&page](const store::Row& r) { page.items.push_back(ClassFromRow(r)); });
  return page;
}

Result<TrainingClass> GetTrainingClass(const Env& env, const Actor& actor, int64_t id) {
  store::Transaction tx = env.db.BeginRead();
  auto c = LoadVisibleClass(tx, actor, id);
  if (!c) return ClassNotFound(id);
  c->learner_list = LoadLearners(tx, id);
  return *c;
}

std::vector<AttendedClass> ClassesOfMember(store::Transaction& tx, int64_t member_id) {
  std::vector<AttendedClass> out;
  tx.Each(
      "SELECT c.id, c.kind, c.title, c.ends_on, l.result, l.certificate_no FROM "
      "training_learner l JOIN training_class c ON c.id = l.class_id WHERE l.member_id = ? AND "
      "l.voided_at IS NULL AND c.voided_at IS NULL ORDER BY c.ends_on DESC, c.id DESC",
      {member_id}, [&out](const store::Row& r) {
        out.push_back({r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.OptText(4).value_or(""),
                       r.OptText(5).value_or("")});
      });
  return out;
}

nlohmann::json TrainingLearnerJson(const TrainingLearner& l) {
  auto opt = [](const std::optional<int64_t>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
  };
  return {{"id", l.id},
          {"class_id", l.class_id},
          {"member_id", opt(l.member_id)},
          {"candidate_id", opt(l.candidate_id)},
          {"full_name", l.full_name},
          {"org_id", l.org_id},
          {"org_name", l.org_name},
          {"result", l.result},
          {"grade", l.grade},
          {"certificate_no", l.certificate_no},
          {"certificate_on", l.certificate_on},
          {"effects", l.effects}};
}

nlohmann::json TrainingClassJson(const TrainingClass& c) {
  nlohmann::json out = {{"id", c.id},
                        {"org_id", c.org_id},
                        {"org_name", c.org_name},
                        {"kind", c.kind},
                        {"kind_label", std::string(vocab::LabelOf<TrainingKind>(c.kind))},
                        {"title", c.title},
                        {"starts_on", c.starts_on},
                        {"ends_on", c.ends_on},
                        {"place", c.place},
                        {"note", c.note},
                        {"learners", c.learners},
                        {"completed", c.completed},
                        {"certified", c.certified},
                        {"version", c.version}};
  nlohmann::json learners = nlohmann::json::array();
  for (const TrainingLearner& l : c.learner_list) learners.push_back(TrainingLearnerJson(l));
  out["learner_list"] = std::move(learners);
  return out;
}

}  // namespace dangbo::service
