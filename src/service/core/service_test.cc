// Service-layer tests on a real database (SQLite or PostgreSQL by DANGBO_TEST_DB), with a
// manual clock for the time-dependent rules: session expiry, lock-out expiry.
#include <gtest/gtest.h>

#include "base/crypto.h"
#include "service/accounts/auth.h"
#include "service/accounts/password.h"
#include "service/accounts/users.h"
#include "service/calendar/holidays.h"
#include "service/calendar/reference.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/orgs/org_details.h"
#include "service/orgs/orgs.h"
#include "store/migrate.h"
#include "store/test_engine.h"

namespace dangbo::service {
namespace {

TimePoint At(const char* ts) {
  TimePoint t;
  EXPECT_TRUE(ParseTimestamp(ts, &t)) << ts;
  return t;
}

class ServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string err = engine_.Create();
    ASSERT_EQ(err, "") << err;
    db_ = store::Database::Open(engine_.url());
    store::Migrate(*db_);
    env_ = std::make_unique<Env>(Env{*db_, clock_});
    auto root = CreateOrg(*env_, op_, {std::nullopt, "superior_committee", "Đảng bộ Khối"});
    ASSERT_TRUE(root.ok());
    root_ = *root;
  }

  Org MakeOrg(int64_t parent, const char* kind, const char* name) {
    auto org = CreateOrg(*env_, op_, {parent, kind, name});
    EXPECT_TRUE(org.ok()) << (org.ok() ? "" : org.error().detail);
    return org.ok() ? *org : Org{};
  }

  User MakeUser(const char* name, int64_t org, std::vector<std::string> roles) {
    auto u = CreateUser(*env_, op_, {name, name, org, std::move(roles), "Mat-khau-2026"});
    EXPECT_TRUE(u.ok()) << (u.ok() ? "" : u.error().detail);
    return u.ok() ? *u : User{};
  }

  int64_t Count(const std::string& sql, const store::Params& params = {}) {
    store::Transaction tx = db_->BeginRead();
    return tx.QueryOne(sql, params)->Int(0);
  }

  store::testing::TestEngine engine_;
  std::unique_ptr<store::Database> db_;
  ManualClock clock_{At("2026-11-21T01:00:00Z")};
  std::unique_ptr<Env> env_;
  const Actor op_ = Actor::CliOperator();
  Org root_;
};

TEST_F(ServiceTest, OrgNestingRulesAndPaths) {
  const Org committee = MakeOrg(root_.id, "grassroots_committee", "Đảng bộ Sở Y tế");
  const Org sub = MakeOrg(committee.id, "sub_committee", "Đảng bộ bộ phận Bệnh viện");
  const Org branch = MakeOrg(sub.id, "branch", "Chi bộ Khoa Nội");
  EXPECT_EQ(branch.path, root_.path + std::to_string(committee.id) + "/" + std::to_string(sub.id) +
                             "/" + std::to_string(branch.id) + "/");
  // Members-only units hold no organizations; a branch cannot sit under the bloc directly.
  auto under_branch = CreateOrg(*env_, op_, {branch.id, "branch", "Sai"});
  ASSERT_FALSE(under_branch.ok());
  EXPECT_EQ(under_branch.error().kind, ErrorKind::kInvalid);
  EXPECT_FALSE(CreateOrg(*env_, op_, {root_.id, "branch", "Sai"}).ok());
  EXPECT_FALSE(CreateOrg(*env_, op_, {root_.id, "khong_ro", "Sai"}).ok());
  EXPECT_FALSE(CreateOrg(*env_, op_, {root_.id, "grassroots_branch", "   "}).ok());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM org"), 4);
}

