// Cultural-standard units: the vocabulary, the host units of a subtree with their standing in
// a year (read and counted by the same query), the year recorded at once, and their JSON.
#include "service/culture/culture.h"

#include <algorithm>
#include <array>
#include <map>

#include "base/date.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/span_history.h"
#include "service/core/validate.h"
#include "service/orgs/orgs.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

constexpr std::array<vocab::Entry<CultureResult>, 3> kResults = {{
    {CultureResult::kAchieved, "achieved", "Đạt chuẩn văn hóa"},
    {CultureResult::kModel, "model", "Đạt chuẩn, tiêu biểu"},
    {CultureResult::kNotAchieved, "not_achieved", "Không đạt"},
}};
static_assert(vocab::WellFormed<CultureResult>(kResults));

CultureUnit UnitFromRow(const store::Row& r) {
  CultureUnit u;
  u.org_id = r.Int(1);
  u.host_unit_name = r.Text(2);
  u.org_name = r.Text(3);
  u.host_unit_id = r.Int(6);
  u.host_unit_kind = r.Text(7);
  u.registered = r.Int(8) != 0;
  u.result = r.OptText(9).value_or("");
  u.decision_no = r.OptText(10).value_or("");
  u.decided_on = r.OptText(11).value_or("");
  u.note = r.OptText(12).value_or("");
  return u;
}

void Tally(CultureYear& y, const CultureUnit& u) {
  ++y.host_units;
  if (u.registered) ++y.registered;
  if (u.result == "achieved" || u.result == "model") ++y.achieved;
  if (u.result == "model") ++y.model;
}

CultureYear LoadYear(store::Transaction& tx, const std::string& path, int year) {
  CultureYear y;
  y.year = year;
  EachCultureUnit(tx, path, year, [&y](const store::Row& r) {
    y.units.push_back(UnitFromRow(r));
    Tally(y, y.units.back());
  });
  std::stable_sort(y.units.begin(), y.units.end(), [](const CultureUnit& a, const CultureUnit& b) {
    return text::CollationKey(a.host_unit_name) < text::CollationKey(b.host_unit_name);
  });
  return y;
}

Status CheckItems(const std::vector<CultureInput>& items, int year, const Date& today) {
  Validator v;
  v.Check(year >= 1990 && year <= today.year(), "year",
          "Năm phải từ 1990 đến năm nay (" + std::to_string(today.year()) + ").");
  v.Check(!items.empty(), "items", "Hãy ghi ít nhất một đơn vị.");
  std::map<int64_t, int> seen;
  for (const CultureInput& in : items) {
    const std::string id = std::to_string(in.host_unit_id);
    v.Check(++seen[in.host_unit_id] == 1, "items", "Đơn vị mã " + id + " được ghi hai lần.");
    v.Check(in.result.empty() || vocab::Parse<CultureResult>(in.result).has_value(), "items",
            "Kết quả của đơn vị mã " + id + " không hợp lệ.");
    v.Check(in.result.empty() || in.registered, "items",
            "Đơn vị mã " + id + " chưa đăng ký xây dựng đơn vị văn hóa: không ghi kết quả.");
    CheckText(v, in.decision_no, "items", "Số quyết định công nhận", 100, false);
    CheckPastDate(v, in.decided_on, "items", "Ngày quyết định công nhận", today, false);
    CheckText(v, in.note, "items", "Ghi chú", 1000, false);
  }
  return v.ToStatus();
}

}  // namespace

std::span<const vocab::Entry<CultureResult>> VocabOf(CultureResult) { return kResults; }

void EachCultureUnit(store::Transaction& tx, const std::string& path, int year,
                     const std::function<void(const store::Row&)>& fn) {
  tx.Each(
      "SELECT 'org', o.id, h.name, o.name, CAST(? AS TEXT), COALESCE(c.result, CASE WHEN "
      "c.registered = 1 THEN 'registered' ELSE 'none' END), h.id, h.kind, COALESCE(c.registered, "
      "0), c.result, c.decision_no, c.decided_on, c.note FROM (SELECT host_unit_id, MIN(path) AS "
      "path FROM org WHERE host_unit_id IS NOT NULL AND ended_on IS NULL AND path >= ? AND path < "
      "? GROUP BY host_unit_id) x JOIN org o ON o.path = x.path JOIN host_unit h ON h.id = "
      "x.host_unit_id LEFT JOIN culture_unit c ON c.host_unit_id = h.id AND c.year = ? ORDER BY "
      "h.id",
      {std::to_string(year) + "-12-31", path, path + "~", int64_t{year}}, fn);
}

