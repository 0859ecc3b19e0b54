// The member file's scalar fields, by name: labels for headers and forms, sensitivity,
// normalization and validation of one input.
#include <algorithm>
#include <array>

#include "rules/lifecycle.h"
#include "rules/ruleset.h"
#include "service/calendar/reference.h"
#include "service/core/validate.h"
#include "service/members/members.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

struct Field {
  FieldInfo info;
  std::string MemberInput::*ptr;
};

const std::vector<Field>& Table() {
  static const std::vector<Field> kFields = {
      {{"full_name", "Họ và tên", false}, &MemberInput::full_name},
      {{"other_name", "Tên gọi khác", false}, &MemberInput::other_name},
      {{"sex", "Giới tính", false}, &MemberInput::sex},
      {{"birth_date", "Ngày sinh", false}, &MemberInput::birth_date},
      {{"birth_place", "Nơi sinh", false}, &MemberInput::birth_place},
      {{"home_town", "Quê quán", false}, &MemberInput::home_town},
      {{"residence", "Nơi cư trú", false}, &MemberInput::residence},
      {{"ethnicity", "Dân tộc", false}, &MemberInput::ethnicity},
      {{"religion", "Tôn giáo", false}, &MemberInput::religion},
      {{"national_id", "Số CCCD", true}, &MemberInput::national_id},
      {{"occupation", "Nghề nghiệp", false}, &MemberInput::occupation},
      {{"job_title", "Chức vụ chính quyền", false}, &MemberInput::job_title},
      {{"general_education", "Giáo dục phổ thông", false}, &MemberInput::general_education},
      {{"professional_level", "Chuyên môn nghiệp vụ", false}, &MemberInput::professional_level},
      {{"theory_level", "Lý luận chính trị", false}, &MemberInput::theory_level},
      {{"state_mgmt_level", "Quản lý nhà nước", false}, &MemberInput::state_mgmt_level},
      {{"foreign_language", "Ngoại ngữ", false}, &MemberInput::foreign_language},
      {{"it_level", "Tin học", false}, &MemberInput::it_level},
      {{"admitted_on", "Ngày vào Đảng", false}, &MemberInput::admitted_on},
      {{"admitting_org", "Chi bộ kết nạp", false}, &MemberInput::admitting_org},
      {{"introducers", "Người giới thiệu", false}, &MemberInput::introducers},
      {{"official_on", "Ngày chính thức", false}, &MemberInput::official_on},
      {{"card_no", "Số thẻ đảng viên", false}, &MemberInput::card_no},
      {{"card_issued_on", "Ngày cấp thẻ", false}, &MemberInput::card_issued_on},
      {{"record_no", "Số lý lịch", false}, &MemberInput::record_no},
      {{"party_position", "Chức vụ Đảng", false}, &MemberInput::party_position},
      {{"income_note", "Thu nhập", true}, &MemberInput::income_note},
  };
  return kFields;
}

// "nguyễn   văn  an" -> "Nguyễn Văn An"? No: names are kept as typed, spaces collapsed.
std::string CollapseSpaces(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

void CheckRecords(Validator& v, const std::vector<SubRecord>& records, const char* kind,
                  const Date& today) {
  for (size_t i = 0; i < records.size(); ++i) {
    const std::string f = std::string(kind) + "[" + std::to_string(i) + "]";
    const SubRecord& r = records[i];
    if (text::Trim(r.title).empty()) v.Fail(f + ".title", "Nội dung không được để trống.");
    CheckPastDate(v, r.from_date, f + ".from_date", "Từ ngày", today, false);
    CheckPastDate(v, r.to_date, f + ".to_date", "Đến ngày", today, false);
    if (!r.from_date.empty() && !r.to_date.empty() && r.to_date < r.from_date) {
      v.Fail(f + ".to_date", "“Đến ngày” phải sau “Từ ngày”.");
    }
  }
}

}  // namespace

const std::vector<FieldInfo>& MemberFields() {
  static const std::vector<FieldInfo> kInfos = [] {
    std::vector<FieldInfo> out;
    for (const auto& f : Table()) out.push_back(f.info);
    return out;
  }();
  return kInfos;
}

bool SetMemberField(MemberInput& in, std::string_view name, std::string value) {
  for (const auto& f : Table()) {
    if (name == f.info.name) {
      in.*f.ptr = std::move(value);
      return true;
    }
  }
  return false;
}

std::string GetMemberField(const MemberInput& in, std::string_view name) {
  for (const auto& f : Table()) {
    if (name == f.info.name) return in.*f.ptr;
  }
  return "";
}

MemberInput NormalizeMember(MemberInput in) {
  for (const auto& f : Table()) in.*f.ptr = text::Trim(in.*f.ptr);
  in.full_name = CollapseSpaces(in.full_name);
  in.other_name = CollapseSpaces(in.other_name);
  const std::string sex = text::Fold(in.sex);
  if (sex == "nam" || sex == "male") in.sex = "male";
  if (sex == "nu" || sex == "female") in.sex = "female";
  // Theory level may arrive as its Vietnamese label (imports).
  for (const auto& t : TheoryLevels()) {
    if (text::Fold(in.theory_level) == text::Fold(t.label)) in.theory_level = t.code;
  }
  if (in.religion.empty()) in.religion = "Không";
  if (in.ethnicity.empty()) in.ethnicity = "Kinh";
  return in;
}

