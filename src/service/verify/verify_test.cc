// `dangbo verify` on a registry written through the services (clean), then with one
// projection or history row corrupted by hand per test (each reported under its code).
#include <gtest/gtest.h>

#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/lifecycle/member_events.h"
#include "service/lifecycle/transfers.h"
#include "service/verify/verify.h"

namespace dangbo::service::testing {
namespace {

class VerifyTest : public LifecycleTest {
 protected:
  void Populate() override {
    LifecycleTest::Populate();
    // Lifecycle events, transfers and tree changes, each through its service.
    alive_ = AddMember(a1_, "Nguyễn Văn An");
    const int64_t died = AddMember(a1_, "Trần Thị Bình");
    const int64_t exempt = AddMember(a2_, "Lê Văn Cường");
    const int64_t out = AddMember(b1_, "Phạm Thị Dung");
    const int64_t voided = AddMember(a2_, "Hoàng Văn Em");
    const EventInput on{{"2024-03-01", "12-QĐ/ĐU", "2024-03-01"}, ""};
    Ok(MemberDied(*env_, op_, died, on));
    Ok(ExemptMember(*env_, op_, exempt, {on, "Tuổi cao"}));
    Ok(EndExemption(*env_, op_, exempt, {{"2025-01-10", "3-QĐ/ĐU", ""}, ""}));
    Ok(TransferOut(*env_, op_, out, {on.decision, "Đảng bộ tỉnh Lâm Đồng", {}, ""}));
    Ok(ExpelMember(*env_, op_, voided, on));
    Ok(VoidMemberEvent(*env_, op_, voided, LatestEvent(voided), "Nhập nhầm"));
    Ok(MergeOrg(*env_, op_, a2_.id, a1_.id, std::nullopt, {"2025-06-01", "", ""}));
    Ok(RenameOrg(*env_, op_, b1_.id, "Chi bộ B1 mới", {"2025-07-01", "", ""}));
  }

  template <typename T>
  void Ok(const Result<T>& r) {
    ASSERT_TRUE(r.ok()) << r.error().detail;
  }

  void Exec(const std::string& sql, const store::Params& p = {}) {
    store::Transaction tx = db_->BeginWrite();
    tx.Exec(sql, p);
    tx.Commit();
  }

  // The number of rows the check `code` found.
  int64_t Found(const VerifyReport& r, const std::string& code) {
    for (const auto& c : r.checks) {
      if (c.code == code) return c.found;
    }
    ADD_FAILURE() << "no check " << code;
    return -1;
  }

  int64_t alive_ = 0;
};

TEST_F(VerifyTest, RegistryWrittenByTheServicesIsClean) {
  const VerifyReport r = VerifyDatabase(*db_);
  EXPECT_TRUE(r.Clean()) << FormatVerifyReport(r);
  EXPECT_EQ(r.members, 5);
  EXPECT_GE(r.checks.size(), 15u);
  EXPECT_NE(FormatVerifyReport(r).find("không có sai lệch"), std::string::npos);
  if (engine_.engine() == store::Engine::kSqlite) {
    EXPECT_TRUE(r.integrity_checked);
  }
}

TEST_F(VerifyTest, StatusOfTheFileDifferentFromItsOpenSpanIsReported) {
  Exec("UPDATE member SET status = 'deceased' WHERE id = ?", {alive_});
  const VerifyReport r = VerifyDatabase(*db_);
  EXPECT_EQ(Found(r, "member_status"), 1);
  // Deceased without a "died" event on the span's date is a second difference.
  EXPECT_EQ(Found(r, "member_end_event"), 1);
  EXPECT_EQ(r.Differences(), 2);
  const std::string text = FormatVerifyReport(r);
  EXPECT_NE(text.find("đảng viên mã " + std::to_string(alive_)), std::string::npos) << text;
  EXPECT_NE(text.find("Từ trần"), std::string::npos) << text;
  EXPECT_EQ(text.find("không có sai lệch"), std::string::npos) << text;
}

TEST_F(VerifyTest, UnitOfTheFileAndItsPathAreCheckedAgainstTheSpanAndTheTree) {
  Exec("UPDATE member SET org_id = ? WHERE id = ?", {b1_.id, alive_});
  const VerifyReport r = VerifyDatabase(*db_);
  EXPECT_EQ(Found(r, "member_status"), 1);
  EXPECT_EQ(Found(r, "member_path"), 1);
}

TEST_F(VerifyTest, GapsAndOverlapsInAMembersHistoryAreReported) {
  Exec(
      "UPDATE member_span SET valid_to = '2012-01-01' WHERE member_id = ? AND valid_to IS "
      "NOT NULL",
      {alive_});
  VerifyReport r = VerifyDatabase(*db_);
  EXPECT_EQ(Found(r, "member_span_gap"), 1);
  EXPECT_EQ(Found(r, "member_span_overlap"), 1);
  Exec(
      "INSERT INTO member_span (member_id, valid_from, valid_to, org_id, status) VALUES "
      "(?, '2020-01-01', NULL, ?, 'official')",
      {alive_, a1_.id});
  r = VerifyDatabase(*db_);
  EXPECT_EQ(Found(r, "member_open_span"), 1);
}

TEST_F(VerifyTest, SearchTokensAndNameKeysAreRecomputedFromTheName) {
  Exec("DELETE FROM member_name_token WHERE member_id = ? AND token = 'an'", {alive_});
  Exec("UPDATE member SET name_key = 'x' WHERE id = ?", {alive_});
  const VerifyReport r = VerifyDatabase(*db_);
  EXPECT_EQ(Found(r, "member_names"), 2);
  EXPECT_NE(FormatVerifyReport(r).find("[nguyen van]"), std::string::npos) << FormatVerifyReport(r);
}

TEST_F(VerifyTest, TreeDifferentFromItsHistoryIsReported) {
  Exec("UPDATE org SET name = 'Tên sửa tay' WHERE id = ?", {b1_.id});
  Exec("UPDATE org SET path = '/999/' WHERE id = ?", {b_.id});
  Exec("UPDATE org SET ended_on = NULL WHERE id = ?", {a2_.id});
  const VerifyReport r = VerifyDatabase(*db_);
  EXPECT_EQ(Found(r, "org_projection"), 2);  // b1's name, b's path
  EXPECT_GE(Found(r, "org_path"), 2);        // b itself and its child b1
  EXPECT_EQ(Found(r, "org_end_event"), 1);   // a2 merged but not ended
  EXPECT_EQ(Found(r, "org_open_span"), 1);   // a2 live without an open span
  const std::string text = FormatVerifyReport(r);
  EXPECT_NE(text.find("Tên sửa tay"), std::string::npos) << text;
  EXPECT_NE(text.find("Chi bộ B1 mới"), std::string::npos) << text;
}

TEST_F(VerifyTest, LimitBoundsTheLinesButNotTheCount) {
  Exec("UPDATE member SET org_path = '/0/'");
  const VerifyReport r = VerifyDatabase(*db_, 2);
  for (const auto& c : r.checks) {
    if (c.code == "member_path") {
      EXPECT_EQ(c.found, 5);
      EXPECT_EQ(c.problems.size(), 2u);
    }
  }
  EXPECT_NE(FormatVerifyReport(r).find("… và 3 dòng khác"), std::string::npos);
}

}  // namespace
}  // namespace dangbo::service::testing
