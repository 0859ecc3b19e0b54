// The member's sheet (phiếu đảng viên, mẫu 2-HSĐV) and the decision recognising a member as
// official, drafted from the member file.
#include <algorithm>

#include "base/vocab.h"
#include "rules/ruleset.h"
#include "service/admission/recognition.h"
#include "service/calendar/reference.h"
#include "service/core/kinds.h"
#include "service/members/members.h"
#include "service/printing/printing.h"
#include "service/printing/printing_internal.h"
#include "service/report/narrative.h"

namespace dangbo::service {

namespace {

using printing::DateOrDots;
using printing::OrDots;

std::string TheoryLabel(const std::string& code) {
  for (const CodeLabel& c : TheoryLevels()) {
    if (c.code == code) return c.label;
  }
  return code;
}

// "- 09/2008 – 12/2015: Chuyên viên, Sở Y tế": a sub-record as one line of the sheet.
std::string RecordLine(const SubRecord& r) {
  std::string when;
  if (!r.from_date.empty() || !r.to_date.empty()) {
    when = (r.from_date.empty() ? "…" : text::FormatDate(r.from_date)) + " – " +
           (r.to_date.empty() ? "nay" : text::FormatDate(r.to_date)) + ": ";
  }
  return "- " + when + r.title + (r.detail.empty() ? "" : ", " + r.detail) + ".";
}

void AddSection(std::vector<std::string>& out, const char* heading,
                const std::vector<SubRecord>& records) {
  out.push_back(std::string("^") + heading);
  if (records.empty()) out.push_back("(Không có.)");
  for (const SubRecord& r : records) out.push_back(RecordLine(r));
}

std::vector<std::string> SheetParagraphs(const Member& m) {
  const MemberInput& d = m.data;
  const std::string national_id =
      m.masked ? "(không hiển thị với người xem)" : OrDots(d.national_id);
  std::vector<std::string> p = {
      "1. Họ và tên đang dùng: " + d.full_name +
          ". Giới tính: " + OrDots(printing::SexWord(d.sex)) + ".",
      "2. Họ và tên khai sinh, tên gọi khác: " + OrDots(d.other_name) + ".",
      "3. Sinh ngày: " + DateOrDots(d.birth_date) + ". Nơi sinh: " + OrDots(d.birth_place) + ".",
      "4. Quê quán: " + OrDots(d.home_town) + ".",
      "5. Nơi thường trú: " + OrDots(d.residence) + ".",
      "6. Dân tộc: " + OrDots(d.ethnicity) + ". Tôn giáo: " + OrDots(d.religion) + ".",
      "7. Số căn cước công dân: " + national_id + ".",
      "8. Nghề nghiệp: " + OrDots(d.occupation) + ". Chức vụ: " + OrDots(d.job_title) + ".",
      "9. Giáo dục phổ thông: " + OrDots(d.general_education) +
          ". Chuyên môn, nghiệp vụ: " + OrDots(d.professional_level) +
          ". Lý luận chính trị: " + OrDots(TheoryLabel(d.theory_level)) +
          ". Quản lý nhà nước: " + OrDots(d.state_mgmt_level) + ".",
      "10. Ngoại ngữ: " + OrDots(d.foreign_language) + ". Tin học: " + OrDots(d.it_level) + ".",
      "11. Ngày vào Đảng: " + DateOrDots(d.admitted_on) + ", tại " + OrDots(d.admitting_org) +
          ". Người giới thiệu: " + OrDots(d.introducers) + ".",
      "12. Ngày chính thức: " + DateOrDots(d.official_on) + ".",
      "13. Số thẻ đảng viên: " + OrDots(d.card_no) + ", cấp ngày " + DateOrDots(d.card_issued_on) +
          ". Số lý lịch: " + OrDots(d.record_no) + ".",
      "14. Chức vụ đảng: " + OrDots(d.party_position) + ".",
      "15. Đang sinh hoạt tại: " + m.org_name + " (" +
          std::string(vocab::LabelOf<MemberStatus>(m.status)) + ").",
  };
  AddSection(p, "QUÁ TRÌNH CÔNG TÁC", d.work);
  AddSection(p, "ĐÀO TẠO, BỒI DƯỠNG", d.training);
  AddSection(p, "KHEN THƯỞNG", d.rewards);
  AddSection(p, "QUAN HỆ GIA ĐÌNH", d.family);
  return p;
}

}  // namespace

Result<std::string> MemberSheetDocx(const Env& env, const Actor& actor, int64_t member_id) {
  auto m = GetMember(env, actor, member_id);
  if (!m.ok()) return m.error();
  const Date today = Today(env);
  store::Transaction tx = env.db.BeginRead();
  const Org unit = printing::OrgOn(tx, m->data.org_id, today);
  tx.Commit();
  OfficialDocument d;
  d.symbol = "PĐV";
  d.number = m->data.record_no;
  d.title = "PHIẾU ĐẢNG VIÊN";
  d.subtitle = "(Mẫu 2-HSĐV)";
  d.paragraphs = SheetParagraphs(*m);
  d.recipients = {"- Lưu hồ sơ đảng viên."};
  return OfficialDocx(env, unit, today, std::move(d));
}

Result<std::string> RecognitionDecisionDocx(const Env& env, const Actor& actor, int64_t member_id) {
  auto m = GetMember(env, actor, member_id);
  if (!m.ok()) return m.error();
  auto events = MemberTimeline(env, actor, member_id);
  if (!events.ok()) return events.error();
  const auto recognized = std::find_if(events->rbegin(), events->rend(), [](const auto& e) {
    return e.kind == "recognized" && e.voided_at.empty();
  });
  const bool drafted = m->status == "probationary";
  if (!drafted && recognized == events->rend()) {
    return Error::Rule("not_probationary",
                       "Chỉ lập quyết định công nhận đảng viên chính thức cho đảng viên dự bị, "
                       "hoặc đảng viên đã được công nhận chính thức trong hồ sơ.");
  }
  const Date today = Today(env);
  const auto admitted = Date::Parse(m->data.admitted_on);
  store::Transaction tx = env.db.BeginRead();
  const Org issuer = printing::DecidingCommittee(tx, m->data.org_id, today);
  std::string official_on = m->data.official_on;
  if (drafted && admitted) {
    const Date start = ProbationStart(tx, member_id, *admitted);
    official_on = start.AddMonths(rules::RuleBook::Shipped().At(start).probation_months).Iso();
  }
  tx.Commit();
  OfficialDocument d;
  d.symbol = "QĐ";
  d.number = drafted ? "" : recognized->decision_no;
  d.title = "QUYẾT ĐỊNH";
  d.subtitle = "Về việc công nhận đảng viên chính thức";
  d.paragraphs = printing::DecisionText(
      issuer, "- Xét nghị quyết của " + m->org_name + " đề nghị công nhận đảng viên chính thức,",
      {
          "Điều 1. Công nhận đồng chí " + m->data.full_name + ", sinh ngày " +
              DateOrDots(m->data.birth_date) + ", quê quán " + OrDots(m->data.home_town) +
              ", vào Đảng ngày " + DateOrDots(m->data.admitted_on) +
              ", là đảng viên chính thức kể từ ngày " + DateOrDots(official_on) + ".",
          "Điều 2. " + m->org_name + " và đồng chí " + m->data.full_name +
              " thi hành Quyết định này.",
      });
  d.recipients = {"- Như Điều 2,", "- Lưu hồ sơ đảng viên."};
  return OfficialDocx(env, issuer, drafted ? today : *Date::Parse(recognized->occurred_on),
                      std::move(d));
}

}  // namespace dangbo::service
