// Dues on a real database (both engines): the rate by the rule set of the month either side
// of 3/2/2026, exemptions, collection and corrections as new rows, bad input that writes
// nothing, scope, the remittance split and the reconciliation's balance, arrears at 2 and 3
// months in the worklist, and the catalogue's figures.
#include "service/dues/dues.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "service/admission/flows.h"
#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/report/catalogue.h"
#include "service/report/indicators.h"
#include "service/verify/verify.h"

namespace dangbo::service::testing {
namespace {

class DuesTest : public LifecycleTest {
 protected:
  void Populate() override {
    LifecycleTest::Populate();
    m1_ = AddMember(a1_, "Trần Văn Một");
    m2_ = AddMember(a1_, "Lê Thị Hai", "1975-01-10", "1976-01-10", "", "1950-02-02");
    m3_ = AddMember(a2_, "Phạm Văn Ba");
    Basis(m1_, "2021-01", "salaried", 4'680'000);
    Basis(m2_, "2021-01", "pensioner", 6'200'000);
    Basis(m3_, "2021-01", "salaried", 5'000'000);
  }

  void Basis(int64_t member, const char* from, const char* income, int64_t amount) {
    auto b = SetDuesBasis(*env_, op_, {member, from, income, amount, ""});
    ASSERT_TRUE(b.ok()) << b.error().detail;
  }

  DuesSheet Sheet(const Org& org, const char* month) {
    auto s = GetDuesSheet(*env_, op_, org.id, month);
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().detail);
    return s.ok() ? *s : DuesSheet{};
  }

  static const DuesLine& Line(const DuesSheet& s, int64_t member) {
    return *std::find_if(s.lines.begin(), s.lines.end(),
                         [&](const DuesLine& l) { return l.member_id == member; });
  }

  Result<DuesSheet> Pay(const Org& org, const char* month, int64_t member, int64_t paid,
                        const std::string& reason = "") {
    return CollectDues(
        *env_, op_, {org.id, month, std::string(month) + "-28", {{member, paid, 0, "", reason}}});
  }

