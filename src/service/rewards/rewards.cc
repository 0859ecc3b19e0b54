// The rewards vocabulary and the reads: a subtree's awards (with the counts of collectives
// and individuals of the whole selection: "8 tập thể, 14 cá nhân"), one award, the movements
// and models of a subtree, and their JSON.
#include "service/rewards/rewards.h"

#include <array>

#include "base/date.h"
#include "service/core/access.h"
#include "service/orgs/orgs.h"
#include "service/rewards/rewards_internal.h"

namespace dangbo::service {

namespace {

constexpr std::array<vocab::Entry<RewardSubject>, 2> kSubjects = {{
    {RewardSubject::kCollective, "collective", "Tập thể"},
    {RewardSubject::kIndividual, "individual", "Cá nhân"},
}};
static_assert(vocab::WellFormed<RewardSubject>(kSubjects));

constexpr std::array<vocab::Entry<RewardForm>, 5> kForms = {{
    {RewardForm::kOrder, "order", "Huân chương"},
    {RewardForm::kMeritCertificate, "merit_certificate", "Bằng khen"},
    {RewardForm::kEmulationFlag, "emulation_flag", "Cờ thi đua"},
    {RewardForm::kEmulationTitle, "emulation_title", "Danh hiệu thi đua"},
    {RewardForm::kCommendation, "commendation", "Giấy khen"},
}};
static_assert(vocab::WellFormed<RewardForm>(kForms));

constexpr std::array<vocab::Entry<RewardLevel>, 5> kLevels = {{
    {RewardLevel::kState, "state", "Chủ tịch nước, Thủ tướng Chính phủ"},
    {RewardLevel::kCentral, "central", "Ban Chấp hành Trung ương, ban đảng Trung ương"},
    {RewardLevel::kProvincial, "provincial", "Tỉnh ủy, Thành ủy, Ủy ban nhân dân tỉnh"},
    {RewardLevel::kSuperior, "superior", "Đảng ủy cấp trên cơ sở"},
    {RewardLevel::kGrassroots, "grassroots", "Đảng ủy cơ sở"},
}};
static_assert(vocab::WellFormed<RewardLevel>(kLevels));

constexpr std::array<vocab::Entry<EmulationKind>, 3> kEmulationKinds = {{
    {EmulationKind::kMovement, "movement", "Phong trào thi đua"},
    {EmulationKind::kDanVanKheo, "dan_van_kheo", "Mô hình \"Dân vận khéo\""},
    {EmulationKind::kInnovation, "innovation", "Chương trình đổi mới, sáng tạo"},
}};
static_assert(vocab::WellFormed<EmulationKind>(kEmulationKinds));

constexpr const char* kRewardSelect =
    "SELECT r.id, r.org_id, o.name, r.subject, r.member_id, r.recipient, r.form, r.level, "
    "r.decision_no, r.decided_on, r.reason, r.period_label, r.emulation_id, e.title, r.effects ";
constexpr const char* kRewardFrom =
    "FROM reward r JOIN org o ON o.id = r.org_id LEFT JOIN emulation e ON e.id = "
    "r.emulation_id ";

Reward RewardFromRow(const store::Row& r) {
  Reward x;
  x.id = r.Int(0);
  x.org_id = r.Int(1);
  x.org_name = r.Text(2);
  x.subject = r.Text(3);
  x.member_id = r.OptInt(4);
  x.recipient = r.Text(5);
  x.form = r.Text(6);
  x.level = r.Text(7);
  x.decision_no = r.Text(8);
  x.decided_on = r.Text(9);
  x.reason = r.Text(10);
  x.period_label = r.OptText(11).value_or("");
  x.emulation_id = r.OptInt(12);
  x.emulation_title = r.OptText(13).value_or("");
  const std::string effects = r.OptText(14).value_or("");
  x.effects =
      effects.empty() ? nlohmann::json::object() : nlohmann::json::parse(effects, nullptr, false);
  return x;
}

constexpr const char* kEmulationSelect =
    "SELECT e.id, e.org_id, o.name, e.kind, e.title, e.starts_on, e.ends_on, e.note, (SELECT "
    "COUNT(*) FROM reward r WHERE r.emulation_id = e.id AND r.voided_at IS NULL) FROM emulation "
    "e JOIN org o ON o.id = e.org_id ";

Emulation EmulationFromRow(const store::Row& r) {
  return {r.Int(0),
          r.Int(1),
          r.Text(2),
          r.Text(3),
          r.Text(4),
          r.Text(5),
          r.OptText(6).value_or(""),
          r.OptText(7).value_or(""),
          r.Int(8)};
}

}  // namespace

std::span<const vocab::Entry<RewardSubject>> VocabOf(RewardSubject) { return kSubjects; }
std::span<const vocab::Entry<RewardForm>> VocabOf(RewardForm) { return kForms; }
std::span<const vocab::Entry<RewardLevel>> VocabOf(RewardLevel) { return kLevels; }
std::span<const vocab::Entry<EmulationKind>> VocabOf(EmulationKind) { return kEmulationKinds; }

namespace rewards_internal {

Error RewardNotFound(int64_t id) {
  return Error::NotFound("Không tìm thấy khen thưởng có mã " + std::to_string(id) + ".");
}

Error EmulationNotFound(int64_t id) {
  return Error::NotFound("Không tìm thấy phong trào thi đua, mô hình có mã " + std::to_string(id) +
                         ".");
}

std::optional<Reward> LoadVisibleReward(store::Transaction& tx, const Actor& actor, int64_t id) {
  const auto r = tx.QueryOne(std::string(kRewardSelect) + ", o.path " + kRewardFrom +
                                 "WHERE r.id = ? AND r.voided_at IS NULL",
                             {id});
  if (!r || !InScope(actor, r->Text(15)) || !RoleAllows(actor, Action::kMemberRead)) {
    return std::nullopt;
  }
  return RewardFromRow(*r);
}

std::string EmulationPath(store::Transaction& tx, int64_t id) {
  const auto r = tx.QueryOne(
      "SELECT o.path FROM emulation e JOIN org o ON o.id = e.org_id WHERE e.id = ? AND "
      "e.voided_at IS NULL",
      {id});
  return r ? r->Text(0) : "";
}

std::optional<Emulation> LoadVisibleEmulation(store::Transaction& tx, const Actor& actor,
                                              int64_t id) {
  const std::string path = EmulationPath(tx, id);
  if (path.empty() || !InScope(actor, path) || !RoleAllows(actor, Action::kMemberRead)) {
    return std::nullopt;
  }
  return EmulationFromRow(*tx.QueryOne(std::string(kEmulationSelect) + "WHERE e.id = ?", {id}));
}

}  // namespace rewards_internal

using namespace rewards_internal;  // NOLINT: this domain's own helpers

Result<RewardPage> ListRewards(const Env& env, const Actor& actor, int64_t org_id,
                               const RewardQuery& q) {
  Validator v;
  v.Check(q.from.empty() || Date::Parse(q.from).has_value(), "from", "Từ ngày không hợp lệ.");
  v.Check(q.to.empty() || Date::Parse(q.to).has_value(), "to", "Đến ngày không hợp lệ.");
  v.Check(q.subject.empty() || vocab::Parse<RewardSubject>(q.subject).has_value(), "subject",
          "Đối tượng khen thưởng không hợp lệ.");
  v.Check(q.form.empty() || vocab::Parse<RewardForm>(q.form).has_value(), "form",
          "Hình thức khen thưởng không hợp lệ.");
  if (Status s = v.ToStatus(); !s) return s.error();
  auto subtree = SubtreeFor(env, actor, org_id, Action::kMemberRead);
  if (!subtree.ok()) return subtree.error();
  const PathRange& range = *subtree;
  std::string where = "WHERE o.path >= ? AND o.path < ? AND r.voided_at IS NULL";
  store::Params params = {range.lo, range.hi};
  auto add = [&](const char* sql, const std::string& value) {
    if (value.empty()) return;
    where += sql;
    params.push_back(value);
  };
  add(" AND r.decided_on >= ?", q.from);
  add(" AND r.decided_on <= ?", q.to);
  add(" AND r.form = ?", q.form);
  RewardPage out;
  store::Transaction tx = env.db.BeginRead();
  tx.Each("SELECT r.subject, COUNT(*) FROM reward r JOIN org o ON o.id = r.org_id " + where +
              " GROUP BY r.subject",
          params, [&out](const store::Row& r) {
            (r.Text(0) == "collective" ? out.collectives : out.individuals) = r.Int(1);
          });
  add(" AND r.subject = ?", q.subject);
  const PagedSql sql{std::string(kRewardSelect) + kRewardFrom, kRewardFrom, where,
                     "ORDER BY r.decided_on DESC, r.id DESC", params};
  out.page.total = EachOnPage(tx, sql, q.page, q.page_size, [&out](const store::Row& r) {
    out.page.items.push_back(RewardFromRow(r));
  });
  return out;
}

Result<Reward> GetReward(const Env& env, const Actor& actor, int64_t id) {
  store::Transaction tx = env.db.BeginRead();
  auto r = LoadVisibleReward(tx, actor, id);
  if (!r) return RewardNotFound(id);
  return *r;
}

Result<std::vector<Emulation>> ListEmulations(const Env& env, const Actor& actor, int64_t org_id,
                                              int year, const std::string& kind) {
  Validator v;
  v.Check(year == 0 || (year >= 1930 && year <= 2200), "year", "Năm không hợp lệ.");
  v.Check(kind.empty() || vocab::Parse<EmulationKind>(kind).has_value(), "kind",
          "Loại phong trào, mô hình không hợp lệ.");
  if (Status s = v.ToStatus(); !s) return s.error();
  auto subtree = SubtreeFor(env, actor, org_id, Action::kMemberRead);
  if (!subtree.ok()) return subtree.error();
  const PathRange& range = *subtree;
  std::string where = "WHERE o.path >= ? AND o.path < ? AND e.voided_at IS NULL";
  store::Params params = {range.lo, range.hi};
  AndWithinYear(where, params, "e.starts_on", year);
  if (!kind.empty()) {
    where += " AND e.kind = ?";
    params.push_back(kind);
  }
  std::vector<Emulation> out;
  store::Transaction tx = env.db.BeginRead();
  tx.Each(
      std::string(kEmulationSelect) + where + " ORDER BY e.starts_on DESC, e.id DESC LIMIT 2000",
      params, [&out](const store::Row& r) { out.push_back(EmulationFromRow(r)); });
  return out;
}

nlohmann::json RewardJson(const Reward& r) {
  auto opt = [](const std::optional<int64_t>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
  };
  return {{"id", r.id},
          {"org_id", r.org_id},
          {"org_name", r.org_name},
          {"subject", r.subject},
          {"member_id", opt(r.member_id)},
          {"recipient", r.recipient},
          {"form", r.form},
          {"form_label", std::string(vocab::LabelOf<RewardForm>(r.form))},
          {"level", r.level},
          {"level_label", std::string(vocab::LabelOf<RewardLevel>(r.level))},
          {"decision_no", r.decision_no},
          {"decided_on", r.decided_on},
          {"reason", r.reason},
          {"period_label", r.period_label},
          {"emulation_id", opt(r.emulation_id)},
          {"emulation_title", r.emulation_title},
          {"effects", r.effects}};
}

nlohmann::json EmulationJson(const Emulation& e) {
  return {{"id", e.id},
          {"org_id", e.org_id},
          {"org_name", e.org_name},
          {"kind", e.kind},
          {"kind_label", std::string(vocab::LabelOf<EmulationKind>(e.kind))},
          {"title", e.title},
          {"starts_on", e.starts_on},
          {"ends_on", e.ends_on},
          {"note", e.note},
          {"rewards", e.rewards}};
}

}  // namespace dangbo::service
