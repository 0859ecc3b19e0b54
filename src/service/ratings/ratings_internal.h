// Internal to ratings: the row reader, the TCCSĐ of a unit, the level checks shared by the
// step-by-step and the whole-year writes, and the cap count.
#pragma once

#include <optional>
#include <string>

#include "service/ratings/ratings.h"
#include "store/database.h"

namespace dangbo::service::ratings_internal {

// The rating columns, over `r` joined to its unit `o` (ends with "FROM rating r JOIN org o").
extern const char* const kRatingSelect;
Rating RatingFromRow(const store::Row& row, size_t first = 0);
inline constexpr size_t kRatingColumns = 31;

// An organization as the checks need it.
struct OrgRef {
  int64_t id = 0;
  std::string path;
  std::string name;
  std::optional<int64_t> parent_id;
};
std::optional<OrgRef> LoadOrgRef(store::Transaction& tx, int64_t id);
// The grassroots organization (TCCSĐ) whose subtree holds the organization at `path`: the
// nearest ancestor-or-self of grassroots kind; nullopt above the grassroots level.
std::optional<OrgRef> GrassrootsOf(store::Transaction& tx, const std::string& path);

// The level a step records under the year's rules, from its input: the quota scheme takes
// the level (no score); the score scheme takes the score and the level it reaches (a lower
// level may be given, never a higher one). Validation errors name the fields.
struct StepLevel {
  rules::RatingLevel level = rules::RatingLevel::kGood;
  std::optional<int> score;
};
Result<StepLevel> CheckStepLevel(const rules::RatingRules& rules, const std::string& level,
                                 const std::optional<int>& score);
// A member disciplined during the year may not be rated above "không hoàn thành" (code
// "rating_disciplined"), when the rules say so.
Status CheckDiscipline(store::Transaction& tx, const rules::RatingRules& rules, int64_t member_id,
                       int year, rules::RatingLevel level);

// The cap of one TCCSĐ for a year, counted from decided member ratings.
RatingQuota QuotaOf(store::Transaction& tx, const rules::RatingRules& rules, int64_t grassroots_id,
                    const std::string& name, int year);
std::string QuotaMessage(const RatingQuota& q);

// "YYYY-12-31": the year as a date.
std::string YearEnd(int year);

}  // namespace dangbo::service::ratings_internal