TEST_F(ServiceTest, CommitteeSeatTermsDatesAndMembersAreChecked) {
  const Org branch = MakeOrg(root_.id, "grassroots_branch", "Chi bộ C");
  auto seat = [&](std::string term, std::string from = "", std::optional<int64_t> member = {}) {
    CommitteeSeat in;
    in.org_id = branch.id;
    in.term = std::move(term);
    in.person_name = "Lê Văn Tám";
    in.position = "member";
    in.from_date = std::move(from);
    in.member_id = member;
    return AddCommitteeSeat(*env_, op_, in);
  };
  // Terms are parsed by hand: spaces around either dash, no stack-deep regex on long input.
  EXPECT_FALSE(seat("2020" + std::string(30000, ' ') + "-2025").ok());
  const std::string spaced = "2020" + std::string(20, ' ') + "-" + std::string(20, ' ') + "2025";
  ASSERT_TRUE(seat(spaced.substr(0, 60)).ok());
  auto dash = seat("2020 – 2025");
  ASSERT_TRUE(dash.ok());
  EXPECT_EQ(dash->term, "2020–2025");
  for (const char* bad : {"2025-2020", "2020–", "20202025", "2020-2025x", "abcd-efgh"}) {
    EXPECT_FALSE(seat(bad).ok()) << bad;
  }
  // Impossible dates and unknown members are refused, and nothing is stored for them.
  EXPECT_FALSE(seat("2020-2025", "2025-02-30").ok());
  const auto unknown = seat("2020-2025", "", 999999);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().fields.at(0).field, "member_id");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM org_committee_member"), 2);
}

TEST_F(ServiceTest, RefusalOutsideScopeIsAuditedAndWritesNothing) {
  const Org a = MakeOrg(root_.id, "grassroots_committee", "Đảng bộ A");
  const Org b = MakeOrg(root_.id, "grassroots_branch", "Chi bộ B");
  const User scoped = MakeUser("admin.a", a.id, {"admin"});
  const Actor actor = ActorFor(scoped, "10.0.0.1");

  const int64_t users = Count("SELECT COUNT(*) FROM app_user");
  auto r = CreateUser(*env_, actor, {"nguoi.b", "Người B", b.id, {"member"}, "Mat-khau-2026"});
  ASSERT_FALSE(r.ok());
  // Outside the scope answers as a missing organization; the audit row keeps the reason.
  EXPECT_EQ(r.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(r.error().detail, "Không tìm thấy tổ chức đảng có mã " + std::to_string(b.id) + ".");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM app_user"), users);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused' AND actor_id = ? "
                  "AND action = 'user.create' AND org_id = ? AND client_addr = '10.0.0.1'",
                  {scoped.id, b.id}),
            1);
  // Inside the subtree it works, and a role without the grant is refused even in scope.
  EXPECT_TRUE(
      CreateUser(*env_, actor, {"nguoi.a", "Người A", a.id, {"member"}, "Mat-khau-2026"}).ok());
  const User staff = MakeUser("staff.a", a.id, {"org_staff"});
  auto s = CreateUser(*env_, ActorFor(staff, ""), {"x.y", "X", a.id, {"member"}, "Mat-khau-2026"});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind, ErrorKind::kForbidden);
}

TEST_F(ServiceTest, OrgDetailIsReadInScopeOnly) {
  const Org a = MakeOrg(root_.id, "grassroots_committee", "Đảng bộ A");
  const Org b = MakeOrg(root_.id, "grassroots_branch", "Chi bộ B");
  const Actor actor = ActorFor(MakeUser("staff.a", a.id, {"org_staff"}), "");
  auto mine = GetOrgDetail(*env_, actor, a.id);
  ASSERT_TRUE(mine.ok()) << mine.error().detail;
  EXPECT_EQ(mine->org.name, "Đảng bộ A");
  EXPECT_EQ(mine->member_count, 0);
  // Outside the scope answers exactly as a missing organization.
  auto other = GetOrgDetail(*env_, actor, b.id);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(other.error().detail,
            "Không tìm thấy tổ chức đảng có mã " + std::to_string(b.id) + ".");
  EXPECT_EQ(GetOrgDetail(*env_, actor, b.id + 1000).error().kind, ErrorKind::kNotFound);
}