Result<CultureYear> GetCultureYear(const Env& env, const Actor& actor, int64_t org_id, int year) {
  if (year < 1990 || year > 2200) {
    return Error::Invalid("Năm không hợp lệ.", {{"year", "Năm phải từ 1990 đến 2200."}});
  }
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  if (Status s = Authorize(actor, Action::kMemberRead, org->path); !s) return s.error();
  store::Transaction tx = env.db.BeginRead();
  return LoadYear(tx, org->path, year);
}

Result<CultureYear> RecordCultureYear(const Env& env, const Actor& actor, int64_t org_id, int year,
                                      const std::vector<CultureInput>& items) {
  if (Status s = CheckItems(items, year, Today(env)); !s) return s.error();
  AuditEntry audit{.action = "culture.record",
                   .entity = "culture_year",
                   .entity_id = std::to_string(year),
                   .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kRewardWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  const std::string path = tx.QueryRow("SELECT path FROM org WHERE id = ?", {org_id}).Text(0);
  const CultureYear before = LoadYear(tx, path, year);
  std::map<int64_t, int64_t> owner;  // host unit -> organization placing it
  for (const CultureUnit& u : before.units) owner[u.host_unit_id] = u.org_id;
  const std::string now = FormatTimestamp(env.clock.Now());
  for (const CultureInput& in : items) {
    const auto it = owner.find(in.host_unit_id);
    if (it == owner.end()) {
      return Error::NotFound("Không tìm thấy đơn vị có mã " + std::to_string(in.host_unit_id) +
                             " trong tổ chức được chọn.");
    }
    auto opt = [](const std::string& s) {
      return s.empty() ? store::Null() : store::Value(text::Trim(s));
    };
    // The row replaced keeps its version (reports as recorded before this save).
    RetireVersions(tx, "culture_unit", "host_unit_id = ? AND year = ?",
                   {in.host_unit_id, int64_t{year}}, now);
    tx.Exec("DELETE FROM culture_unit WHERE host_unit_id = ? AND year = ?",
            {in.host_unit_id, int64_t{year}});
    tx.Exec(
        "INSERT INTO culture_unit (host_unit_id, org_id, year, registered, result, decision_no, "
        "decided_on, note, created_at, updated_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)",
        {in.host_unit_id, it->second, int64_t{year}, int64_t{in.registered ? 1 : 0}, opt(in.result),
         opt(in.decision_no), opt(in.decided_on), opt(in.note), now, now, now});
  }
  CultureYear after = LoadYear(tx, path, year);
  const auto totals = [](const CultureYear& y) {
    return nlohmann::json{{"year", y.year},
                          {"host_units", y.host_units},
                          {"registered", y.registered},
                          {"achieved", y.achieved},
                          {"model", y.model}};
  };
  audit.before = totals(before);
  audit.after = totals(after);
  audit.detail = "Ghi " + text::FormatInt(static_cast<int64_t>(items.size())) +
                 " đơn vị văn hóa năm " + std::to_string(year) + ".";
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return after;
}

nlohmann::json CultureYearJson(const CultureYear& y) {
  nlohmann::json units = nlohmann::json::array();
  for (const CultureUnit& u : y.units) {
    units.push_back({{"host_unit_id", u.host_unit_id},
                     {"host_unit_name", u.host_unit_name},
                     {"host_unit_kind", u.host_unit_kind},
                     {"org_id", u.org_id},
                     {"org_name", u.org_name},
                     {"registered", u.registered},
                     {"result", u.result},
                     {"decision_no", u.decision_no},
                     {"decided_on", u.decided_on},
                     {"note", u.note}});
  }
  return {{"year", y.year},         {"host_units", y.host_units}, {"registered", y.registered},
          {"achieved", y.achieved}, {"model", y.model},           {"units", std::move(units)}};
}

}  // namespace dangbo::service
