// Higher-level documents on both engines: bad input refused with nothing written, a document of
// the committee seen from a grassroots organization below it (and not from elsewhere), each
// grassroots organization's steps with the coverage counted, and the indicators.
#include "service/documents/documents.h"

#include <gtest/gtest.h>

#include "report/period.h"
#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/report/catalogue.h"
#include "service/report/indicators.h"

namespace dangbo::service {
namespace {

class DocumentsTest : public testing::LifecycleTest {
 protected:
  DocumentInput Doc() {
    return {"resolution", "22-NQ/TW", "Bộ Chính trị", "2025-03-22", "Về hội nhập quốc tế", ""};
  }
  int64_t Rows() { return Count("SELECT COUNT(*) FROM higher_document"); }
};

TEST_F(DocumentsTest, BadInputIsRefusedAndNothingIsWritten) {
  auto in = Doc();
  in.kind = "cong_van";
  auto bad = CreateDocument(*env_, op_, root_.id, in);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().detail.find("Loại văn bản"), std::string::npos);
  in = Doc();
  in.number = "22";
  EXPECT_FALSE(CreateDocument(*env_, op_, root_.id, in).ok());
  in = Doc();
  in.issued_on = "2099-01-01";
  EXPECT_FALSE(CreateDocument(*env_, op_, root_.id, in).ok());
  EXPECT_EQ(CreateDocument(*env_, staff_b_, a_.id, Doc()).error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(Rows(), 0);
}

TEST_F(DocumentsTest, StepsOfEachGrassrootsOrganizationAreCounted) {
  auto d = CreateDocument(*env_, op_, root_.id, Doc());
  ASSERT_TRUE(d.ok()) << d.error().detail;
  // Staff of A see the committee's document from A, record A's steps, not B's.
  auto seen = GetDocument(*env_, staff_a_, a_.id, d->id);
  ASSERT_TRUE(seen.ok()) << seen.error().detail;
  EXPECT_EQ(seen->units, 1);
  auto early = RecordImplementation(*env_, staff_a_, a_.id, d->id, {.studied_on = "2025-03-01"});
  ASSERT_FALSE(early.ok());
  EXPECT_NE(early.error().detail.find("trước ngày ban hành"), std::string::npos);
  EXPECT_FALSE(RecordImplementation(*env_, staff_a_, a1_.id, d->id, {.studied_on = "2025-04-01"})
                   .ok());  // a branch is not a TCCSĐ
  EXPECT_EQ(RecordImplementation(*env_, staff_a_, b_.id, d->id, {.studied_on = "2025-04-01"})
                .error()
                .kind,
            ErrorKind::kNotFound);
  ASSERT_TRUE(RecordImplementation(*env_, staff_a_, a_.id, d->id,
                                   {.studied_on = "2025-04-01",
                                    .plan_on = "2025-04-20",
                                    .plan_no = "12-CTr/ĐU",
                                    .resolution_on = "2025-05-10",
                                    .resolution_no = "05-NQ/ĐU"})
                  .ok());
  ASSERT_TRUE(RecordImplementation(*env_, op_, b_.id, d->id,
                                   {.studied_on = "2025-04-02", .plan_on = "2025-05-02"})
                  .ok());
  auto all = ListDocuments(*env_, op_, root_.id, 2025);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ((*all)[0].units, 2);
  EXPECT_EQ((*all)[0].studied, 2);
  EXPECT_EQ((*all)[0].planned, 2);
  EXPECT_EQ((*all)[0].resolved, 1);
  EXPECT_EQ(Audits("document.implementation"), 2);
  auto codes = ResolveIndicators("documents.resolution,documents.studied,documents.resolved");
  ASSERT_TRUE(codes.ok());
  auto values = Indicators(*env_, op_,
                           {.org_id = root_.id,
                            .at = Date(2025, 12, 31),
                            .period = *report::ParsePeriod("2025"),
                            .indicators = *codes});
  ASSERT_TRUE(values.ok()) << values.error().detail;
  EXPECT_EQ(values->values[0].count, 1);
  EXPECT_EQ(values->values[1].count, 2);
  EXPECT_EQ(values->values[2].count, 1);
  // B's staff do not see A's steps: the document from B counts B alone.
  EXPECT_EQ(GetDocument(*env_, staff_b_, b_.id, d->id)->resolved, 0);
  EXPECT_EQ(GetDocument(*env_, staff_b_, a_.id, d->id).error().kind, ErrorKind::kNotFound);
}

// A TCCSĐ's implementation is rewritten whole: as recorded before the resolution was added,
// the document was studied only.
TEST_F(DocumentsTest, FiguresAsRecordedBeforeAStepWasAdded) {
  auto d = CreateDocument(*env_, op_, root_.id, Doc());
  ASSERT_TRUE(d.ok()) << d.error().detail;
  ASSERT_TRUE(
      RecordImplementation(*env_, staff_a_, a_.id, d->id, {.studied_on = "2025-04-01"}).ok());
  const std::string studied = NextDay();
  NextDay();
  ASSERT_TRUE(
      RecordImplementation(
          *env_, staff_a_, a_.id, d->id,
          {.studied_on = "2025-04-01", .resolution_on = "2025-05-10", .resolution_no = "05-NQ/ĐU"})
          .ok());
  const char* codes = "documents.studied,documents.resolved";
  EXPECT_EQ(Figures(op_, root_, codes, Date(2025, 12, 31), "2025"), (std::vector<int64_t>{1, 1}));
  EXPECT_EQ(Figures(op_, root_, codes, Date(2025, 12, 31), "2025", studied),
            (std::vector<int64_t>{1, 0}));
}

// A document is only ever added and voided: as recorded between the two it counts.
TEST_F(DocumentsTest, FiguresAsRecordedBeforeADocumentWasVoided) {
  auto d = CreateDocument(*env_, op_, root_.id, Doc());
  ASSERT_TRUE(d.ok()) << d.error().detail;
  const std::string written = NextDay();
  NextDay();
  ASSERT_TRUE(VoidDocument(*env_, op_, d->id, "Nhập trùng").ok());
  EXPECT_EQ(Figures(op_, root_, "documents.total,documents.resolution", Date(2025, 12, 31), "2025"),
            (std::vector<int64_t>{0, 0}));
  EXPECT_EQ(Figures(op_, root_, "documents.total,documents.resolution", Date(2025, 12, 31), "2025",
                    written),
            (std::vector<int64_t>{1, 1}));
}

}  // namespace
}  // namespace dangbo::service
