// The national generator's inspection and discipline of the last year: drawn in memory from
// the organizations and members written, then written with multi-row INSERTs.
#include "demo/national_domains.h"

#include <algorithm>

#include "demo/demo.h"
#include "service/members/member_writer.h"

namespace dangbo::demo {

namespace {

constexpr const char* kRecordedBy = "demo:national";
constexpr size_t kBatch = 256;

void FlushIfFull(service::BulkInsert& bulk, store::Transaction& tx) {
  if (bulk.rows() >= kBatch) bulk.Flush(tx);
}

store::Value DateOrNull(const Date& d, const Date& as_of) {
  return d <= as_of ? store::Value(d.Iso()) : store::Null();
}

int64_t Inspections(store::Transaction& tx, internal::Rng& rng, const NationalDomainContext& c) {
  const Date& as_of = c.as_of;
  const std::string& now = c.now;
  static const char* const kKinds[] = {"regular_supervision", "thematic_supervision",
                                       "violation_signs", "lower_inspection", "finance"};
  service::BulkInsert bulk("inspection_case",
                           {"org_id", "handling_org_id", "kind", "subject", "title", "started_on",
                            "status", "concluded_on", "violation", "conclusion", "remedies",
                            "fix_due_on", "closed_on", "created_at", "updated_at"});
  int64_t n = 0;
  std::vector<std::pair<int64_t, int64_t>> units;
  tx.Each(
      "SELECT id, parent_id FROM org WHERE path >= ? AND path < ? AND parent_id IS NOT NULL AND "
      "kind IN ('grassroots_committee', 'grassroots_branch') ORDER BY id",
      {c.root_path, c.root_path + "~"},
      [&units](const store::Row& r) { units.emplace_back(r.Int(0), r.Int(1)); });
  for (const auto& [org, parent] : units) {
    if (!rng.Chance(0.35)) continue;
    const Date start = as_of.AddDays(-rng.Uniform(20, 330));
    const Date concluded = start.AddDays(rng.Uniform(15, 60));
    const bool violation = rng.Chance(0.12);
    const Date due = concluded.AddDays(rng.Uniform(60, 120));
    const Date closed = violation ? concluded.AddDays(rng.Uniform(35, 150)) : concluded;
    const bool is_concluded = concluded <= as_of;
    const bool is_closed = is_concluded && closed <= as_of;
    auto& v = bulk.values();
    v.insert(v.end(),
             {org, parent, std::string(kKinds[rng.Weighted({40, 30, 5, 10, 15})]),
              std::string("org"), std::string("Giám sát việc thực hiện nhiệm vụ năm"), start.Iso(),
              std::string(is_closed      ? "closed"
                          : is_concluded ? "concluded"
                                         : "open"),
              DateOrNull(concluded, as_of),
              is_concluded ? store::Value(int64_t{violation ? 1 : 0}) : store::Null(),
              is_concluded ? store::Value(std::string("Đã kết luận")) : store::Null(),
              violation && is_concluded ? store::Value(std::string("Khắc phục khuyết điểm"))
                                        : store::Null(),
              violation && is_concluded ? store::Value(due.Iso()) : store::Null(),
              is_closed ? store::Value(closed.Iso()) : store::Null(), now, now});
    ++n;
    FlushIfFull(bulk, tx);
  }
  bulk.Flush(tx);
  return n;
}

int64_t Disciplines(store::Transaction& tx, internal::Rng& rng, const NationalDomainContext& c) {
  const Date& as_of = c.as_of;
  const std::string& now = c.now;
  service::BulkInsert bulk(
      "discipline_case", {"subject", "member_id", "org_id", "handling_org_id", "form",
                          "member_status", "violation_on", "violation", "decision_no", "decided_on",
                          "received_on", "status", "recorded_by", "created_at", "updated_at"});
  const Date first = Date(as_of.year(), 1, 1);
  std::vector<std::tuple<int64_t, int64_t, std::string>> picked;
  // About one member in a thousand (the bloc's "a handful a year" for 4.400 members).
  tx.Each(
      "SELECT id, org_id, status FROM member WHERE status IN ('official', 'probationary') "
      "AND admitted_on < ? AND id % 997 = 0 AND org_path >= ? AND org_path < ? ORDER BY id",
      {first.AddYears(-1).Iso(), c.root_path, c.root_path + "~"},
      [&picked](const store::Row& r) { picked.emplace_back(r.Int(0), r.Int(1), r.Text(2)); });
  for (const auto& [member, org, status] : picked) {
    const Date decided = as_of.AddDays(-rng.Uniform(5, 340));
    auto& v = bulk.values();
    v.insert(v.end(), {std::string("member"), member, org, org,
                       std::string(rng.Chance(0.67) ? "reprimand" : "warning"), status,
                       decided.AddDays(-rng.Uniform(30, 200)).Iso(),
                       std::string("Vi phạm quy chế làm việc, thiếu trách nhiệm"),
                       std::to_string(rng.Uniform(1, 99)) + "-QĐ/CB", decided.Iso(),
                       std::min(decided.AddDays(3), as_of).Iso(), std::string("in_force"),
                       std::string(kRecordedBy), now, now});
    FlushIfFull(bulk, tx);
  }
  bulk.Flush(tx);
  return static_cast<int64_t>(picked.size());
}

}  // namespace

int64_t GenerateNationalDiscipline(store::Transaction& tx, const NationalDomainContext& c) {
  internal::Rng rng(c.seed ^ 0x4b594c55415455ull);  // its own stream: the tree's is unchanged
  return Inspections(tx, rng, c) + Disciplines(tx, rng, c);
}

}  // namespace dangbo::demo
