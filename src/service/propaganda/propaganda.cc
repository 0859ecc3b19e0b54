// The propaganda vocabulary and the reads: a subtree's activities (by kind and year), Directive
// 05 models (by year), collaborators (serving on a date), one activity, and their JSON.
#include "service/propaganda/propaganda.h"

#include <array>

#include "service/core/access.h"
#include "service/orgs/orgs.h"
#include "service/propaganda/propaganda_internal.h"

namespace dangbo::service {

namespace {

constexpr std::array<vocab::Entry<PropagandaKind>, 4> kKinds = {{
    {PropagandaKind::kStudySession, "study_session", "Học tập, quán triệt nghị quyết, chỉ thị"},
    {PropagandaKind::kOnlineConference, "online_conference", "Hội nghị trực tuyến"},
    {PropagandaKind::kContest, "contest", "Cuộc thi"},
    {PropagandaKind::kOpinionReport, "opinion_report", "Báo cáo dư luận xã hội"},
}};
static_assert(vocab::WellFormed<PropagandaKind>(kKinds));

constexpr std::array<vocab::Entry<ModelKind>, 2> kModelKinds = {{
    {ModelKind::kCollective, "collective", "Mô hình tập thể"},
    {ModelKind::kIndividual, "individual", "Điển hình cá nhân"},
}};
static_assert(vocab::WellFormed<ModelKind>(kModelKinds));

constexpr const char* kActivitySelect =
    "SELECT a.id, a.org_id, o.name, a.kind, a.held_on, a.ends_on, a.title, a.document_no, "
    "a.document_kind, a.invited, a.attended, a.points, a.entries, a.prizes, a.opinions, "
    "a.topics, a.summary, a.note, a.version FROM propaganda_activity a JOIN org o ON o.id = "
    "a.org_id ";

PropagandaActivity ActivityFromRow(const store::Row& r) {
  PropagandaActivity a;
  a.id = r.Int(0);
  a.org_id = r.Int(1);
  a.org_name = r.Text(2);
  a.kind = r.Text(3);
  a.held_on = r.Text(4);
  a.ends_on = r.OptText(5).value_or("");
  a.title = r.Text(6);
  a.document_no = r.OptText(7).value_or("");
  a.document_kind = r.OptText(8).value_or("");
  a.invited = r.OptInt(9);
  a.attended = r.OptInt(10);
  a.points = r.OptInt(11);
  a.entries = r.OptInt(12);
  a.prizes = r.OptInt(13);
  a.opinions = r.OptInt(14);
  a.topics = r.OptText(15).value_or("");
  a.summary = r.OptText(16).value_or("");
  a.note = r.OptText(17).value_or("");
  a.version = r.Int(18);
  return a;
}

constexpr const char* kModelSelect =
    "SELECT d.id, d.org_id, o.name, d.year, d.kind, d.member_id, m.full_name, d.name, "
    "d.registered_on, d.recognized_on, d.note, d.version FROM directive05_model d JOIN org o "
    "ON o.id = d.org_id LEFT JOIN member m ON m.id = d.member_id ";

Directive05Model ModelFromRow(const store::Row& r) {
  Directive05Model d;
  d.id = r.Int(0);
  d.org_id = r.Int(1);
  d.org_name = r.Text(2);
  d.year = static_cast<int>(r.Int(3));
  d.kind = r.Text(4);
  d.member_id = r.OptInt(5);
  d.member_name = r.OptText(6).value_or("");
  d.name = r.Text(7);
  d.registered_on = r.Text(8);
  d.recognized_on = r.OptText(9).value_or("");
  d.note = r.OptText(10).value_or("");
  d.version = r.Int(11);
  return d;
}

constexpr const char* kCollaboratorSelect =
    "SELECT c.id, c.org_id, o.name, c.member_id, m.full_name, c.from_on, c.to_on, "
    "c.decision_no, c.note, c.version FROM opinion_collaborator c JOIN org o ON o.id = c.org_id "
    "JOIN member m ON m.id = c.member_id ";

Collaborator CollaboratorFromRow(const store::Row& r) {
  Collaborator c;
  c.id = r.Int(0);
  c.org_id = r.Int(1);
  c.org_name = r.Text(2);
  c.member_id = r.Int(3);
  c.member_name = r.Text(4);
  c.from_on = r.Text(5);
  c.to_on = r.OptText(6).value_or("");
  c.decision_no = r.OptText(7).value_or("");
  c.note = r.OptText(8).value_or("");
  c.version = r.Int(9);
  return c;
}

Status CheckPaging(Validator& v, int year) {
  v.Check(year == 0 || (year >= 1930 && year <= 2200), "year", "Năm không hợp lệ.");
  return v.ToStatus();
}

}  // namespace

std::span<const vocab::Entry<PropagandaKind>> VocabOf(PropagandaKind) { return kKinds; }
std::span<const vocab::Entry<ModelKind>> VocabOf(ModelKind) { return kModelKinds; }

namespace propaganda_internal {

namespace {

struct TableInfo {
  const char* name;
  const char* noun;
};
constexpr TableInfo kTables[] = {
    {"propaganda_activity", "hoạt động tuyên giáo"},
    {"directive05_model", "mô hình Chỉ thị 05"},
    {"opinion_collaborator", "cộng tác viên dư luận xã hội"},
};

}  // namespace

const char* TableName(Table t) { return kTables[static_cast<int>(t)].name; }

Error NotFoundIn(Table t, int64_t id) {
  return Error::NotFound(std::string("Không tìm thấy ") + kTables[static_cast<int>(t)].noun +
                         " có mã " + std::to_string(id) + ".");
}

std::optional<int64_t> VisibleOrg(store::Transaction& tx, const Actor& actor, Table t, int64_t id) {
  const auto r = tx.QueryOne(std::string("SELECT o.id, o.path FROM ") + TableName(t) +
                                 " x JOIN org o ON o.id = x.org_id WHERE x.id = ? AND "
                                 "x.voided_at IS NULL",
                             {id});
  if (!r || !InScope(actor, r->Text(1)) || !RoleAllows(actor, Action::kPropagandaRead)) {
    return std::nullopt;
  }
  return r->Int(0);
}

std::optional<PropagandaActivity> LoadActivity(store::Transaction& tx, int64_t id) {
  const auto r = tx.QueryOne(std::string(kActivitySelect) + "WHERE a.id = ?", {id});
  if (!r) return std::nullopt;
  return ActivityFromRow(*r);
}

std::optional<Directive05Model> LoadModel(store::Transaction& tx, int64_t id) {
  const auto r = tx.QueryOne(std::string(kModelSelect) + "WHERE d.id = ?", {id});
  if (!r) return std::nullopt;
  return ModelFromRow(*r);
}

std::optional<Collaborator> LoadCollaborator(store::Transaction& tx, int64_t id) {
  const auto r = tx.QueryOne(std::string(kCollaboratorSelect) + "WHERE c.id = ?", {id});
  if (!r) return std::nullopt;
  return CollaboratorFromRow(*r);
}

store::Value OrNull(const std::string& s) { return s.empty() ? store::Null() : store::Value(s); }
store::Value OrNull(const std::optional<int64_t>& v) {
  return v ? store::Value(*v) : store::Null();
}

}  // namespace propaganda_internal

using namespace propaganda_internal;  // NOLINT: this domain's own helpers

Result<Page<PropagandaActivity>> ListActivities(const Env& env, const Actor& actor, int64_t org_id,
                                                const ActivityQuery& q) {
  Validator v;
  v.Check(q.kind.empty() || vocab::Parse<PropagandaKind>(q.kind).has_value(), "kind",
          "Loại hoạt động không hợp lệ.");
  if (Status s = CheckPaging(v, q.year); !s) return s.error();
  auto range = SubtreeFor(env, actor, org_id, Action::kPropagandaRead);
  if (!range.ok()) return range.error();
  std::string where = "WHERE o.path >= ? AND o.path < ? AND a.voided_at IS NULL";
  store::Params params = {range->lo, range->hi};
  AndWithinYear(where, params, "a.held_on", q.year);
  if (!q.kind.empty()) {
    where += " AND a.kind = ?";
    params.push_back(q.kind);
  }
  Page<PropagandaActivity> page;
  store::Transaction tx = env.db.BeginRead();
  const PagedSql sql{kActivitySelect, "FROM propaganda_activity a JOIN org o ON o.id = a.org_id ",
                     where, "ORDER BY a.held_on DESC, a.id DESC", params};
  page.total = EachOnPage(tx, sql, q.page, q.page_size, [&page](const store::Row& r) {
    page.items.push_back(ActivityFromRow(r));
  });
  return page;
}

Result<PropagandaActivity> GetActivity(const Env& env, const Actor& actor, int64_t id) {
  store::Transaction tx = env.db.BeginRead();
  if (!VisibleOrg(tx, actor, Table::kActivity, id)) return NotFoundIn(Table::kActivity, id);
  return *LoadActivity(tx, id);
}

Result<Page<Directive05Model>> ListModels(const Env& env, const Actor& actor, int64_t org_id,
                                          const ModelQuery& q) {
  Validator v;
  if (Status s = CheckPaging(v, q.year); !s) return s.error();
  auto range = SubtreeFor(env, actor, org_id, Action::kPropagandaRead);
  if (!range.ok()) return range.error();
  std::string where = "WHERE o.path >= ? AND o.path < ? AND d.voided_at IS NULL";
  store::Params params = {range->lo, range->hi};
  if (q.year != 0) {
    where += " AND d.year = ?";
    params.push_back(int64_t{q.year});
  }
  Page<Directive05Model> page;
  store::Transaction tx = env.db.BeginRead();
  const PagedSql sql{kModelSelect, "FROM directive05_model d JOIN org o ON o.id = d.org_id ", where,
                     "ORDER BY d.year DESC, o.path, d.id", params};
  page.total = EachOnPage(tx, sql, q.page, q.page_size,
                          [&page](const store::Row& r) { page.items.push_back(ModelFromRow(r)); });
  return page;
}

Result<Page<Collaborator>> ListCollaborators(const Env& env, const Actor& actor, int64_t org_id,
                                             const CollaboratorQuery& q) {
  if (!q.at.empty() && !Date::Parse(q.at)) {
    return Error::Invalid("Ngày không hợp lệ (dd/mm/yyyy).", {{"at", "Ngày không hợp lệ."}});
  }
  auto range = SubtreeFor(env, actor, org_id, Action::kPropagandaRead);
  if (!range.ok()) return range.error();
  std::string where = "WHERE o.path >= ? AND o.path < ? AND c.voided_at IS NULL";
  store::Params params = {range->lo, range->hi};
  if (!q.at.empty()) {
    where += " AND c.from_on <= ? AND (c.to_on IS NULL OR c.to_on > ?)";
    params.push_back(q.at);
    params.push_back(q.at);
  }
  Page<Collaborator> page;
  store::Transaction tx = env.db.BeginRead();
  const PagedSql sql{kCollaboratorSelect,
                     "FROM opinion_collaborator c JOIN org o ON o.id = c.org_id ", where,
                     "ORDER BY o.path, m.sort_key, c.id", params};
  page.total = EachOnPage(tx, sql, q.page, q.page_size, [&page](const store::Row& r) {
    page.items.push_back(CollaboratorFromRow(r));
  });
  return page;
}

namespace {

nlohmann::json OptJson(const std::optional<int64_t>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json ActivityJson(const PropagandaActivity& a) {
  nlohmann::json rate = nullptr;
  if (a.kind == "study_session" && a.invited && *a.invited > 0 && a.attended) {
    rate = static_cast<double>(*a.attended) * 100.0 / static_cast<double>(*a.invited);
  }
  return {{"id", a.id},
          {"org_id", a.org_id},
          {"org_name", a.org_name},
          {"kind", a.kind},
          {"kind_label", std::string(vocab::LabelOf<PropagandaKind>(a.kind))},
          {"held_on", a.held_on},
          {"ends_on", a.ends_on},
          {"title", a.title},
          {"document_no", a.document_no},
          {"document_kind", a.document_kind},
          {"invited", OptJson(a.invited)},
          {"attended", OptJson(a.attended)},
          {"rate", rate},
          {"points", OptJson(a.points)},
          {"entries", OptJson(a.entries)},
          {"prizes", OptJson(a.prizes)},
          {"opinions", OptJson(a.opinions)},
          {"topics", a.topics},
          {"summary", a.summary},
          {"note", a.note},
          {"version", a.version}};
}

nlohmann::json ModelJson(const Directive05Model& m) {
  return {{"id", m.id},
          {"org_id", m.org_id},
          {"org_name", m.org_name},
          {"year", m.year},
          {"kind", m.kind},
          {"kind_label", std::string(vocab::LabelOf<ModelKind>(m.kind))},
          {"member_id", OptJson(m.member_id)},
          {"member_name", m.member_name},
          {"name", m.name},
          {"registered_on", m.registered_on},
          {"recognized_on", m.recognized_on},
          {"note", m.note},
          {"version", m.version}};
}

nlohmann::json CollaboratorJson(const Collaborator& c) {
  return {{"id", c.id},
          {"org_id", c.org_id},
          {"org_name", c.org_name},
          {"member_id", c.member_id},
          {"member_name", c.member_name},
          {"from_on", c.from_on},
          {"to_on", c.to_on},
          {"decision_no", c.decision_no},
          {"note", c.note},
          {"version", c.version}};
}

}  // namespace dangbo::service
