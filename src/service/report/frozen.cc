// Frozen reports: kept as computed, listed in the actor's subtree, compared with the figures
// of the same query now and as recorded when frozen.
#include "service/report/frozen.h"

#include "report/as_recorded.h"
#include "report/indicator.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/validate.h"

namespace dangbo::service {

namespace {

constexpr const char* kColumns =
    "s.id, s.org_id, o.name, s.title, s.number, s.issued_on, s.query_json, s.answer_json, "
    "s.recorded_by, s.recorded_at, s.voided_at, s.void_reason";

Snapshot SnapshotFromRow(const store::Row& r) {
  Snapshot s;
  s.id = r.Int(0);
  s.org_id = r.Int(1);
  s.org_name = r.Text(2);
  s.title = r.Text(3);
  s.number = r.OptText(4).value_or("");
  s.issued_on = r.Text(5);
  s.query = nlohmann::json::parse(r.Text(6), nullptr, false);
  s.answer = nlohmann::json::parse(r.Text(7), nullptr, false);
  s.recorded_by = r.Text(8);
  s.recorded_at = r.Text(9);
  s.voided_at = r.OptText(10).value_or("");
  s.void_reason = r.OptText(11).value_or("");
  return s;
}

// What was asked, with the indicators the answer holds (the catalogue the actor could read,
// when none were named), so the same figures can be computed again.
nlohmann::json QueryJson(const IndicatorAnswer& a) {
  nlohmann::json codes = nlohmann::json::array();
  for (const auto& v : a.values) codes.push_back(v.indicator->code);
  return {{"codes", codes},
          {"at", a.at.Iso()},
          {"period",
           {{"code", a.period.Code()}, {"from", a.period.from.Iso()}, {"to", a.period.to.Iso()}}},
          {"breakdown", a.breakdown},
          {"compare", a.compared}};
}

Result<IndicatorQuery> QueryFromJson(int64_t org_id, const nlohmann::json& j) {
  IndicatorQuery q;
  q.org_id = org_id;
  const auto text = [&](const nlohmann::json& o, const char* k) {
    return o.is_object() && o.contains(k) && o[k].is_string() ? o[k].get<std::string>() : "";
  };
  const auto at = Date::Parse(text(j, "at"));
  const nlohmann::json period =
      j.is_object() ? j.value("period", nlohmann::json()) : nlohmann::json();
  auto p = report::ParsePeriod(text(period, "code"));
  if (!p.ok()) {
    const auto from = Date::Parse(text(period, "from")), to = Date::Parse(text(period, "to"));
    if (from && to) p = report::CustomPeriod(*from, *to);
  }
  if (!at || !p.ok() || !j.contains("codes") || !j["codes"].is_array()) {
    throw std::runtime_error("report_snapshot: unreadable query_json");
  }
  q.at = *at;
  q.period = *p;
  std::string codes;
  for (const auto& c : j["codes"]) codes += (codes.empty() ? "" : ",") + c.get<std::string>();
  auto indicators = ResolveIndicators(codes);
  if (!indicators.ok()) {
    return Error::Rule("snapshot_not_comparable",
                       "Báo cáo đã lưu dùng chỉ tiêu không còn trong danh mục: không so sánh "
                       "được.");
  }
  q.indicators = std::move(*indicators);
  q.breakdown = text(j, "breakdown");
  q.compare = j.value("compare", false);
  return q;
}

Snapshot LoadSnapshot(store::Transaction& tx, int64_t id) {
  return SnapshotFromRow(store::Must(
      tx.QueryOne(std::string("SELECT ") + kColumns +
                      " FROM report_snapshot s JOIN org o ON o.id = s.org_id WHERE s.id = ?",
                  {id}),
      "report_snapshot " + std::to_string(id)));
}

Error SnapshotNotFound(int64_t id) {
  return Error::NotFound("Không tìm thấy báo cáo đã lưu có mã " + std::to_string(id) + ".");
}

// The snapshot's organization (id and path) when it exists and lies in the actor's scope.
struct SnapshotOrg {
  int64_t id = 0;
  std::string path;
};
std::optional<SnapshotOrg> SnapshotOrgOf(store::Transaction& tx, const Actor& actor, int64_t id) {
  const auto r = tx.QueryOne(
      "SELECT o.id, o.path FROM report_snapshot s JOIN org o ON o.id = s.org_id WHERE s.id = ?",
      {id});
  if (!r || !InScope(actor, r->Text(1))) return std::nullopt;
  return SnapshotOrg{r->Int(0), r->Text(1)};
}

}  // namespace

Result<Snapshot> FreezeReport(const Env& env, const Actor& actor, const FreezeInput& in) {
  Validator v;
  CheckText(v, in.title, "title", "Tên báo cáo", 300, true);
  CheckText(v, in.number, "number", "Số báo cáo", 60, false);
  CheckPastDate(v, in.issued_on, "issued_on", "Ngày báo cáo", Today(env), true);
  if (Status s = v.ToStatus(); !s) return s.error();
  if (!in.query.recorded.empty()) {
    return Error::Invalid("Chỉ lưu được báo cáo với số liệu hiện tại.",
                          {{"recorded", "Không dùng khi lưu báo cáo."}});
  }
  auto answer = Indicators(env, actor, in.query);
  if (!answer.ok()) return answer.error();
  AuditEntry audit{.action = "report.freeze", .entity = "report_snapshot"};
  audit.org_id = in.query.org_id;
  audit.after = {{"title", in.title}, {"number", in.number}, {"issued_on", in.issued_on}};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kReportFreeze, in.query.org_id, audit);
  if (!tx.ok()) return tx.error();
  const TimePoint now = env.clock.Now();
  const int64_t id =
      tx->QueryRow(
            "INSERT INTO report_snapshot (org_id, title, number, issued_on, query_json, "
            "answer_json, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {in.query.org_id, in.title,
             in.number.empty() ? store::Value(nullptr) : store::Value(in.number), in.issued_on,
             QueryJson(*answer).dump(), IndicatorAnswerJson(*answer).dump(), actor.username,
             FormatTimestamp(now)})
          .Int(0);
  audit.entity_id = std::to_string(id);
  audit.after["query"] = QueryJson(*answer);
  RecordAudit(*tx, actor, audit, now);
  Snapshot s = LoadSnapshot(*tx, id);
  tx->Commit();
  return s;
}

