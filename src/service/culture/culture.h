// Cultural-standard units (cơ quan, đơn vị, doanh nghiệp văn hóa): per host unit of a subtree
// and year, whether it registered to build the standard and what it achieved (đạt, tiêu
// biểu, không đạt), recorded for a whole year at once: "111/121 đăng ký, 62/121 đạt, 30 tiêu
// biểu".
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "base/vocab.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "store/database.h"

namespace dangbo::service {

// The year's result of a registered unit (culture_unit.result); none while pending.
enum class CultureResult { kAchieved, kModel, kNotAchieved };
std::span<const vocab::Entry<CultureResult>> VocabOf(CultureResult);

struct CultureUnit {
  int64_t host_unit_id = 0;
  std::string host_unit_name, host_unit_kind;
  int64_t org_id = 0;  // the highest organization of the subtree in the host unit
  std::string org_name;
  bool registered = false;
  std::string result, decision_no, decided_on, note;
};

struct CultureYear {
  int year = 0;
  // Host units of the subtree, those registered, achieved (đạt, tiêu biểu included) and model.
  int64_t host_units = 0, registered = 0, achieved = 0, model = 0;
  std::vector<CultureUnit> units;  // by host unit name
};

// The host units of the subtree of `org_id` (member.read) with their standing in `year`.
Result<CultureYear> GetCultureYear(const Env& env, const Actor& actor, int64_t org_id, int year);

struct CultureInput {
  int64_t host_unit_id = 0;
  bool registered = false;
  std::string result;  // empty: pending; a result needs the registration
  std::string decision_no, decided_on, note;
};
// Records the standing of the given host units (each of the subtree of `org_id`) in `year`
// (not after the current one), all or nothing (reward.write in the subtree); one audit row.
Result<CultureYear> RecordCultureYear(const Env& env, const Actor& actor, int64_t org_id, int year,
                                      const std::vector<CultureInput>& items);

nlohmann::json CultureYearJson(const CultureYear& y);

// The host units of the subtree at `path` (each placed at its highest organization there)
// with their standing in `year`, by id; the row starts with report::ListEntry's columns
// ('org', organization id, host unit name, organization name, 31/12 of the year, standing:
// achieved | model | not_achieved | registered | none), then host unit id, kind, registered
// (0/1), result, decision_no, decided_on, note. The reads and the indicators share it.
void EachCultureUnit(store::Transaction& tx, const std::string& path, int year,
                     const std::function<void(const store::Row&)>& fn);

}  // namespace dangbo::service
