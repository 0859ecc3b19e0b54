// Reports as sent (báo cáo đã gửi): a report frozen with its figures, number and date, and
// its comparison with the figures of the same query today and as recorded when it was
// frozen (which reproduces it: the difference shows what later corrections changed).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/core/page.h"
#include "service/report/indicators.h"

namespace dangbo::service {

struct FreezeInput {
  IndicatorQuery query;   // what the report counts (recorded must be empty: figures now)
  std::string title;      // "Báo cáo công tác xây dựng Đảng 6 tháng đầu năm 2025"
  std::string number;     // "Số 12-BC/ĐUK"; may be empty
  std::string issued_on;  // 'YYYY-MM-DD', not after today
};

struct Snapshot {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string org_name;
  std::string title, number, issued_on;
  nlohmann::json query;   // {codes: [...], at, period: {code, from, to}, breakdown, compare}
  nlohmann::json answer;  // IndicatorAnswerJson of the figures as frozen
  std::string recorded_by, recorded_at;
  std::string voided_at, void_reason;  // empty when in force
};

// Computes the report now and keeps it. Needs report.freeze on the organization; audited.
Result<Snapshot> FreezeReport(const Env& env, const Actor& actor, const FreezeInput& in);

// The snapshots of the subtree of `org_id` (in the actor's scope), newest issued first.
// Without report.read or outside the scope: as for Indicators.
Result<Page<Snapshot>> ListSnapshots(const Env& env, const Actor& actor, int64_t org_id, int page,
                                     int page_size);
// One snapshot; outside the scope or missing: not found (the same answer).
Result<Snapshot> GetSnapshot(const Env& env, const Actor& actor, int64_t id);

// The snapshot beside the same query computed as the data stand now and as they were
// recorded at the moment it was frozen: per indicator (and unit) frozen / recorded / now.
struct SnapshotComparison {
  Snapshot snapshot;
  IndicatorAnswer recorded;  // as recorded when frozen: equals the frozen figures
  IndicatorAnswer now;
};
Result<SnapshotComparison> CompareSnapshot(const Env& env, const Actor& actor, int64_t id);

// Withdraws a snapshot (kept, marked voided with the reason). Audited.
Result<Snapshot> VoidSnapshot(const Env& env, const Actor& actor, int64_t id,
                              const std::string& reason);

nlohmann::json SnapshotJson(const Snapshot& s, bool with_answer);
// {snapshot, rows: [{code, label, unit, unit_org (null: the subtree), frozen, recorded, now,
// change (now − frozen; null for percentages)}], changed (how many rows differ)}
nlohmann::json ComparisonJson(const SnapshotComparison& c);

}  // namespace dangbo::service