namespace {

// Inspection, discipline and cadre planning figures are confidential: a report holding any
// is for those who may read them (MayReadConfidential); others neither list nor open it.
std::string NotConfidentialSql(const Actor& actor) {
  std::string out;
  if (!ReadsAllCaseFiles(actor)) {
    out +=
        " AND s.query_json NOT LIKE '%\"discipline.%' AND s.query_json NOT LIKE "
        "'%\"inspection.%'";
  }
  if (!RoleAllows(actor, Action::kCadreRead)) out += " AND s.query_json NOT LIKE '%\"cadre.%'";
  return out;
}

bool HoldsConfidential(const Actor& actor, const nlohmann::json& query) {
  if (!query.contains("codes") || !query["codes"].is_array()) return false;
  IndicatorCatalogue();  // registered before report::Find reads it
  for (const auto& c : query["codes"]) {
    const report::Indicator* i = c.is_string() ? report::Find(c.get<std::string>()) : nullptr;
    if (i != nullptr && !MayReadConfidential(actor, *i)) return true;
  }
  return false;
}

}  // namespace

Result<Page<Snapshot>> ListSnapshots(const Env& env, const Actor& actor, int64_t org_id, int page,
                                     int page_size) {
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  if (Status s = Authorize(actor, Action::kReportRead, org->path); !s) return s.error();
  store::Transaction tx = env.db.BeginRead();
  Page<Snapshot> out;
  PagedSql sql{std::string("SELECT ") + kColumns + " ",
               "",
               std::string("FROM report_snapshot s JOIN org o ON o.id = s.org_id WHERE o.path >= ? "
                           "AND o.path < ?") +
                   NotConfidentialSql(actor),
               "ORDER BY s.issued_on DESC, s.id DESC",
               {org->path, org->path + "~"}};
  out.total = EachOnPage(tx, sql, page, page_size,
                         [&](const store::Row& r) { out.items.push_back(SnapshotFromRow(r)); });
  return out;
}

Result<Snapshot> GetSnapshot(const Env& env, const Actor& actor, int64_t id) {
  store::Transaction tx = env.db.BeginRead();
  const auto org = SnapshotOrgOf(tx, actor, id);
  if (!org) return SnapshotNotFound(id);
  if (Status s = Authorize(actor, Action::kReportRead, org->path); !s) return s.error();
  Snapshot snapshot = LoadSnapshot(tx, id);
  if (HoldsConfidential(actor, snapshot.query)) {
    return Error::Forbidden("Vai trò của bạn không được xem số liệu kiểm tra, kỷ luật.");
  }
  return snapshot;
}

Result<SnapshotComparison> CompareSnapshot(const Env& env, const Actor& actor, int64_t id) {
  auto s = GetSnapshot(env, actor, id);
  if (!s.ok()) return s.error();
  auto q = QueryFromJson(s->org_id, s->query);
  if (!q.ok()) return q.error();
  auto now = Indicators(env, actor, *q);
  if (!now.ok()) return now.error();
  q->recorded = s->recorded_at;
  auto recorded = Indicators(env, actor, *q);
  if (!recorded.ok()) return recorded.error();
  return SnapshotComparison{std::move(*s), std::move(*recorded), std::move(*now)};
}

