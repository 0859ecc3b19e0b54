// Inspection and supervision on both engines: a programme per committee and year, a case on
// a subject of the subtree, its conclusion and follow-up until closed (on time or late),
// confidentiality, audit, and the confidential indicators.
#include "service/inspection/inspection.h"

#include <gtest/gtest.h>

#include "report/period.h"
#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/report/catalogue.h"
#include "service/report/indicators.h"

namespace dangbo::service {
namespace {

class InspectionTest : public testing::LifecycleTest {
 protected:
  void Populate() override {
    LifecycleTest::Populate();
    kiemtra_ = ActorFor(MakeUser("kiemtra.a", a_.id, {"inspection_staff"}), "10.0.0.7");
  }

  InspectionInput OrgCase(const Org& org, const char* kind, const char* started_on) {
    InspectionInput in;
    in.kind = kind;
    in.subject = "org";
    in.subject_org_id = org.id;
    in.title = "Giám sát việc thực hiện nghị quyết";
    in.team = "Đồng chí Trưởng đoàn; hai thành viên";
    in.started_on = started_on;
    return in;
  }

  Actor kiemtra_;
};

TEST_F(InspectionTest, ProgrammeCaseConclusionAndFollowUp) {
  auto p = CreateProgramme(*env_, kiemtra_, a_.id, {2026, "Chương trình kiểm tra, giám sát 2026"});
  ASSERT_TRUE(p.ok()) << p.error().detail;
  auto twice = CreateProgramme(*env_, kiemtra_, a_.id, {2026, "Lần hai"});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, "programme_exists");

  InspectionInput in = OrgCase(a1_, "thematic_supervision", "2026-03-02");
  in.programme_id = p->id;
  auto c = CreateInspection(*env_, kiemtra_, a_.id, in);
  ASSERT_TRUE(c.ok()) << c.error().detail;
  EXPECT_EQ(c->status, "open");
  // A subject outside the committee's subtree is "not found"; a bad kind writes nothing.
  EXPECT_EQ(
      CreateInspection(*env_, kiemtra_, a_.id, OrgCase(b1_, "finance", "2026-03-02")).error().kind,
      ErrorKind::kNotFound);
  EXPECT_FALSE(CreateInspection(*env_, kiemtra_, a_.id, OrgCase(a1_, "nope", "2026-03-02")).ok());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM inspection_case"), 1);

  // Remedies need a due date; then steps, and closing on time.
  auto undated = ConcludeInspection(*env_, kiemtra_, c->id,
                                    {"2026-04-01", true, "Có khuyết điểm", "Bổ sung hồ sơ", ""});
  ASSERT_FALSE(undated.ok());
  auto concluded =
      ConcludeInspection(*env_, kiemtra_, c->id,
                         {"2026-04-01", true, "Có khuyết điểm", "Bổ sung hồ sơ", "2026-06-30"});
  ASSERT_TRUE(concluded.ok()) << concluded.error().detail;
  EXPECT_EQ(concluded->status, "concluded");
  ASSERT_TRUE(RecordFollowUp(*env_, kiemtra_, c->id, {"2026-05-10", "Đã bổ sung một phần"}).ok());
  auto closed = RecordFollowUp(*env_, kiemtra_, c->id, {"2026-06-20", "Đã khắc phục xong", true});
  ASSERT_TRUE(closed.ok());
  EXPECT_EQ(closed->status, "closed");
  EXPECT_TRUE(closed->closed_on_time);
  EXPECT_EQ(closed->steps.size(), 2u);
  EXPECT_EQ(Audits("inspection.step"), 2);

