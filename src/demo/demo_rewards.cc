// Demo rewards and emulation: four years of the bloc committee's awards at the seed's rate —
// each year 8 collectives (grassroots organizations) and 14 individuals (members) receive the
// committee's certificates of merit for the year before, a few of them under the year's
// movement —, and each year an emulation movement, an innovation programme and a handful of
// "Dân vận khéo" models of grassroots organizations. All through the services.
#include <string>
#include <vector>

#include "demo/demo.h"
#include "service/rewards/rewards.h"

namespace dangbo::demo::internal {

namespace {

constexpr int kYears = 4;
constexpr int kCollectives = 8;  // the seed: "8 tập thể, 14 cá nhân"
constexpr int kIndividuals = 14;

const std::vector<std::string>& Reasons() {
  static const std::vector<std::string> kReasons = {
      "Đã có thành tích xuất sắc trong thực hiện nhiệm vụ chính trị năm ",
      "Hoàn thành xuất sắc nhiệm vụ năm ",
      "Có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
      "Minh năm ",
      "Đạt thành tích xuất sắc trong phong trào thi đua yêu nước năm ",
  };
  return kReasons;
}

struct Pools {
  std::string path;
  std::vector<std::pair<int64_t, std::string>> grassroots;  // id, name
  std::vector<int64_t> members;
};

Pools PoolsOf(Context& ctx, int64_t root_id) {
  Pools p;
  store::Transaction tx = ctx.env.db.BeginRead();
  p.path = tx.QueryRow("SELECT path FROM org WHERE id = ?", {root_id}).Text(0);
  tx.Each(
      "SELECT id, name FROM org WHERE kind IN ('grassroots_committee', 'grassroots_branch') AND "
      "path >= ? AND path < ? AND ended_on IS NULL ORDER BY id",
      {p.path, p.path + "~"},
      [&p](const store::Row& r) { p.grassroots.emplace_back(r.Int(0), r.Text(1)); });
  tx.Each(
      "SELECT id FROM member WHERE org_path >= ? AND org_path < ? AND status = 'official' AND "
      "id % 7 = 3 ORDER BY id",
      {p.path, p.path + "~"}, [&p](const store::Row& r) { p.members.push_back(r.Int(0)); });
  return p;
}

// The year's movement and models; the movement's id.
std::optional<int64_t> Movements(Context& ctx, int64_t root_id, const Pools& p, int year) {
  const std::string y = std::to_string(year);
  std::optional<int64_t> movement;
  const Date from(year, 3, 5);
  if (from >= ctx.today) return movement;
  auto mv = service::CreateEmulation(
      ctx.env, ctx.op, root_id,
      {"movement",
       "Phong trào thi đua \"Đoàn kết, sáng tạo, hoàn thành xuất sắc nhiệm vụ\" năm " + y,
       from.Iso(), Date(year, 12, 31).Iso(), ""});
  if (mv.ok()) movement = mv->id;
  (void)service::CreateEmulation(
      ctx.env, ctx.op, root_id,
      {"innovation", "Chương trình chuyển đổi số trong công tác đảng năm " + y,
       Date(year, 4, 2).Iso(), "", ""});
  const int models = static_cast<int>(ctx.rng.Uniform(3, 6));
  for (int i = 0; i < models && !p.grassroots.empty(); ++i) {
    const auto& [org, name] = ctx.rng.Pick(p.grassroots);
    const Date on = ctx.rng.DateBetween(Date(year, 2, 1), Date(year, 10, 30));
    if (on >= ctx.today) continue;
    (void)service::CreateEmulation(
        ctx.env, ctx.op, org,
        {"dan_van_kheo", "Mô hình \"Dân vận khéo\" " + name, on.Iso(), "", ""});
  }
  return movement;
}

void Awards(Context& ctx, int64_t root_id, const Pools& p, int year,
            std::optional<int64_t> last_movement) {
  const Date on = ctx.rng.DateBetween(Date(year, 1, 12), Date(year, 2, 10));
  if (on >= ctx.today || p.grassroots.empty() || p.members.empty()) return;
  const std::string prev = std::to_string(year - 1);
  const std::string no = std::to_string(ctx.rng.Uniform(200, 900)) + "-QĐ/ĐUK";
  auto base = [&](const char* subject) {
    service::RewardInput in;
    in.subject = subject;
    in.form = "merit_certificate";
    in.level = "superior";
    in.decision_no = no;
    in.decided_on = on.Iso();
    in.reason = Reasons()[ctx.rng.Weighted({4, 3, 2, 2})] + prev;
    in.period_label = "năm " + prev;
    if (last_movement && ctx.rng.Chance(0.3)) in.emulation_id = last_movement;
    return in;
  };
  for (int i = 0; i < kCollectives; ++i) {
    const auto& [org, name] = p.grassroots[(year * 13 + i * 7) % p.grassroots.size()];
    (void)service::CreateReward(ctx.env, ctx.op, org, base("collective"));
  }
  for (int i = 0; i < kIndividuals; ++i) {
    service::RewardInput in = base("individual");
    in.member_id = p.members[(year * 31 + i * 11) % p.members.size()];
    (void)service::CreateReward(ctx.env, ctx.op, root_id, in);
  }
}

}  // namespace

Status BuildRewards(Context& ctx, int64_t root_id) {
  if (ctx.progress) ctx.progress(ctx.label + "Khen thưởng, thi đua bốn năm…");
  const Pools p = PoolsOf(ctx, root_id);
  std::optional<int64_t> last_movement;
  for (int year = ctx.today.year() - kYears + 1; year <= ctx.today.year(); ++year) {
    Awards(ctx, root_id, p, year, last_movement);
    last_movement = Movements(ctx, root_id, p, year);
  }
  return Status::Ok();
}

}  // namespace dangbo::demo::internal
