// The demo generator's entry point: checks the database is fresh, builds one bloc or a
// province of them, creates the demo accounts and reports what exists today.
#include "demo/demo.h"

#include <chrono>

#include "service/accounts/users.h"
#include "service/members/members.h"
#include "service/orgs/org_history.h"
#include "service/orgs/orgs.h"
#include "service/self/self.h"
#include "text/text.h"

namespace dangbo::demo {

namespace {

using internal::Account;
using internal::Catalog;
using internal::Context;

constexpr int kProvinceSuperiors = 15;

// The root (given or the one without a parent), refusing a tree that already has content.
Result<service::Org> FreshRoot(const service::Env& env, const service::Actor& op, int64_t root_id) {
  auto orgs = service::ListOrgs(env, op, /*include_ended=*/true);
  if (!orgs.ok()) return orgs.error();
  const service::Org* root = nullptr;
  for (const auto& o : *orgs) {
    if (root_id != 0 ? o.id == root_id : !o.parent_id.has_value()) {
      root = &o;
      break;
    }
  }
  if (root == nullptr) {
    return Error::NotFound(root_id != 0
                               ? "Không tìm thấy tổ chức gốc mã " + std::to_string(root_id) + "."
                               : "Chưa có tổ chức gốc: hãy khởi tạo cơ sở dữ liệu trước.");
  }
  int64_t children = 0;
  for (const auto& o : *orgs) {
    if (o.id != root->id && o.path.rfind(root->path, 0) == 0) ++children;
  }
  if (children > 0) {
    return Error::Conflict("demo_not_empty",
                           "“" + root->name + "” đã có " + text::FormatInt(children) +
                               " tổ chức trực thuộc: chỉ tạo dữ liệu mẫu trên cơ sở dữ liệu "
                               "mới khởi tạo.");
  }
  service::MemberQuery q;
  q.org_id = root->id;
  q.status = "all";
  q.page_size = 1;
  auto members = service::SearchMembers(env, op, q);
  if (!members.ok()) return members.error();
  if (members->total > 0) {
    return Error::Conflict("demo_not_empty",
                           "“" + root->name + "” đã có " + text::FormatInt(members->total) +
                               " đảng viên: chỉ tạo dữ liệu mẫu trên cơ sở dữ liệu mới khởi "
                               "tạo.");
  }
  return *root;
}

Status CreateAccounts(Context& ctx, int64_t root_id, const std::vector<Account>& secretaries,
                      const std::string& password, int64_t& created) {
  std::vector<Account> all = {
      {"tochuc", ctx.people.FullName(true), root_id, "org_staff"},
      {"kiemtra", ctx.people.FullName(false), root_id, "inspection_staff"},
      {"tuyengiao", ctx.people.FullName(true), root_id, "propaganda_staff"},
  };
  all.insert(all.end(), secretaries.begin(), secretaries.end());
  for (const Account& a : all) {
    auto u = service::CreateUser(ctx.env, ctx.op,
                                 {a.username, a.display_name, a.org_id, {a.role}, password});
    if (!u.ok()) {
      Error e = u.error();
      e.detail = "Không tạo được tài khoản mẫu “" + a.username + "”: " + e.detail;
      return e;
    }
    ++created;
  }
  return Status::Ok();
}

// "dangvien": the own account of a member of the first secretary's unit, with one correction
// request answered and one waiting in the unit's worklist.
Status CreateMemberSelfAccount(Context& ctx, const std::vector<Account>& secretaries,
                               const std::string& password, int64_t& created) {
  if (secretaries.empty()) return Status::Ok();
  service::MemberQuery q;
  q.org_id = secretaries.front().org_id;
  q.status = "official";
  q.page_size = 3;
  auto members = service::SearchMembers(ctx.env, ctx.op, q);
  if (!members.ok()) return members.error();
  if (members->items.empty()) return Status::Ok();
  const auto& m = members->items.back();
  ctx.clock->RecordOn(ctx.today);
  auto user = service::CreateMemberAccount(ctx.env, ctx.op, m.id, "dangvien", password);
  if (!user.ok()) return user.error();
  ++created;
  service::Actor self;
  self.user_id = user->id;
  self.username = user->username;
  self.display_name = user->display_name;
  self.org_id = user->org_id;
  self.org_path = user->org_path;
  self.roles = {service::Role::kMember};
  auto done = service::RequestCorrection(
      ctx.env, self,
      {"home_town", "Xã Hải Anh, huyện Hải Hậu, tỉnh Nam Định", "Theo giấy khai sinh."});
  if (!done.ok()) return done.error();
  auto answered = service::ResolveCorrection(ctx.env, ctx.op, done->id, "done",
                                             "Chi bộ đã sửa quê quán theo giấy khai sinh.");
  if (!answered.ok()) return answered.error();
  auto pending = service::RequestCorrection(
      ctx.env, self, {"professional_level", "Thạc sĩ Quản lý công", "Bằng cấp tháng 6 năm nay."});
  if (!pending.ok()) return pending.error();
  return Status::Ok();
}

}  // namespace

void internal::RecordingClock::RecordOn(const Date& day) {
  const auto real = real_.Now();
  // 09:00 in Vietnam is 02:00 UTC.
  TimePoint t;
  if (!ParseTimestamp(day.Iso() + "T02:00:00.000Z", &t)) return;
  t = std::min(t, real);
  const int64_t ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
  if (ms > ms_.load(std::memory_order_relaxed)) ms_.store(ms);
}

Result<Report> Generate(const service::Env& env, const Options& options) {
  const auto started = std::chrono::steady_clock::now();
  const service::Actor op = service::Actor::CliOperator();
  const Date today = service::Today(env);
  auto root = FreshRoot(env, op, options.root_org_id);
  if (!root.ok()) return root.error();
  const Date root_est = Date::Parse(root->established_on).value_or(Date(1930, 2, 3));
  const Date floor = std::max(Date(1990, 1, 1), root_est);
  if (floor > today.AddYears(-12)) {
    return Error::Rule("demo_root_too_new",
                       "Tổ chức gốc thành lập ngày " + root_est.Vietnamese() +
                           ": dữ liệu mẫu cần ít nhất 12 năm lịch sử trước hôm nay.");
  }

  internal::Rng rng(options.seed);
  internal::People people(rng, today);
  internal::RecordingClock clock(env.clock);
  const service::Env recording{env.db, clock, env.index};
  Context ctx{recording, &clock, op, rng, people, today, floor, options.progress};
  std::vector<Account> secretaries;

  if (options.scale == Scale::kBloc) {
    const Catalog catalog = internal::ProvincialBloc();
    if (Status s = internal::BuildBloc(ctx, catalog, root->id, root_est, secretaries); !s) {
      return s.error();
    }
  } else {
    std::set<std::string> used_hosts;
    Catalog catalog = internal::ProvincialBloc();
    catalog.superior = "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh";
    for (const auto& u : catalog.units) used_hosts.insert(u.host);
    for (int i = 0; i < kProvinceSuperiors; ++i) {
      if (i > 0) catalog = internal::District(rng, i, used_hosts);
      const Date est = rng.DateBetween(floor, std::min(floor.AddYears(6), today.AddYears(-12)));
      service::NewOrg in{root->id, "superior_committee", catalog.superior};
      in.decision = {est.Iso(), std::to_string(rng.Uniform(20, 900)) + "-QĐ/TU",
                     est.AddDays(-rng.Uniform(0, 10)).Iso()};
      clock.RecordOn(est);
      auto sup = service::CreateOrg(recording, op, in);
      if (!sup.ok()) return sup.error();
      ctx.label = "Đảng bộ " + std::to_string(i + 1) + "/" + std::to_string(kProvinceSuperiors) +
                  " (" + catalog.superior + "): ";
      std::vector<Account> others;  // secretary accounts only in the first bloc
      if (Status s = internal::BuildBloc(ctx, catalog, sup->id, est, i == 0 ? secretaries : others);
          !s) {
        return s.error();
      }
    }
    ctx.label.clear();
  }

  if (Status s = internal::BuildMeetings(ctx, root->id); !s) return s.error();
  if (Status s = internal::BuildInspectionAndDiscipline(ctx, root->id); !s) return s.error();
  if (Status s = internal::BuildRatingsAndBadges(ctx, root->id); !s) return s.error();
  if (Status s = internal::BuildDues(ctx, root->id); !s) return s.error();
  if (Status s = internal::BuildTraining(ctx, root->id); !s) return s.error();
  if (Status s = internal::BuildCadrePlanning(ctx, root->id); !s) return s.error();
  if (Status s = internal::BuildPropaganda(ctx, root->id); !s) return s.error();
  if (Status s = internal::BuildRewards(ctx, root->id); !s) return s.error();
  if (Status s = internal::BuildCulture(ctx, root->id); !s) return s.error();
  if (Status s = internal::BuildDocuments(ctx, root->id); !s) return s.error();
  if (Status s = internal::BuildTargets(ctx, root->id); !s) return s.error();

  Report report;
  if (!options.user_password.empty()) {
    if (Status s = CreateAccounts(ctx, root->id, secretaries, options.user_password, report.users);
        !s) {
      return s.error();
    }
    if (Status s = CreateMemberSelfAccount(ctx, secretaries, options.user_password, report.users);
        !s) {
      return s.error();
    }
  }
  auto stocks = service::StocksAt(env, op, root->id, today);
  if (!stocks.ok()) return stocks.error();
  for (const auto& [kind, n] : stocks->orgs_by_kind) report.orgs += n;
  report.members = stocks->members;
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (options.progress) {
    options.progress("Xong: " + text::FormatInt(report.orgs) + " tổ chức, " +
                     text::FormatInt(report.members) + " đảng viên, " +
                     text::FormatInt(report.users) + " tài khoản.");
  }
  return report;
}

}  // namespace dangbo::demo
