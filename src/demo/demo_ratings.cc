// Demo ratings and badges: ten years of results for every member and organization (most
// "tốt" or better, "xuất sắc" within the cap of each TCCSĐ; scores from 366-QĐ/TW on) and the
// badges of every award round, proposed, decided and awarded to the members due.
#include <map>

#include "demo/demo.h"
#include "service/badges/badges.h"
#include "service/core/discipline_facts.h"
#include "service/ratings/ratings.h"
#include "text/text.h"

namespace dangbo::demo::internal {

namespace {

using rules::RatingLevel;

// A level drawn with the demo's shares: members 15/77/7/1%, organizations 20/73/6/1%.
RatingLevel DrawLevel(Rng& rng, bool member) {
  const std::vector<double> weights =
      member ? std::vector<double>{15, 77, 7, 1} : std::vector<double>{20, 73, 6, 1};
  return static_cast<RatingLevel>(rng.Weighted(weights));
}

// A score reaching `level` under the 100-point scheme.
int ScoreFor(Rng& rng, RatingLevel level) {
  switch (level) {
    case RatingLevel::kExcellent:
      return static_cast<int>(rng.Uniform(90, 98));
    case RatingLevel::kGood:
      return static_cast<int>(rng.Uniform(72, 89));
    case RatingLevel::kCompleted:
      return static_cast<int>(rng.Uniform(52, 69));
    case RatingLevel::kNotCompleted:
      return static_cast<int>(rng.Uniform(35, 49));
  }
  return 80;
}

// Keeps "xuất sắc" within 20% of "tốt" in each TCCSĐ (the demo keeps it under the score
// scheme too, as committees do): the excess becomes "tốt".
void KeepCap(std::vector<service::YearRating>& ratings,
             const std::vector<std::optional<int64_t>>& grassroots) {
  std::map<int64_t, std::pair<int64_t, int64_t>> counts;  // grassroots → (good, excellent)
  for (size_t i = 0; i < ratings.size(); ++i) {
    if (ratings[i].target.subject != service::RatingSubject::kMember || !grassroots[i]) continue;
    auto& [good, excellent] = counts[*grassroots[i]];
    if (ratings[i].level == "good") ++good;
    if (ratings[i].level == "excellent") ++excellent;
  }
  for (size_t i = ratings.size(); i-- > 0;) {
    if (ratings[i].level != "excellent" || !grassroots[i] ||
        ratings[i].target.subject != service::RatingSubject::kMember) {
      continue;
    }
    auto& [good, excellent] = counts[*grassroots[i]];
    if (excellent * 5 <= good) continue;
    ratings[i].level = "good";
    if (ratings[i].score) ratings[i].score = 85;
    --excellent;
    ++good;
  }
}

Status RateYear(Context& ctx, int64_t root_id, int year) {
  auto ratable = service::RatableIn(ctx.env, ctx.op, root_id, year);
  if (!ratable.ok()) return ratable.error();
  const bool scored = service::RatingRulesFor(year).scheme == rules::RatingScheme::kScore;
  std::vector<service::YearRating> ratings;
  std::vector<std::optional<int64_t>> grassroots;
  store::Transaction tx = ctx.env.db.BeginRead();
  for (const service::Ratable& r : *ratable) {
    const bool member = r.target.subject == service::RatingSubject::kMember;
    // A member disciplined in the year is rated "không hoàn thành nhiệm vụ".
    const RatingLevel level =
        member && service::Discipline().DisciplinedInYear(tx, r.target.id, year)
            ? RatingLevel::kNotCompleted
            : DrawLevel(ctx.rng, member);
    service::YearRating y{r.target, std::string(vocab::Code(level)), std::nullopt};
    if (scored) {
      y.score = ScoreFor(ctx.rng, level);
      y.level.clear();  // the score decides
    }
    ratings.push_back(std::move(y));
    grassroots.push_back(r.grassroots_id);
  }
  tx.Rollback();
  if (!scored) KeepCap(ratings, grassroots);
  const service::YearDates dates{Date(year, 12, 10).Iso(), Date(year, 12, 20).Iso(),
                                 Date(year + 1, 1, 15).Iso(),
                                 std::to_string(ctx.rng.Uniform(10, 99)) + "-QĐ/ĐU"};
  auto n = service::ImportYearRatings(ctx.env, ctx.op, root_id, year, dates, ratings);
  if (!n.ok()) return n.error();
  return Status::Ok();
}

Status AwardRound(Context& ctx, int64_t root_id, const Date& round) {
  auto due = service::BadgesDue(ctx.env, ctx.op, root_id, round);
  if (!due.ok()) return due.error();
  std::vector<service::RoundAward> awards;
  for (const service::BadgeDueRow& d : due->items) {
    // A few are proposed at a later round (the file was late).
    if (!d.hold_reason.empty() || d.badge_id || ctx.rng.Chance(0.04)) continue;
    awards.push_back({d.member_id, d.milestone});
  }
  if (awards.empty()) return Status::Ok();
  const service::RoundDates dates{round.Iso(), round.AddDays(-45).Iso(),
                                  std::to_string(ctx.rng.Uniform(100, 990)) + "-QĐ/TU",
                                  round.AddDays(-10).Iso(), round.Iso()};
  auto n = service::ImportBadgeRound(ctx.env, ctx.op, root_id, dates, awards);
  if (!n.ok()) return n.error();
  return Status::Ok();
}

}  // namespace

Status BuildRatingsAndBadges(Context& ctx, int64_t root_id) {
  if (ctx.progress) ctx.progress(ctx.label + "Đánh giá, xếp loại chất lượng mười năm…");
  for (int year = ctx.today.year() - 10; year < ctx.today.year(); ++year) {
    if (Status s = RateYear(ctx, root_id, year); !s) return s;
  }
  if (ctx.progress) ctx.progress(ctx.label + "Huy hiệu Đảng các đợt trong mười năm…");
  for (int year = ctx.today.year() - 10; year <= ctx.today.year(); ++year) {
    for (const Date& round : service::BadgeRoundsOf(year)) {
      if (round >= ctx.today) continue;  // today's round is still to come
      if (Status s = AwardRound(ctx, root_id, round); !s) return s;
    }
  }
  return Status::Ok();
}

}  // namespace dangbo::demo::internal
