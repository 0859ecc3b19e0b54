// Test-only fixture of the lifecycle tests: a fresh database with committees A (branches A1,
// A2) and B (B1), staff scoped to A and B, a secretary of A1, and read helpers.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "service/accounts/auth.h"
#include "service/accounts/users.h"
#include "service/core/db_test_fixture.h"
#include "service/members/members.h"
#include "service/orgs/org_history.h"
#include "service/orgs/orgs.h"
#include "service/report/catalogue.h"
#include "service/report/indicators.h"

namespace dangbo::service::testing {

class LifecycleTest : public DbTest {
 protected:
  void Populate() override {
    root_ = MakeOrg(std::nullopt, "superior_committee", "Đảng bộ Khối");
    a_ = MakeOrg(root_.id, "grassroots_committee", "Đảng bộ Sở A");
    a1_ = MakeOrg(a_.id, "branch", "Chi bộ A1");
    a2_ = MakeOrg(a_.id, "branch", "Chi bộ A2");
    b_ = MakeOrg(root_.id, "grassroots_committee", "Đảng bộ Sở B");
    b1_ = MakeOrg(b_.id, "branch", "Chi bộ B1");
    staff_a_ = ActorFor(MakeUser("tochuc.a", a_.id, {"org_staff"}), "10.0.0.1");
    staff_b_ = ActorFor(MakeUser("tochuc.b", b_.id, {"org_staff"}), "10.0.0.2");
    secretary_a1_ = ActorFor(MakeUser("bithu.a1", a1_.id, {"secretary"}), "10.0.0.3");
  }

  User MakeUser(const char* name, int64_t org, std::vector<std::string> roles) {
    auto u = CreateUser(*env_, op_, {name, name, org, std::move(roles), "Mat-khau-2026"});
    EXPECT_TRUE(u.ok()) << (u.ok() ? "" : u.error().detail);
    return u.ok() ? *u : User{};
  }

  // An official member (official_on empty: probationary) of `org`.
  int64_t AddMember(const Org& org, const char* name, const char* admitted = "2010-05-19",
                    const char* official = "2011-05-19", const char* card = "",
                    const char* birth = "1980-01-01") {
    MemberInput in;
    in.org_id = org.id;
    in.full_name = name;
    in.sex = "male";
    in.birth_date = birth;
    in.admitted_on = admitted;
    in.official_on = official;
    in.card_no = card;
    auto m = CreateMember(*env_, op_, in);
    EXPECT_TRUE(m.ok()) << (m.ok() ? "" : m.error().detail);
    return m.ok() ? m->id : 0;
  }

  std::string Text(const std::string& sql, const store::Params& params = {}) {
    store::Transaction tx = db_->BeginRead();
    const auto r = tx.QueryOne(sql, params);
    return r && !r->IsNull(0) ? r->Text(0) : "";
  }
  std::string StatusOf(int64_t member) {
    return Text("SELECT status FROM member WHERE id = ?", {member});
  }
  int64_t OrgOf(int64_t member) {
    return Count("SELECT org_id FROM member WHERE id = ?", {member});
  }
  // (valid_from, valid_to or "", org_id, status) in date order.
  using SpanRow = std::tuple<std::string, std::string, int64_t, std::string>;
  std::vector<SpanRow> Spans(int64_t member) {
    std::vector<SpanRow> out;
    store::Transaction tx = db_->BeginRead();
    tx.Each(
        "SELECT valid_from, valid_to, org_id, status FROM member_span WHERE member_id = ? "
        "ORDER BY valid_from",
        {member}, [&](const store::Row& r) {
          out.emplace_back(r.Text(0), r.OptText(1).value_or(""), r.Int(2), r.Text(3));
        });
    return out;
  }
  // Active members of an organization's subtree on a date (the stock).
  int64_t StockOn(const Org& org, const char* date) {
    auto s = StocksAt(*env_, op_, org.id, *Date::Parse(date));
    EXPECT_TRUE(s.ok());
    return s.ok() ? s->members : -1;
  }
  int64_t Refusals(const std::string& action) {
    return Count("SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused' AND action = ?",
                 {action});
  }
  int64_t Audits(const std::string& action) {
    return Count("SELECT COUNT(*) FROM audit_log WHERE outcome = 'ok' AND action = ?", {action});
  }
  int64_t Events(int64_t member, const std::string& kind) {
    return Count(
        "SELECT COUNT(*) FROM member_event WHERE member_id = ? AND kind = ? AND voided_at IS "
        "NULL",
        {member, kind});
  }
  int64_t LatestEvent(int64_t member) {
    return Count("SELECT MAX(id) FROM member_event WHERE member_id = ? AND voided_at IS NULL",
                 {member});
  }

  // The counts of `codes` for `org` in `period` (stocks on `at`) read by `actor`, as recorded
  // at the moment `recorded` ("": as the data is now); empty when refused.
  std::vector<int64_t> Figures(const Actor& actor, const Org& org, const char* codes,
                               const Date& at, const char* period,
                               const std::string& recorded = "") {
    auto indicators = ResolveIndicators(codes);
    EXPECT_TRUE(indicators.ok());
    if (!indicators.ok()) return {};
    IndicatorQuery q{org.id, at, *report::ParsePeriod(period), *indicators};
    q.recorded = recorded;
    auto a = Indicators(*env_, actor, q);
    EXPECT_TRUE(a.ok()) << (a.ok() ? "" : a.error().detail);
    std::vector<int64_t> out;
    if (a.ok()) {
      for (const auto& v : a->values) out.push_back(v.count);
    }
    return out;
  }
  // The clock a day later, and the moment it shows then.
  std::string NextDay() {
    clock_.Advance(std::chrono::hours(24));
    return FormatTimestamp(clock_.Now());
  }

  Org root_, a_, a1_, a2_, b_, b1_;
  Actor staff_a_, staff_b_, secretary_a1_;
};

}  // namespace dangbo::service::testing