TEST_F(ServiceTest, SuccessfulWriteAndItsAuditRowCommitTogether) {
  const int64_t before = Count("SELECT COUNT(*) FROM audit_log WHERE action = 'user.create'");
  const User u = MakeUser("nguyen.an", root_.id, {"secretary", "member"});
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'user.create'"), before + 1);
  store::Transaction tx = db_->BeginRead();
  const auto row =
      tx.QueryOne("SELECT after_json, via FROM audit_log WHERE entity_id = ? AND action = ?",
                  {std::to_string(u.id), std::string("user.create")});
  ASSERT_TRUE(row);
  const auto after = nlohmann::json::parse(row->Text(0));
  EXPECT_EQ(after["username"], "nguyen.an");
  EXPECT_EQ(after["roles"], nlohmann::json::array({"secretary", "member"}));
  EXPECT_EQ(row->Text(1), "cli");
  EXPECT_EQ(row->Text(0).find("argon2"), std::string::npos);
}

TEST_F(ServiceTest, LockoutEndsAfterFifteenMinutes) {
  MakeUser("tran.binh", root_.id, {"member"});
  AuthService auth(*env_);
  for (int i = 0; i < 4; ++i) {
    auto r = auth.Login("tran.binh", "sai", "127.0.0.1");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "login_failed");
  }
  auto locked = auth.Login("tran.binh", "sai", "127.0.0.1");
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.error().code, "login_locked");
  // 08:15 Vietnam time = 01:15 UTC.
  EXPECT_NE(locked.error().detail.find("08:15 ngày 21/11/2026"), std::string::npos)
      << locked.error().detail;
  clock_.Advance(std::chrono::minutes(14));
  auto still = auth.Login("tran.binh", "Mat-khau-2026", "127.0.0.1");
  ASSERT_FALSE(still.ok());
  EXPECT_EQ(still.error().code, "login_locked");
  clock_.Advance(std::chrono::minutes(1));
  EXPECT_TRUE(auth.Login("tran.binh", "Mat-khau-2026", "127.0.0.1").ok());
}

TEST_F(ServiceTest, ManyFailuresFromOneAddressAreThrottled) {
  AuthOptions opts;
  opts.max_failures_per_address = 3;
  AuthService auth(*env_, opts);
  for (int i = 0; i < 3; ++i) EXPECT_FALSE(auth.Login("khong.co", "x", "10.1.1.1").ok());
  auto r = auth.Login("khong.co", "x", "10.1.1.1");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "login_throttled");
  // A colleague behind the same address (a shared proxy) who has not failed from it may
  // still log in, with a typo or two; after that that name is throttled there too.
  MakeUser("dong.nghiep", root_.id, {"member"});
  EXPECT_EQ(auth.Login("dong.nghiep", "go-nham", "10.1.1.1").error().code, "login_failed");
  EXPECT_TRUE(auth.Login("dong.nghiep", "Mat-khau-2026", "10.1.1.1").ok());
  EXPECT_EQ(auth.Login("dong.nghiep", "go-nham", "10.1.1.1").error().code, "login_failed");
  EXPECT_EQ(auth.Login("dong.nghiep", "Mat-khau-2026", "10.1.1.1").error().code, "login_throttled");
  // Another address is unaffected, and the window passes.
  EXPECT_EQ(auth.Login("khong.co", "x", "10.1.1.2").error().code, "login_failed");
  clock_.Advance(std::chrono::minutes(16));
  // (Another name: "khong.co" has failed four times, and a fifth locks it, as an account.)
  EXPECT_EQ(auth.Login("ai.khac", "x", "10.1.1.1").error().code, "login_failed");
  EXPECT_EQ(auth.Login("khong.co", "x", "10.1.1.1").error().code, "login_locked");
  EXPECT_TRUE(auth.Login("dong.nghiep", "Mat-khau-2026", "10.1.1.1").ok());
}

