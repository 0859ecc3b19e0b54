// Tests of member-file validation and normalization (no database).
#include <gtest/gtest.h>

#include <algorithm>

#include "service/members/members.h"

namespace dangbo::service {
namespace {

const Date kToday(2026, 11, 21);

MemberInput Valid() {
  MemberInput in;
  in.org_id = 7;
  in.full_name = "Nguyễn Văn An";
  in.sex = "male";
  in.birth_date = "1980-05-02";
  in.admitted_on = "2010-05-19";
  in.official_on = "2011-05-19";
  in.ethnicity = "Kinh";
  in.religion = "Không";
  return in;
}

std::vector<std::string> Fields(const MemberInput& in) {
  Validator v;
  ValidateMember(in, kToday, v);
  std::vector<std::string> out;
  if (Status s = v.ToStatus(); !s) {
    for (const auto& f : s.error().fields) out.push_back(f.field);
  }
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& f) {
  return std::find(v.begin(), v.end(), f) != v.end();
}

// For each (value, refused): `value` in `member` of a valid file, and whether validation
// names `field`.
void ExpectChecked(std::string MemberInput::*member, const std::string& field,
                   std::initializer_list<std::pair<const char*, bool>> cases) {
  for (const auto& [value, refused] : cases) {
    MemberInput in = Valid();
    in.*member = value;
    EXPECT_EQ(Has(Fields(in), field), refused) << field << " = " << value;
  }
}

TEST(MemberValidationTest, AValidFilePasses) { EXPECT_TRUE(Fields(Valid()).empty()); }

TEST(MemberValidationTest, DatesMustBeRealAndInOrder) {
  MemberInput in = Valid();
  in.birth_date = "1980-02-30";
  EXPECT_TRUE(Has(Fields(in), "birth_date"));
  in = Valid();
  in.admitted_on = "1980-05-02";  // the birth date itself
  EXPECT_TRUE(Has(Fields(in), "admitted_on"));
  in = Valid();
  in.official_on = "2010-05-18";  // before admission
  EXPECT_TRUE(Has(Fields(in), "official_on"));
  in = Valid();
  in.official_on =
      in.admitted_on;  // same day is allowed by the registry (born < admitted <= official)
  EXPECT_FALSE(Has(Fields(in), "official_on"));
  in = Valid();
  in.admitted_on = "2026-11-22";  // tomorrow
  EXPECT_TRUE(Has(Fields(in), "admitted_on"));
  in = Valid();
  in.admitted_on = "1996-05-01";  // 15 years old
  EXPECT_TRUE(Has(Fields(in), "admitted_on"));
}

// The age the admission steps require at the vote holds for files typed or imported too: the
// rule set in force on the admission date decides (18 full years).
TEST(MemberValidationTest, AdmittedUnderTheRuleSetsMinimumAgeIsRefused) {
  MemberInput in = Valid();
  in.birth_date = "2009-01-10";
  in.admitted_on = "2026-06-01";  // 17 years and 4 months
  in.official_on.clear();
  Validator v;
  ValidateMember(in, kToday, v);
  const Status s = v.ToStatus();
  ASSERT_FALSE(s);
  ASSERT_EQ(s.error().fields.size(), 1u);
  EXPECT_EQ(s.error().fields[0].field, "admitted_on");
  EXPECT_EQ(s.error().fields[0].message,
            "Người vào Đảng phải đủ 18 tuổi: sinh ngày 10/01/2009 thì từ ngày 10/01/2027 mới đủ "
            "tuổi vào Đảng.");
  in.birth_date = "1990-01-10";
  in.admitted_on = "2008-01-09";  // a day short of 18
  EXPECT_TRUE(Has(Fields(in), "admitted_on"));
  in.admitted_on = "2008-01-10";  // the 18th birthday
  EXPECT_FALSE(Has(Fields(in), "admitted_on"));
}

TEST(MemberValidationTest, NationalIdIsTwelveDigits) {
  ExpectChecked(&MemberInput::national_id, "national_id",
                {{"00108001234", true}, {"00108001234a", true}, {"001080012345", false}});
}

TEST(MemberValidationTest, CardsOnlyForOfficialMembers) {
  MemberInput in = Valid();
  in.official_on = "";
  in.card_no = "12345678";
  EXPECT_TRUE(Has(Fields(in), "card_no"));
  in = Valid();
  in.card_issued_on = "2011-01-01";  // no card number
  EXPECT_TRUE(Has(Fields(in), "card_issued_on"));
  in.card_no = "12345678";
  EXPECT_TRUE(Has(Fields(in), "card_issued_on"));  // before the official date
}

TEST(MemberValidationTest, ReferenceListsAndEducation) {
  MemberInput in = Valid();
  in.ethnicity = "Kinh ";
  EXPECT_TRUE(Has(Fields(in), "ethnicity"));
  EXPECT_TRUE(Fields(NormalizeMember(in)).empty());  // trimmed
  ExpectChecked(&MemberInput::general_education, "general_education",
                {{"8/12", true}, {"9/12", false}, {"7/10", false}, {"13/12", true}});
}

TEST(MemberValidationTest, NormalizationAcceptsVietnameseWords) {
  MemberInput in = Valid();
  in.sex = "Nữ";
  in.theory_level = "Trung cấp";
  in.full_name = "  Nguyễn   Thị  Hoa ";
  in.religion = "";
  in = NormalizeMember(in);
  EXPECT_EQ(in.sex, "female");
  EXPECT_EQ(in.theory_level, "trung_cap");
  EXPECT_EQ(in.full_name, "Nguyễn Thị Hoa");
  EXPECT_EQ(in.religion, "Không");
  EXPECT_TRUE(Fields(in).empty());
}

TEST(MemberValidationTest, RequiredFieldsAndSubRecords) {
  MemberInput in;
  const auto f = Fields(in);
  for (const char* name : {"full_name", "org_id", "sex", "birth_date", "admitted_on"}) {
    EXPECT_TRUE(Has(f, name)) << name;
  }
  in = Valid();
  in.work.push_back({"2015-01-01", "2014-01-01", "", ""});
  const auto w = Fields(in);
  EXPECT_TRUE(Has(w, "work[0].title"));
  EXPECT_TRUE(Has(w, "work[0].to_date"));
}

TEST(MemberFieldsTest, AccessByName) {
  MemberInput in;
  EXPECT_TRUE(SetMemberField(in, "home_town", "Nghệ An"));
  EXPECT_EQ(in.home_town, "Nghệ An");
  EXPECT_EQ(GetMemberField(in, "home_town"), "Nghệ An");
  EXPECT_FALSE(SetMemberField(in, "khong_co", "x"));
  const auto& fields = MemberFields();
  EXPECT_TRUE(std::any_of(fields.begin(), fields.end(), [](const FieldInfo& f) {
    return std::string(f.name) == "national_id" && f.sensitive;
  }));
}

}  // namespace
}  // namespace dangbo::service
