// Member import on a real database: headers as offices write them, dates as people type
// them, every row's errors in the preview, and all-or-nothing commits.
#include "service/members/member_import.h"

#include <gtest/gtest.h>

#include "service/lifecycle/lifecycle_test_fixture.h"

namespace dangbo::service::testing {
namespace {

class MemberImportTest : public LifecycleTest {
 protected:
  std::string Csv(const std::vector<std::string>& rows) {
    std::string out = "Họ tên;Giới tính;Ngày sinh;Ngày kết nạp;Ngày chính thức;Dân tộc\n";
    for (const auto& r : rows) out += r + "\n";
    return out;
  }
  int64_t Members() { return Count("SELECT COUNT(*) FROM member"); }
};

TEST_F(MemberImportTest, PreviewMapsOfficeHeadersAndTypedDates) {
  auto p = PreviewImport(*env_, staff_a_,
                         Csv({"Nguyễn Văn An;Nam;1/6/1990;19.05.2015;19/05/2016;Kinh",
                              "Trần Thị Bình;Nữ;1990-02-30;2015-05-19;;Kinh"}),
                         a1_.id);
  ASSERT_TRUE(p.ok()) << p.error().detail;
  ASSERT_GE(p->columns.size(), 6u);
  EXPECT_EQ(p->columns[0].field, "full_name");
  EXPECT_EQ(p->columns[3].field, "admitted_on");
  ASSERT_EQ(p->rows.size(), 2u);
  EXPECT_EQ(p->valid, 1);
  EXPECT_EQ(p->invalid, 1);
  EXPECT_TRUE(p->rows[0].errors.empty());
  EXPECT_EQ(p->rows[0].input.birth_date, "1990-06-01");
  EXPECT_EQ(p->rows[0].input.admitted_on, "2015-05-19");
  ASSERT_FALSE(p->rows[1].errors.empty());
  EXPECT_EQ(p->rows[1].errors[0].field, "birth_date");
  EXPECT_EQ(p->rows[1].row, 3);  // the line in the file, header = line 1
}

TEST_F(MemberImportTest, ABadRowBlocksTheWholeImportUnlessExcluded) {
  const std::string bytes = Csv({"Nguyễn Văn An;Nam;01/06/1990;19/05/2015;19/05/2016;Kinh",
                                 "Trần Thị Bình;Nữ;31/02/1990;19/05/2015;;Kinh"});
  const int64_t before = Members();
  auto refused = CommitImport(*env_, staff_a_, bytes, a1_.id, {}, "ds.csv");
  ASSERT_FALSE(refused.ok());
  ASSERT_FALSE(refused.error().fields.empty());
  EXPECT_EQ(refused.error().fields[0].field.rfind("rows[3].", 0), 0u)
      << refused.error().fields[0].field;
  EXPECT_EQ(Members(), before);
  auto done = CommitImport(*env_, staff_a_, bytes, a1_.id, {3}, "ds.csv");
  ASSERT_TRUE(done.ok()) << done.error().detail;
  EXPECT_EQ(done->imported, 1);
  EXPECT_EQ(Members(), before + 1);
  EXPECT_EQ(Text("SELECT status FROM member WHERE id = ?", {done->ids.at(0)}), "official");
}

TEST_F(MemberImportTest, AFileWithoutANameColumnIsRefused) {
  auto p = PreviewImport(*env_, staff_a_, "Giới tính;Ngày sinh\nNam;01/01/1990\n", a1_.id);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().kind, ErrorKind::kInvalid);
}

TEST_F(MemberImportTest, AUnitOutsideTheScopeAnswersAsAMissingOne) {
  const int64_t before = Members();
  const std::string bytes = Csv({"Nguyễn Văn An;Nam;01/06/1990;19/05/2015;;Kinh"});
  auto outside = CommitImport(*env_, staff_b_, bytes, a1_.id, {}, "ds.csv");
  auto missing = CommitImport(*env_, staff_b_, bytes, 999999, {}, "ds.csv");
  ASSERT_FALSE(outside.ok());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(outside.error().kind, missing.error().kind);
  EXPECT_EQ(outside.error().fields.size(), missing.error().fields.size());
  for (const FieldError& f : outside.error().fields) {
    EXPECT_EQ(f.message.find("A1"), std::string::npos) << f.message;
  }
  EXPECT_EQ(outside.error().detail.find("A1"), std::string::npos);
  EXPECT_EQ(Members(), before);
}

}  // namespace
}  // namespace dangbo::service::testing