TEST_F(ServiceTest, SessionsExpireWhenIdleAndAtTheAbsoluteLimit) {
  MakeUser("le.cuong", root_.id, {"member"});
  AuthService auth(*env_);
  auto login = auth.Login("le.cuong", "Mat-khau-2026", "127.0.0.1");
  ASSERT_TRUE(login.ok());
  const std::string token = login->token;
  EXPECT_TRUE(auth.Authenticate(token, "127.0.0.1").ok());
  // Activity every 50 minutes keeps it alive for 11 h 40 min...
  for (int i = 1; i <= 14; ++i) {
    clock_.Advance(std::chrono::minutes(50));
    ASSERT_TRUE(auth.Authenticate(token, "127.0.0.1").ok()) << "after " << i * 50 << " minutes";
  }
  // ...but not past 12 hours after login.
  clock_.Set(At("2026-11-21T13:00:01Z"));
  auto late = auth.Authenticate(token, "127.0.0.1");
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, "session_expired");

  auto again = auth.Login("le.cuong", "Mat-khau-2026", "127.0.0.1");
  ASSERT_TRUE(again.ok());
  clock_.Advance(std::chrono::minutes(61));
  EXPECT_FALSE(auth.Authenticate(again->token, "127.0.0.1").ok());
  EXPECT_FALSE(auth.Authenticate("", "127.0.0.1").ok());
  EXPECT_FALSE(auth.Authenticate("gia-mao", "127.0.0.1").ok());
}

// Sessions are answered from memory for a short while (AuthOptions::session_cache_ttl):
// what this process ends, ends at once; what another process ends (here: the row deleted
// behind the service's back), ends within that while.
TEST_F(ServiceTest, RememberedSessionsEndAtOnceHereAndWithinSecondsElsewhere) {
  const User u = MakeUser("pham.dung", root_.id, {"member"});
  AuthService auth(*env_);
  auto a = auth.Login("pham.dung", "Mat-khau-2026", "127.0.0.1");
  auto b = auth.Login("pham.dung", "Mat-khau-2026", "127.0.0.1");
  auto c = auth.Login("pham.dung", "Mat-khau-2026", "127.0.0.1");
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  for (const auto* t : {&a->token, &b->token, &c->token}) {
    ASSERT_TRUE(auth.Authenticate(*t, "127.0.0.1").ok());
  }
  // Another process logs session a out.
  {
    store::Transaction tx = db_->BeginWrite();
    tx.Exec("DELETE FROM user_session WHERE token_hash = ?", {Sha256Hex(a->token)});
    tx.Commit();
  }
  clock_.Advance(std::chrono::seconds(1));
  EXPECT_TRUE(auth.Authenticate(a->token, "127.0.0.1").ok()) << "remembered for 2 s";
  clock_.Advance(std::chrono::seconds(1));
  EXPECT_EQ(auth.Authenticate(a->token, "127.0.0.1").error().code, "session_expired");
  // This process logs b out: at once.
  auto sb = auth.Authenticate(b->token, "127.0.0.1");
  ASSERT_TRUE(sb.ok());
  ASSERT_TRUE(auth.Logout(*sb, b->token).ok());
  EXPECT_EQ(auth.Authenticate(b->token, "127.0.0.1").error().code, "session_expired");
  // An administrator resets the password (another service object): c ends at once.
  ASSERT_TRUE(auth.Authenticate(c->token, "127.0.0.1").ok());
  ASSERT_TRUE(ResetPassword(*env_, op_, u.id, "Mat-khau-moi-2026").ok());
  EXPECT_EQ(auth.Authenticate(c->token, "127.0.0.1").error().code, "session_expired");
}

