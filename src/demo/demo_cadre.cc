// Demo cadre planning for the current term: at the bloc committee, people planned for its
// standing committee, committee and inspection committee; in each grassroots organization,
// two or three planned for secretary and deputy secretary; each with a roadmap (skills class,
// political theory) whose progress the training records give; a few removed at the yearly
// review.
#include <string>
#include <vector>

#include "demo/demo.h"
#include "service/cadre/cadre.h"

namespace dangbo::demo::internal {

namespace {

constexpr const char* kTerm = "2025-2030";

struct Candidate {
  int64_t id = 0;
  std::string theory;
};

// Official members of the subtree of `org_path`, senior first (admitted earliest).
std::vector<Candidate> Officials(Context& ctx, const std::string& path, size_t max) {
  std::vector<Candidate> out;
  store::Transaction tx = ctx.env.db.BeginRead();
  tx.Each(
      "SELECT id, COALESCE(theory_level, '') FROM member WHERE org_path >= ? AND org_path < ? AND "
      "status = 'official' ORDER BY admitted_on, id LIMIT ?",
      {path, path + "~", static_cast<int64_t>(max)}, [&out](const store::Row& r) {
        out.push_back({r.Int(0), r.Text(1)});
      });
  return out;
}

void Plan(Context& ctx, int64_t org_id, const Candidate& c, const char* post, const Date& added,
          const std::string& decision) {
  service::CadrePlanInput in;
  in.term = kTerm;
  in.member_id = c.id;
  in.post = post;
  in.added_on = added.Iso();
  in.added_decision_no = decision;
  in.target_theory = std::string(post) == "committee_member" ? "trung_cap" : "cao_cap";
  in.theory_by = "2028-12-31";
  in.roadmap.push_back({"committee_skills", "2026-06-30", ""});
  if (c.theory.empty() || c.theory == "so_cap") {
    in.roadmap.push_back(
        {"theory_intermediate", ctx.rng.Chance(0.3) ? "2026-09-30" : "2027-12-31", ""});
  }
  if (ctx.rng.Chance(0.4)) in.roadmap.push_back({"propaganda_staff", "2027-06-30", ""});
  auto p = service::AddCadrePlan(ctx.env, ctx.op, org_id, in);
  if (!p.ok() || !ctx.rng.Chance(0.06)) return;
  const Date review = Date(2026, 12, 1);
  if (review >= ctx.today) return;
  (void)service::RemoveFromPlan(
      ctx.env, ctx.op, p->id,
      {review.Iso(), decision + "-RS", "Rà soát, bổ sung quy hoạch hằng năm: chuyển công tác"});
}

}  // namespace

Status BuildCadrePlanning(Context& ctx, int64_t root_id) {
  if (ctx.progress) ctx.progress(ctx.label + "Quy hoạch cán bộ nhiệm kỳ 2025–2030…");
  const Date added = Date(2025, 12, 15);
  if (added >= ctx.today) return Status::Ok();
  std::string root_path;
  std::vector<std::pair<int64_t, std::string>> grassroots;
  {
    store::Transaction tx = ctx.env.db.BeginRead();
    root_path = tx.QueryRow("SELECT path FROM org WHERE id = ?", {root_id}).Text(0);
    tx.Each(
        "SELECT id, path FROM org WHERE kind IN ('grassroots_committee', 'grassroots_branch') AND "
        "path >= ? AND path < ? AND ended_on IS NULL ORDER BY path",
        {root_path, root_path + "~"},
        [&grassroots](const store::Row& r) { grassroots.emplace_back(r.Int(0), r.Text(1)); });
  }
  const std::vector<Candidate> top = Officials(ctx, root_path, 400);
  static const char* kRootPosts[] = {"secretary",        "deputy_secretary", "deputy_secretary",
                                     "standing_member",  "standing_member",  "standing_member",
                                     "inspection_chair", "inspection_member"};
  size_t k = 0;
  for (const char* post : kRootPosts) {
    if (k < top.size()) Plan(ctx, root_id, top[k * 7 % top.size()], post, added, "125-QĐ/ĐUK");
    ++k;
  }
  for (int i = 0; i < 12 && !top.empty(); ++i) {
    Plan(ctx, root_id, top[(k + static_cast<size_t>(i) * 11) % top.size()], "committee_member",
         added, "125-QĐ/ĐUK");
  }
  for (const auto& [id, path] : grassroots) {
    const std::vector<Candidate> own = Officials(ctx, path, 6);
    if (own.size() < 3) continue;
    Plan(ctx, id, own[1], "secretary", added, "12-QĐ/ĐU");
    Plan(ctx, id, own[2], "deputy_secretary", added, "12-QĐ/ĐU");
    if (own.size() > 4 && ctx.rng.Chance(0.5)) {
      Plan(ctx, id, own[4], "deputy_secretary", added, "12-QĐ/ĐU");
    }
  }
  return Status::Ok();
}

}  // namespace dangbo::demo::internal