  // A clean conclusion closes at once; a late close is not on time.
  auto clean = CreateInspection(*env_, kiemtra_, a_.id, OrgCase(a2_, "finance", "2026-05-02"));
  ASSERT_TRUE(clean.ok());
  auto done =
      ConcludeInspection(*env_, kiemtra_, clean->id, {"2026-05-20", false, "Không vi phạm"});
  ASSERT_TRUE(done.ok());
  EXPECT_EQ(done->status, "closed");
  auto late =
      CreateInspection(*env_, kiemtra_, a_.id, OrgCase(a2_, "violation_signs", "2026-06-02"));
  ASSERT_TRUE(late.ok());
  ASSERT_TRUE(ConcludeInspection(*env_, kiemtra_, late->id,
                                 {"2026-06-20", true, "Vi phạm", "Sửa chữa", "2026-07-31"})
                  .ok());
  ASSERT_TRUE(RecordFollowUp(*env_, kiemtra_, late->id, {"2026-09-01", "Xong muộn", true}).ok());

  auto codes = ResolveIndicators(
      "inspection.cases,inspection.violations,inspection.closed_on_time,inspection.closed_on_time_"
      "percent,inspection.finance");
  ASSERT_TRUE(codes.ok());
  auto values = Indicators(*env_, kiemtra_,
                           {.org_id = a_.id,
                            .at = Date(2026, 11, 21),
                            .period = *report::ParsePeriod("2026"),
                            .indicators = *codes});
  ASSERT_TRUE(values.ok()) << values.error().detail;
  EXPECT_EQ(values->values[0].count, 3);
  EXPECT_EQ(values->values[1].count, 2);
  EXPECT_EQ(values->values[2].count, 2);
  ASSERT_TRUE(values->values[3].percent.has_value());
  EXPECT_NEAR(*values->values[3].percent, 200.0 / 3, 1e-9);
  EXPECT_EQ(values->values[4].count, 1);
}

// Figures as recorded before a conclusion was entered do not have it; a case entered later
// is not there either.
TEST_F(InspectionTest, FiguresAsRecordedBeforeTheConclusionDoNotHaveIt) {
  auto c = CreateInspection(*env_, kiemtra_, a_.id, OrgCase(a1_, "violation_signs", "2026-03-02"));
  ASSERT_TRUE(c.ok()) << c.error().detail;
  const std::string before = NextDay();
  NextDay();
  ASSERT_TRUE(ConcludeInspection(*env_, kiemtra_, c->id,
                                 {"2026-04-01", true, "Vi phạm", "Sửa chữa", "2026-06-30"})
                  .ok());
  ASSERT_TRUE(CreateInspection(*env_, kiemtra_, a_.id, OrgCase(a2_, "finance", "2026-02-02")).ok());
  const char* codes = "inspection.cases,inspection.violations";
  EXPECT_EQ(Figures(kiemtra_, a_, codes, Date(2026, 11, 21), "2026"), (std::vector<int64_t>{2, 1}));
  EXPECT_EQ(Figures(kiemtra_, a_, codes, Date(2026, 11, 21), "2026", before),
            (std::vector<int64_t>{1, 0}));
}

TEST_F(InspectionTest, SecretariesSeeOnlyTheCasesTheirOrganizationConducts) {
  auto by_a =
      CreateInspection(*env_, kiemtra_, a_.id, OrgCase(a1_, "regular_supervision", "2026-02-01"));
  ASSERT_TRUE(by_a.ok());
  auto by_a1 =
      CreateInspection(*env_, op_, a1_.id, OrgCase(a1_, "regular_supervision", "2026-02-01"));
  ASSERT_TRUE(by_a1.ok());
  EXPECT_EQ(GetInspection(*env_, secretary_a1_, by_a->id).error().kind, ErrorKind::kNotFound);
  EXPECT_TRUE(GetInspection(*env_, secretary_a1_, by_a1->id).ok());
  auto list = ListInspections(*env_, secretary_a1_, a1_.id, {});
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->total, 1);
  EXPECT_EQ(ListInspections(*env_, staff_a_, a_.id, {}).error().kind, ErrorKind::kForbidden);
  // A secretary may not write; the refusal is audited.
  auto write = ConcludeInspection(*env_, secretary_a1_, by_a1->id, {"2026-03-01", false, "Tốt"});
  ASSERT_FALSE(write.ok());
  EXPECT_EQ(write.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(Refusals("inspection.conclude"), 1);
}

}  // namespace
}  // namespace dangbo::service