TEST_F(ServiceTest, AuditListIsScopedAndFiltered) {
  const Org a = MakeOrg(root_.id, "grassroots_committee", "Đảng bộ A");
  const Org b = MakeOrg(root_.id, "grassroots_branch", "Chi bộ B");
  const User admin_a = MakeUser("admin.a", a.id, {"admin"});
  MakeUser("member.b", b.id, {"member"});
  auto page = ListAudit(*env_, ActorFor(admin_a, ""), {});
  ASSERT_TRUE(page.ok());
  for (const auto& row : page->items) EXPECT_EQ(row.org_id, a.id) << row.action;
  EXPECT_GE(page->total, 2);  // org.create A, user.create admin.a

  auto whole = ListAudit(*env_, op_, {.action = "user.create"});
  ASSERT_TRUE(whole.ok());
  EXPECT_EQ(whole->total, 2);
  auto bad = ListAudit(*env_, op_, {.from = "21/11/2026"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at(0).field, "from");
  const User member = MakeUser("member.root", root_.id, {"member"});
  EXPECT_EQ(ListAudit(*env_, ActorFor(member, ""), {}).error().kind, ErrorKind::kForbidden);
}

TEST(PasswordTest, HashesVerifyAndPolicy) {
  const std::string h = HashPassword("Mat-khau-2026");
  EXPECT_EQ(h.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(VerifyPassword("Mat-khau-2026", h));
  EXPECT_FALSE(VerifyPassword("mat-khau-2026", h));
  EXPECT_NE(HashPassword("Mat-khau-2026"), h);  // fresh salt
  EXPECT_FALSE(CheckPasswordPolicy("ngan", "u").ok());
  EXPECT_FALSE(CheckPasswordPolicy("12345678901", "u").ok());
  EXPECT_FALSE(CheckPasswordPolicy("nguyen.van.an", "nguyen.van.an").ok());
  EXPECT_TRUE(CheckPasswordPolicy("Mat-khau-2026", "u").ok());
  const std::string g = GeneratePassword();
  EXPECT_EQ(g.size(), 14u);
  EXPECT_TRUE(CheckPasswordPolicy(g, "admin").ok());
}

TEST(AccessTest, SubtreeByPathPrefix) {
  Actor a;
  a.org_path = "/1/7/";
  a.roles = {Role::kOrgStaff};
  EXPECT_TRUE(InScope(a, "/1/7/"));
  EXPECT_TRUE(InScope(a, "/1/7/12/"));
  EXPECT_FALSE(InScope(a, "/1/70/"));  // a sibling with a longer id is not a child
  EXPECT_FALSE(InScope(a, "/1/"));
  EXPECT_TRUE(Authorize(a, Action::kOrgWrite, "/1/7/9/").ok());
  EXPECT_FALSE(Authorize(a, Action::kUserManage, "/1/7/9/").ok());
  const PathRange r = SubtreeRange("/1/7/");
  EXPECT_LT(r.lo, "/1/7/12/");
  EXPECT_LT(std::string("/1/7/99999/"), r.hi);
  EXPECT_GT(std::string("/1/8/"), r.hi);
}

TEST_F(ServiceTest, UnknownNamesLockLikeKnownOnes) {
  MakeUser("tran.binh", root_.id, {"member"});
  AuthService auth(*env_);
  for (int i = 0; i < 6; ++i) {
    auto known = auth.Login("tran.binh", "sai", "10.0.0.1");
    auto unknown = auth.Login("khong.co.ai", "sai", "10.0.0.2");
    ASSERT_FALSE(known.ok());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(known.error().code, i < 4 ? "login_failed" : "login_locked") << i;
    EXPECT_EQ(unknown.error().code, known.error().code) << i;
    EXPECT_EQ(unknown.error().detail, known.error().detail) << i;
  }
  clock_.Advance(std::chrono::minutes(15));
  EXPECT_EQ(auth.Login("khong.co.ai", "sai", "10.0.0.2").error().code, "login_failed");
  EXPECT_TRUE(auth.Login("tran.binh", "Mat-khau-2026", "10.0.0.1").ok());
}

TEST_F(ServiceTest, SharedDataIsWrittenByRootAdminsOnly) {
  const Org a = MakeOrg(root_.id, "grassroots_committee", "Đảng bộ A");
  const Actor sub_admin = ActorFor(MakeUser("admin.a", a.id, {"admin"}), "");
  const Actor root_staff = ActorFor(MakeUser("staff.root", root_.id, {"org_staff"}), "");
  const Actor root_admin = ActorFor(MakeUser("admin.root", root_.id, {"admin"}), "");
  const HolidayRow day{"2030-12-24", "Nghỉ riêng", "holiday", "", ""};
  const HostUnit unit{0, "Công ty Chung", HostUnitKinds()[0].code};
  for (const Actor& who : {sub_admin, root_staff}) {
    EXPECT_EQ(PutHoliday(*env_, who, day).error().kind, ErrorKind::kForbidden);
    EXPECT_EQ(DeleteHoliday(*env_, who, "2030-12-24").error().kind, ErrorKind::kForbidden);
    EXPECT_EQ(CreateHostUnit(*env_, who, unit).error().kind, ErrorKind::kForbidden);
  }
  EXPECT_EQ(Count("SELECT COUNT(*) FROM holiday WHERE day = '2030-12-24'"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused' AND action IN "
                  "('holiday.put', 'holiday.delete', 'host_unit.create')"),
            6);
  EXPECT_TRUE(PutHoliday(*env_, root_admin, day).ok());
  EXPECT_TRUE(DeleteHoliday(*env_, root_admin, "2030-12-24").ok());
  EXPECT_TRUE(CreateHostUnit(*env_, root_admin, unit).ok());
  EXPECT_TRUE(CreateHostUnit(*env_, Actor::CliOperator(), {0, "Công ty Khác", unit.kind}).ok());
}

TEST(RolesTest, CodesRoundTrip) {
  for (Role r : vocab::All<Role>()) EXPECT_EQ(vocab::Parse<Role>(vocab::Code(r)), r);
  EXPECT_FALSE(vocab::Parse<Role>("vua").has_value());
  EXPECT_TRUE(MayContain(std::nullopt, OrgKind::kSuperiorCommittee));
  EXPECT_FALSE(MayContain(std::nullopt, OrgKind::kBranch));
  EXPECT_TRUE(MayContain(OrgKind::kGrassrootsCommittee, OrgKind::kSubCommittee));
  EXPECT_FALSE(MayContain(OrgKind::kGrassrootsBranch, OrgKind::kBranch));
}

TEST(AccessTest, RoleActionTable) {
  auto codes = [](Role role) {
    Actor a;
    a.roles = {role};
    std::vector<std::string_view> out;
    for (Action x : AllowedActions(a)) out.push_back(vocab::Code(x));
    return out;
  };
  using V = std::vector<std::string_view>;
  EXPECT_EQ(codes(Role::kAdmin), vocab::Codes<Action>());
  EXPECT_EQ(
      codes(Role::kOrgStaff),
      (V{"org.read",       "org.write",     "member.read",   "member.write",    "lifecycle.write",
         "report.read",    "report.freeze", "meeting.write", "rating.write",    "rating.approve",
         "badge.write",    "dues.read",     "dues.collect",  "dues.basis",      "dues.remit",
         "training.write", "cadre.read",    "cadre.write",   "propaganda.read", "reward.write",
         "target.write"}));
  EXPECT_EQ(codes(Role::kInspectionStaff),
            (V{"org.read", "member.read", "report.read", "report.freeze", "inspection.read",
               "inspection.write", "discipline.read", "discipline.write", "dues.read",
               "propaganda.read"}));
  EXPECT_EQ(codes(Role::kPropagandaStaff),
            (V{"org.read", "member.read", "report.read", "report.freeze", "training.write",
               "propaganda.read", "propaganda.write", "reward.write"}));
  EXPECT_EQ(codes(Role::kSecretary),
            (V{"org.read", "member.read", "member.write", "report.read", "report.freeze",
               "meeting.write", "rating.write", "inspection.read", "discipline.read", "dues.read",
               "dues.collect", "dues.basis", "dues.remit", "training.write", "propaganda.read",
               "propaganda.write", "target.write"}));
  EXPECT_EQ(codes(Role::kMember), (V{"org.read", "report.read"}));
  EXPECT_TRUE(AllowedActions(Actor{}).empty());  // no role, no action
  Actor two;
  two.roles = {Role::kMember, Role::kSecretary};
  EXPECT_TRUE(RoleAllows(two, Action::kMemberWrite));
  for (Action x : vocab::All<Action>()) {
    EXPECT_EQ(vocab::Parse<Action>(vocab::Code(x)), x);
    EXPECT_NE(vocab::Label(x), vocab::Code(x));
  }
}

}  // namespace
}  // namespace dangbo::service