  int64_t m1_ = 0, m2_ = 0, m3_ = 0;
};

TEST_F(DuesTest, RateByTheRuleSetOfTheMonth) {
  const DuesSheet jan = Sheet(a1_, "2026-01");
  ASSERT_EQ(jan.lines.size(), 2u);
  EXPECT_EQ(jan.rules_source, "Quy định 342-QĐ/TW (2010)");
  EXPECT_EQ(Line(jan, m1_).due, 47'000);  // 1% of 4.680.000 đ, to the nearest 1.000 đ
  EXPECT_EQ(Line(jan, m2_).due, 31'000);  // 0,5% of the pension; no age exemption under 342
  const DuesSheet mar = Sheet(a1_, "2026-03");
  EXPECT_EQ(mar.rules_source, "Quy định 01-QĐ/TW (2026)");
  EXPECT_EQ(Line(mar, m1_).due, 47'000);
  EXPECT_EQ(Line(mar, m2_).due, 0);  // party age ≥ 50 under 01-QĐ/TW
  EXPECT_EQ(Line(mar, m2_).relief_reason, "party_age");
  Basis(m1_, "2026-03", "student", 0);
  EXPECT_EQ(Line(Sheet(a1_, "2026-03"), m1_).due, 5'000);
}

TEST_F(DuesTest, ExemptionReductionAndCorrection) {
  ASSERT_TRUE(
      AddDuesRelief(*env_, op_, {m3_, "reduction", "hardship", 50, "2026-03", "2026-04", ""}).ok());
  EXPECT_EQ(Line(Sheet(a2_, "2026-03"), m3_).due, 25'000);
  EXPECT_EQ(Line(Sheet(a2_, "2026-05"), m3_).due, 50'000);
  ASSERT_TRUE(AddDuesRelief(*env_, op_, {m3_, "exemption", "illness", 0, "2026-06", "", ""}).ok());
  EXPECT_EQ(Line(Sheet(a2_, "2026-07"), m3_).due, 0);

  auto s = Pay(a1_, "2026-03", m1_, 47'000);
  ASSERT_TRUE(s.ok()) << s.error().detail;
  EXPECT_EQ(s->paid, 47'000);
  auto again = Pay(a1_, "2026-03", m1_, 47'000);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, "dues_already_collected");
  auto c = CorrectDues(*env_, op_, {a1_.id, "2026-03", m1_, -7'000, 2'000, "Ghi nhầm", ""});
  ASSERT_TRUE(c.ok()) << c.error().detail;
  EXPECT_EQ(Line(*c, m1_).paid, 40'000);
  EXPECT_EQ(Line(*c, m1_).extra, 2'000);
  EXPECT_EQ(Line(*c, m1_).corrections, 1);
  // History first: the collection row is unchanged, the correction is a row of its own.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM dues_payment WHERE member_id = ?", {m1_}), 2);
  EXPECT_EQ(Count("SELECT paid FROM dues_payment WHERE kind = 'collection'"), 47'000);
  EXPECT_EQ(Audits("dues.collect"), 1);
  EXPECT_EQ(Audits("dues.correct"), 1);
}

TEST_F(DuesTest, BadInputAndOutsidersWriteNothing) {
  EXPECT_FALSE(Pay(a1_, "2026-13", m1_, 1).ok());
  EXPECT_FALSE(Pay(a1_, "2027-01", m1_, 1).ok());  // after this month
  EXPECT_FALSE(Pay(a1_, "2026-03", m1_, -5).ok());
  EXPECT_FALSE(Pay(a1_, "2026-03", m3_, 5).ok());  // not on A1's sheet
  EXPECT_FALSE(SetDuesBasis(*env_, op_, {m1_, "2026-03", "salaried", 0, ""}).ok());
  EXPECT_FALSE(CorrectDues(*env_, op_, {a1_.id, "2026-03", m1_, 1'000, 0, "", ""}).ok());
  auto out = CollectDues(*env_, staff_b_, {a1_.id, "2026-03", "", {{m1_, 1'000, 0, "", ""}}});
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(GetDuesSheet(*env_, staff_b_, a1_.id, "2026-03").error().kind, ErrorKind::kNotFound);
  EXPECT_FALSE(GetDuesSheet(*env_, op_, a_.id, "2026-03").ok());  // not a branch
  EXPECT_EQ(Count("SELECT COUNT(*) FROM dues_payment"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM dues_tally"), 0);
  // The secretary collects for the own branch.
  EXPECT_TRUE(
      CollectDues(*env_, secretary_a1_, {a1_.id, "2026-03", "", {{m1_, 47'000, 0, "", ""}}}).ok());
}

TEST_F(DuesTest, RemittanceSplitAndReconciliationBalance) {
  Basis(m1_, "2026-01", "salaried", 10'000'000);
  ASSERT_TRUE(Pay(a1_, "2026-03", m1_, 100'000).ok());
  ASSERT_TRUE(Pay(a2_, "2026-03", m3_, 50'000).ok());
  auto r1 = RecordRemittance(*env_, secretary_a1_, {a1_.id, "2026-03", "2026-04-05", {}, ""});
  ASSERT_TRUE(r1.ok()) << r1.error().detail;
  EXPECT_EQ(r1->keep_percent, 30);
  EXPECT_EQ(r1->amount, 70'000);
  EXPECT_EQ(r1->to_org_id, a_.id);
  ASSERT_TRUE(RecordRemittance(*env_, op_, {a2_.id, "2026-03", "2026-04-05", {}, ""}).ok());
  auto ra = RecordRemittance(*env_, op_, {a_.id, "2026-03", "2026-04-10", {}, ""});
  ASSERT_TRUE(ra.ok());
  EXPECT_EQ(ra->base, 150'000);   // the grassroots organization's whole subtree
  EXPECT_EQ(ra->amount, 45'000);  // keeps 70%
  auto rr = RecordRemittance(*env_, op_, {root_.id, "2026-03", "2026-04-15", {}, ""});
  ASSERT_TRUE(rr.ok());
  EXPECT_EQ(rr->amount, 22'500);  // the bloc committee sends 50% up
  EXPECT_FALSE(rr->to_org_id.has_value());
  EXPECT_FALSE(RecordRemittance(*env_, op_, {a1_.id, "2026-03", "", {}, ""}).ok());  // twice
  auto rec = DuesReconciliation(*env_, op_, root_.id, "2026-03");
  ASSERT_TRUE(rec.ok());
  EXPECT_EQ(rec->collected, 150'000);
  EXPECT_EQ(rec->remitted_out, 22'500);
  EXPECT_EQ(rec->kept, 127'500);
  EXPECT_TRUE(rec->balanced);
  // A correction after remitting: the collection still balances, the remittance no longer
  // matches the rules.
  ASSERT_TRUE(CorrectDues(*env_, op_, {a2_.id, "2026-03", m3_, 10'000, 0, "Thu bổ sung", ""}).ok());
  rec = DuesReconciliation(*env_, op_, root_.id, "2026-03");
  EXPECT_EQ(rec->collected, 160'000);
  EXPECT_EQ(rec->collected, rec->kept + rec->remitted_out);
  EXPECT_FALSE(rec->balanced);
  EXPECT_EQ(Audits("dues.remit"), 4);
}

TEST_F(DuesTest, ArrearsAtTwoAndThreeMonths) {
  // Clock: 21/11/2026; months counted: January to October.
  for (int m = 1; m <= 10; ++m) {
    const std::string month = "2026-" + std::string(m < 10 ? "0" : "") + std::to_string(m);
    const bool unpaid = m == 8 || m == 9;
    ASSERT_TRUE(Pay(a1_, month.c_str(), m1_, unpaid ? 0 : 47'000).ok());
    // m2 is excused in January (a reason) and exempt by party age from February.
    ASSERT_TRUE(Pay(a1_, month.c_str(), m2_, 0, m == 1 ? "Ốm" : "").ok());
  }
  auto a = DuesArrears(*env_, op_, root_.id, 2026);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->size(), 1u) << "m2: January excused, exempt by party age from February";
  EXPECT_EQ((*a)[0].member_id, m1_);
  EXPECT_EQ((*a)[0].months.size(), 2u);
  EXPECT_EQ((*a)[0].amount, 94'000);
  EXPECT_FALSE((*a)[0].removal_line);
  auto items = Worklist(*env_, op_, root_.id, Date(2026, 11, 21));
  ASSERT_TRUE(items.ok());
  const auto it = std::find_if(items->items.begin(), items->items.end(),
                               [](const WorkItem& w) { return w.kind == "dues_arrears"; });
  ASSERT_NE(it, items->items.end());
  EXPECT_FALSE(it->overdue);
  EXPECT_EQ(it->member_id, m1_);
  // A third month in the year reaches the removal line.
  ASSERT_TRUE(CorrectDues(*env_, op_, {a1_.id, "2026-10", m1_, -47'000, 0, "Trả lại", ""}).ok());
  a = DuesArrears(*env_, op_, root_.id, 2026);
  ASSERT_EQ(a->size(), 1u);
  EXPECT_EQ((*a)[0].months.size(), 3u);
  EXPECT_TRUE((*a)[0].removal_line);
}

// The arrears come from each member's months kept beside the payments (dues_standing) and
// each unit's kept months (dues_kept): a month left unpaid, a month the sheet was kept
// without the member, corrections either way; `dangbo verify` finds the summaries equal to
// their recomputation, and finds a summary changed by hand.
TEST_F(DuesTest, ArrearsFromTheKeptMonthsFollowEveryWrite) {
  const int64_t m4 = AddMember(a2_, "Đỗ Thị Bốn");
  Basis(m4, "2021-01", "salaried", 5'000'000);
  for (int m = 1; m <= 6; ++m) {
    const std::string month = "2026-0" + std::to_string(m);
    ASSERT_TRUE(Pay(a1_, month.c_str(), m1_, m == 2 || m == 5 ? 0 : 47'000).ok());
    ASSERT_TRUE(Pay(a1_, month.c_str(), m2_, 0, "Ốm").ok());
    ASSERT_TRUE(Pay(a2_, month.c_str(), m4, 50'000).ok());
    if (m != 3 && m != 4) {
      ASSERT_TRUE(Pay(a2_, month.c_str(), m3_, 50'000).ok());
    }
  }
  const auto warned = [&] {
    std::vector<std::pair<int64_t, int64_t>> out;  // (member, amount)
    auto a = DuesArrears(*env_, op_, root_.id, 2026);
    EXPECT_TRUE(a.ok());
    for (const DuesArrear& x : a.ok() ? *a : std::vector<DuesArrear>{}) {
      out.emplace_back(x.member_id, x.amount);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  // m1: February and May recorded unpaid; m3: March and April not on the kept sheet.
  EXPECT_EQ(warned(), (std::vector<std::pair<int64_t, int64_t>>{{m1_, 94'000}, {m3_, 100'000}}));
  auto a2 = DuesArrears(*env_, op_, a2_.id, 2026);
  ASSERT_TRUE(a2.ok());
  ASSERT_EQ(a2->size(), 1u);
  EXPECT_EQ((*a2)[0].months, (std::vector<std::string>{"2026-03", "2026-04"}));
  EXPECT_EQ((*a2)[0].org_name, a2_.name);
  // m1 pays May late; m3 is recorded for March with a reason; m4 gives back February's dues.
  ASSERT_TRUE(CorrectDues(*env_, op_, {a1_.id, "2026-05", m1_, 47'000, 0, "Nộp muộn", ""}).ok());
  ASSERT_TRUE(Pay(a2_, "2026-03", m3_, 0, "Đi công tác").ok());
  ASSERT_TRUE(CorrectDues(*env_, op_, {a2_.id, "2026-02", m4, -50'000, 0, "Trả lại", ""}).ok());
  ASSERT_TRUE(CorrectDues(*env_, op_, {a2_.id, "2026-06", m4, -50'000, 0, "Trả lại", ""}).ok());
  EXPECT_EQ(warned(), (std::vector<std::pair<int64_t, int64_t>>{{m4, 100'000}}));

  const auto dues_checks = [&] {
    int64_t found = 0;
    for (const VerifyCheck& c : VerifyDatabase(*db_).checks) {
      if (c.code == "dues_standing" || c.code == "dues_kept") found += c.found;
    }
    return found;
  };
  EXPECT_EQ(dues_checks(), 0);
  {
    store::Transaction tx = db_->BeginWrite();
    tx.Exec("UPDATE dues_standing SET unpaid_mask = 0 WHERE member_id = ?", {m4});
    tx.Exec("DELETE FROM dues_kept WHERE org_id = ?", {a1_.id});
    tx.Commit();
  }
  EXPECT_EQ(dues_checks(), 2);
  EXPECT_TRUE(warned().empty()) << "the arrears read the summaries, not the payments";
}

TEST_F(DuesTest, IndicatorsCountTheTally) {
  ASSERT_TRUE(Pay(a1_, "2026-03", m1_, 47'000).ok());
  ASSERT_TRUE(Pay(a2_, "2026-03", m3_, 0).ok());
  ASSERT_TRUE(RecordRemittance(*env_, op_, {a1_.id, "2026-03", "2026-03-30", {}, ""}).ok());
  IndicatorQuery q;
  q.org_id = root_.id;
  auto codes = ResolveIndicators(
      "dues.due,dues.collected,dues.collected_percent,dues.arrears_members,dues.remitted");
  ASSERT_TRUE(codes.ok());
  q.indicators = *codes;
  q.at = Date(2026, 3, 31);
  q.period = *report::ParsePeriod("2026-Q1");
  auto answer = Indicators(*env_, op_, q);
  ASSERT_TRUE(answer.ok()) << answer.error().detail;
  const auto& v = answer->values;
  ASSERT_EQ(v.size(), 5u);
  EXPECT_EQ(v[0].count, 47'000 + 50'000);
  EXPECT_EQ(v[1].count, 47'000);
  EXPECT_NEAR(*v[2].percent, 100.0 * 47 / 97, 1e-9);
  EXPECT_EQ(v[3].count, 1);
  EXPECT_EQ(v[4].count, 32'900);
}

// A dues report as recorded before a correction shows what was collected then; the tally it
// replaced is kept.
TEST_F(DuesTest, FiguresAsRecordedBeforeACorrectionKeepTheAmountThen) {
  ASSERT_TRUE(Pay(a1_, "2026-03", m1_, 47'000).ok());
  const std::string before = NextDay();
  NextDay();
  ASSERT_TRUE(CorrectDues(*env_, op_, {a1_.id, "2026-03", m1_, -7'000, 0, "Thu nhầm", ""}).ok());
  EXPECT_EQ(Figures(op_, root_, "dues.collected", Date(2026, 3, 31), "2026-Q1"),
            std::vector<int64_t>{40'000});
  EXPECT_EQ(Figures(op_, root_, "dues.collected", Date(2026, 3, 31), "2026-Q1", before),
            std::vector<int64_t>{47'000});
  EXPECT_GT(Count("SELECT COUNT(*) FROM dues_tally_retired"), 0);
}

}  // namespace
}  // namespace dangbo::service::testing