Result<Snapshot> VoidSnapshot(const Env& env, const Actor& actor, int64_t id,
                              const std::string& reason) {
  Validator v;
  CheckText(v, reason, "reason", "Lý do hủy", 500, true);
  if (Status s = v.ToStatus(); !s) return s.error();
  std::optional<SnapshotOrg> org;
  {
    store::Transaction tx = env.db.BeginRead();
    org = SnapshotOrgOf(tx, actor, id);
  }
  if (!org) return SnapshotNotFound(id);
  AuditEntry audit{.action = "report.snapshot_void",
                   .entity = "report_snapshot",
                   .entity_id = std::to_string(id)};
  audit.org_id = org->id;
  audit.after = {{"reason", reason}};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kReportFreeze, org->id, audit);
  if (!tx.ok()) return tx.error();
  const Snapshot before = LoadSnapshot(*tx, id);
  if (!before.voided_at.empty()) {
    return Error::Conflict("snapshot_voided", "Báo cáo này đã được hủy trước đó.");
  }
  const TimePoint now = env.clock.Now();
  tx->Exec("UPDATE report_snapshot SET voided_at = ?, void_reason = ? WHERE id = ?",
           {FormatTimestamp(now), reason, id});
  RecordAudit(*tx, actor, audit, now);
  Snapshot s = LoadSnapshot(*tx, id);
  tx->Commit();
  return s;
}

nlohmann::json SnapshotJson(const Snapshot& s, bool with_answer) {
  nlohmann::json j = {
      {"id", s.id},
      {"org", {{"id", s.org_id}, {"name", s.org_name}}},
      {"title", s.title},
      {"number", s.number},
      {"issued_on", s.issued_on},
      {"query", s.query},
      {"recorded_by", s.recorded_by},
      {"recorded_at", s.recorded_at},
      {"voided_at", s.voided_at.empty() ? nlohmann::json() : nlohmann::json(s.voided_at)},
      {"void_reason", s.void_reason}};
  if (with_answer) j["answer"] = s.answer;
  return j;
}

namespace {

// The value of indicator `i` in a list of value objects (null when absent).
nlohmann::json ValueAt(const nlohmann::json& values, size_t i) {
  if (!values.is_array() || i >= values.size()) return nullptr;
  return values[i].value("value", nlohmann::json());
}

// The indicator list of unit `id` in an answer's units (the subtree's when id is 0).
nlohmann::json ValuesOfUnit(const nlohmann::json& answer, int64_t id) {
  if (id == 0) return answer.value("indicators", nlohmann::json::array());
  for (const auto& u : answer.value("units", nlohmann::json::array())) {
    if (u["org"].value("id", int64_t{0}) == id) return u["indicators"];
  }
  return nlohmann::json::array();
}

}  // namespace

nlohmann::json ComparisonJson(const SnapshotComparison& c) {
  const nlohmann::json& frozen = c.snapshot.answer;
  const nlohmann::json recorded = IndicatorAnswerJson(c.recorded);
  const nlohmann::json now = IndicatorAnswerJson(c.now);
  std::vector<std::pair<int64_t, nlohmann::json>> units = {{0, nullptr}};
  for (const auto& u : frozen.value("units", nlohmann::json::array())) {
    units.emplace_back(u["org"].value("id", int64_t{0}), u["org"]);
  }
  nlohmann::json rows = nlohmann::json::array();
  int64_t changed = 0, differs_recorded = 0;
  for (const auto& [unit_id, unit] : units) {
    const nlohmann::json f = ValuesOfUnit(frozen, unit_id), r = ValuesOfUnit(recorded, unit_id),
                         n = ValuesOfUnit(now, unit_id);
    for (size_t i = 0; i < f.size(); ++i) {
      const nlohmann::json fv = ValueAt(f, i), rv = ValueAt(r, i), nv = ValueAt(n, i);
      const bool counts = fv.is_number_integer() && nv.is_number_integer();
      rows.push_back({{"code", f[i].value("code", "")},
                      {"label", f[i].value("label", "")},
                      {"unit", f[i].value("unit", "")},
                      {"org", unit},
                      {"frozen", fv},
                      {"recorded", rv},
                      {"now", nv},
                      {"change", counts ? nlohmann::json(nv.get<int64_t>() - fv.get<int64_t>())
                                        : nlohmann::json()}});
      changed += fv != nv ? 1 : 0;
      differs_recorded += fv != rv ? 1 : 0;
    }
  }
  return {{"snapshot", SnapshotJson(c.snapshot, false)},
          {"recorded_line", RecordedLine(c.snapshot.recorded_at)},
          {"rows", rows},
          {"changed", changed},
          {"reproduced", differs_recorded == 0}};
}

}  // namespace dangbo::service
