// Ratings as rows: the reader, the TCCSĐ of a unit, the level and discipline checks and the
// "xuất sắc" cap of a TCCSĐ, shared by the step-by-step and whole-year writes.
#include <algorithm>
#include <charconv>

#include "service/core/discipline_facts.h"
#include "service/ratings/ratings_internal.h"

namespace dangbo::service::ratings_internal {

const char* const kRatingSelect =
    "SELECT r.id, r.year, r.subject, r.member_id, r.org_id, o.name, r.grassroots_id, r.scheme, "
    "r.stage, r.level, r.self_level, r.self_score, r.self_on, r.self_by, r.proposed_level, "
    "r.proposed_score, r.proposed_on, r.proposed_by, r.decided_level, r.decided_score, "
    "r.decided_on, r.decided_by, r.approved_on, r.approved_by, r.approval_no, r.note, r.version, "
    "r.created_at, r.updated_at, r.rated_on, r.voided_at FROM rating r JOIN org o ON o.id = "
    "r.org_id ";

namespace {

std::string S(const store::Row& r, size_t i) { return r.OptText(i).value_or(""); }

RatingStep StepAt(const store::Row& r, size_t i) {
  RatingStep s;
  s.level = S(r, i);
  if (const auto v = r.OptInt(i + 1)) s.score = static_cast<int>(*v);
  s.on = S(r, i + 2);
  s.by = S(r, i + 3);
  return s;
}

}  // namespace

Rating RatingFromRow(const store::Row& r, size_t f) {
  Rating x;
  x.id = r.Int(f);
  x.year = static_cast<int>(r.Int(f + 1));
  x.subject = r.Text(f + 2);
  x.member_id = r.OptInt(f + 3);
  x.org_id = r.Int(f + 4);
  x.org_name = r.Text(f + 5);
  x.grassroots_id = r.OptInt(f + 6);
  x.scheme = r.Text(f + 7);
  x.stage = r.Text(f + 8);
  x.level = r.Text(f + 9);
  x.self = StepAt(r, f + 10);
  x.proposed = StepAt(r, f + 14);
  x.decided = StepAt(r, f + 18);
  x.approved_on = S(r, f + 22);
  x.approved_by = S(r, f + 23);
  x.approval_no = S(r, f + 24);
  x.note = S(r, f + 25);
  x.version = r.Int(f + 26);
  return x;
}

std::optional<OrgRef> LoadOrgRef(store::Transaction& tx, int64_t id) {
  const auto r = tx.QueryOne("SELECT id, path, name, parent_id FROM org WHERE id = ?", {id});
  if (!r) return std::nullopt;
  return OrgRef{r->Int(0), r->Text(1), r->Text(2), r->OptInt(3)};
}

std::optional<OrgRef> GrassrootsOf(store::Transaction& tx, const std::string& path) {
  // "/1/7/12/": the ancestors are the ids on the path; the nearest of grassroots kind wins.
  std::vector<int64_t> ids;
  size_t i = 0;
  while (i < path.size()) {
    const size_t j = path.find('/', i + 1);
    if (j == std::string::npos) break;
    int64_t id = 0;
    const auto [p, ec] = std::from_chars(path.data() + i + 1, path.data() + j, id);
    if (ec == std::errc() && p == path.data() + j) ids.push_back(id);
    i = j;
  }
  for (auto it = ids.rbegin(); it != ids.rend(); ++it) {
    const auto r =
        tx.QueryOne("SELECT id, path, name, parent_id, kind FROM org WHERE id = ?", {*it});
    if (!r) continue;
    const std::string kind = r->Text(4);
    if (kind == "grassroots_committee" || kind == "grassroots_branch") {
      return OrgRef{r->Int(0), r->Text(1), r->Text(2), r->OptInt(3)};
    }
  }
  return std::nullopt;
}

Result<StepLevel> CheckStepLevel(const rules::RatingRules& rules, const std::string& level,
                                 const std::optional<int>& score) {
  std::optional<rules::RatingLevel> given;
  if (!level.empty()) {
    given = vocab::Parse<rules::RatingLevel>(level);
    if (!given)
      return Error::Invalid("Mức xếp loại không hợp lệ.", {{"level", "Mức không hợp lệ."}});
  }
  if (rules.scheme == rules::RatingScheme::kQuota) {
    if (score) {
      return Error::Invalid(
          "Năm này xếp loại theo mức, không chấm điểm (trước Quy định 366-QĐ/TW).",
          {{"score", "Không dùng điểm cho năm này."}});
    }
    if (!given) return Error::Invalid("Hãy chọn mức xếp loại.", {{"level", "Bắt buộc."}});
    return StepLevel{*given, std::nullopt};
  }
  if (!score) {
    return Error::Invalid(
        "Năm này xếp loại theo thang điểm 100 (Quy định 366-QĐ/TW): hãy nhập điểm.",
        {{"score", "Bắt buộc."}});
  }
  if (*score < 0 || *score > 100) {
    return Error::Invalid("Điểm phải từ 0 đến 100.", {{"score", "Điểm phải từ 0 đến 100."}});
  }
  const rules::RatingLevel reached = *rules::RatingForScore(rules, *score);
  // Levels are ordered best first: a given level may not be better than the score reaches.
  if (given && static_cast<int>(*given) < static_cast<int>(reached)) {
    return Error::Rule("rating_score_level", "Điểm " + std::to_string(*score) + " chỉ đạt mức \"" +
                                                 std::string(vocab::Label(reached)) +
                                                 "\", không thể xếp mức \"" +
                                                 std::string(vocab::Label(*given)) + "\".");
  }
  return StepLevel{given.value_or(reached), score};
}

Status CheckDiscipline(store::Transaction& tx, const rules::RatingRules& rules, int64_t member_id,
                       int year, rules::RatingLevel level) {
  if (!rules.disciplined_not_completed || level == rules::RatingLevel::kNotCompleted) {
    return Status::Ok();
  }
  if (!Discipline().DisciplinedInYear(tx, member_id, year)) return Status::Ok();
  return Error::Rule("rating_disciplined", "Đảng viên bị kỷ luật trong năm " +
                                               std::to_string(year) +
                                               " chỉ được xếp loại \"Không hoàn thành nhiệm vụ\".");
}

RatingQuota QuotaOf(store::Transaction& tx, const rules::RatingRules& rules, int64_t grassroots_id,
                    const std::string& name, int year) {
  RatingQuota q{.grassroots_id = grassroots_id, .name = name};
  tx.Each(
      "SELECT decided_level, COUNT(*) FROM rating WHERE grassroots_id = ? AND year = ? AND "
      "subject = 'member' AND voided_at IS NULL AND decided_level IN ('excellent', 'good') "
      "GROUP BY decided_level",
      {grassroots_id, int64_t{year}},
      [&](const store::Row& r) { (r.Text(0) == "good" ? q.good : q.excellent) = r.Int(1); });
  q.max_excellent = rules::MaxExcellent(rules, static_cast<int>(q.good));
  q.max_percent = rules.excellent_max_percent_of_good;
  q.exceeded = rules.scheme == rules::RatingScheme::kQuota && q.excellent > q.max_excellent;
  return q;
}

std::string QuotaMessage(const RatingQuota& q) {
  return q.name + " có " + std::to_string(q.excellent) +
         " đảng viên xếp loại \"Hoàn thành xuất sắc nhiệm vụ\", vượt quá " +
         std::to_string(q.max_percent) +
         "% số đảng viên "
         "\"Hoàn thành tốt nhiệm vụ\" (" +
         std::to_string(q.good) + " đảng viên, tối đa " + std::to_string(q.max_excellent) + ").";
}

std::string YearEnd(int year) { return Date(year, 12, 31).Iso(); }

}  // namespace dangbo::service::ratings_internal