void ValidateMember(const MemberInput& in, const Date& today, Validator& v) {
  for (const auto& f : Table()) {
    if (!text::IsValidUtf8(in.*f.ptr))
      v.Fail(f.info.name, std::string(f.info.label) + ": không phải văn bản UTF-8 hợp lệ.");
    if ((in.*f.ptr).size() > 500)
      v.Fail(f.info.name, std::string(f.info.label) + ": dài quá 500 ký tự.");
  }
  if (in.full_name.empty()) {
    v.Fail("full_name", "Họ và tên không được để trống.");
  } else if (text::FoldedWords(in.full_name).size() < 2) {
    v.Fail("full_name", "Họ và tên phải có ít nhất họ và tên (hai từ).");
  }
  if (in.org_id <= 0) v.Fail("org_id", "Hãy chọn chi bộ sinh hoạt.");
  if (in.sex != "male" && in.sex != "female") v.Fail("sex", "Giới tính phải là Nam hoặc Nữ.");
  CheckPastDate(v, in.birth_date, "birth_date", "Ngày sinh", today, true);
  CheckPastDate(v, in.admitted_on, "admitted_on", "Ngày vào Đảng", today, true);
  CheckPastDate(v, in.official_on, "official_on", "Ngày chính thức", today, false);
  CheckPastDate(v, in.card_issued_on, "card_issued_on", "Ngày cấp thẻ", today, false);
  const auto born = Date::Parse(in.birth_date);
  const auto admitted = Date::Parse(in.admitted_on);
  const auto official = Date::Parse(in.official_on);
  if (born && admitted && !(*born < *admitted)) {
    v.Fail("admitted_on", "Ngày vào Đảng phải sau ngày sinh.");
  } else if (born && admitted) {
    // The minimum age of the rule set in force on the admission date, as the admission steps
    // apply it at the vote: one rule for the form, the import and the steps.
    const rules::RuleSet& rs = rules::RuleBook::Shipped().At(*admitted);
    if (FullMonthsBetween(*born, *admitted) < rs.min_admission_age_months) {
      v.Fail("admitted_on", "Người vào Đảng phải đủ " +
                                std::to_string(rs.min_admission_age_months / 12) +
                                " tuổi: sinh ngày " + born->Vietnamese() + " thì từ ngày " +
                                rules::AdmissionAgeWindow(rs, *born).first.Vietnamese() +
                                " mới đủ tuổi vào Đảng.");
    }
  }
  if (admitted && official && *official < *admitted) {
    v.Fail("official_on", "Ngày chính thức không được trước ngày vào Đảng.");
  }
  if (!in.national_id.empty() &&
      (in.national_id.size() != 12 ||
       in.national_id.find_first_not_of("0123456789") != std::string::npos)) {
    v.Fail("national_id", "Số CCCD phải gồm đúng 12 chữ số.");
  }
  if (!IsEthnicity(in.ethnicity)) {
    v.Fail("ethnicity", "Dân tộc “" + in.ethnicity + "” không có trong danh mục 54 dân tộc.");
  }
  if (!IsReligion(in.religion)) {
    v.Fail("religion", "Tôn giáo “" + in.religion + "” không có trong danh mục.");
  }
  if (!in.theory_level.empty() && !HasCode(TheoryLevels(), in.theory_level)) {
    v.Fail("theory_level",
           "Trình độ lý luận chính trị phải là Sơ cấp, Trung cấp, Cao cấp hoặc Cử nhân.");
  }
  if (!in.general_education.empty()) {
    // "<grade>/<system>": grade 1-2 digits, system 10 or 12; parsed by hand.
    const std::string& e = in.general_education;
    const size_t slash = e.find('/');
    const std::string grade_s = slash == std::string::npos ? "" : e.substr(0, slash);
    const std::string system = slash == std::string::npos ? "" : e.substr(slash + 1);
    const bool shaped = !grade_s.empty() && grade_s.size() <= 2 &&
                        grade_s.find_first_not_of("0123456789") == std::string::npos &&
                        (system == "10" || system == "12");
    const int grade = shaped ? std::stoi(grade_s) : 0;
    if (!shaped || grade > std::stoi(system)) {
      v.Fail("general_education", "Giáo dục phổ thông ghi dạng “12/12” hoặc “9/10”.");
    } else if (grade < (system == "12" ? 9 : 7)) {
      v.Fail("general_education", "Trình độ học vấn phải từ trung học cơ sở trở lên.");
    }
  }
  if (!in.card_no.empty() && in.official_on.empty()) {
    v.Fail("card_no", "Chỉ đảng viên chính thức mới được cấp thẻ: hãy nhập ngày chính thức.");
  }
  if (!in.card_no.empty() &&
      (in.card_no.size() > 20 ||
       in.card_no.find_first_not_of("0123456789.-/ ") != std::string::npos)) {
    v.Fail("card_no", "Số thẻ đảng viên chỉ gồm chữ số (tối đa 20 ký tự).");
  }
  if (in.card_no.empty() && !in.card_issued_on.empty()) {
    v.Fail("card_issued_on", "Có ngày cấp thẻ thì phải có số thẻ.");
  }
  if (official && !in.card_issued_on.empty()) {
    if (const auto issued = Date::Parse(in.card_issued_on); issued && *issued < *official) {
      v.Fail("card_issued_on", "Ngày cấp thẻ không được trước ngày chính thức.");
    }
  }
  CheckRecords(v, in.work, "work", today);
  CheckRecords(v, in.training, "training", today);
  CheckRecords(v, in.rewards, "rewards", today);
  CheckRecords(v, in.family, "family", today);
}

}  // namespace dangbo::service
