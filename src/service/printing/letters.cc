// The letter of introduction of a transfer (giấy giới thiệu sinh hoạt đảng) and the draft
// decision admitting a candidate (quyết định kết nạp đảng viên).
#include "rules/calendar.h"
#include "rules/ruleset.h"
#include "service/admission/admission.h"
#include "service/calendar/holidays.h"
#include "service/lifecycle/transfers.h"
#include "service/members/members.h"
#include "service/printing/printing.h"
#include "service/printing/printing_internal.h"
#include "service/report/narrative.h"

namespace dangbo::service {

namespace {

using printing::DateOrDots;
using printing::OrDots;

// Where the member goes, as the letter addresses it.
std::string Destination(const Transfer& t) {
  if (!t.to_org_name.empty()) return CommitteeName(t.to_org_name);
  return OrDots(t.external_unit);
}

std::string MembershipWord(const std::string& status) {
  return status == "probationary" ? "dự bị" : "chính thức";
}

}  // namespace

Result<std::string> TransferLetterDocx(const Env& env, const Actor& actor, int64_t transfer_id) {
  auto t = GetTransfer(env, actor, transfer_id);
  if (!t.ok()) return t.error();
  if (t->kind == "in" || !t->from_org_id) {
    return Error::Rule("letter_from_outside",
                       "Việc chuyển đến từ ngoài Đảng bộ dùng giấy giới thiệu của nơi chuyển đi; "
                       "không lập giấy giới thiệu ở đây.");
  }
  if (t->state == "cancelled" || t->state == "voided") {
    return Error::Rule("transfer_cancelled",
                       "Việc chuyển sinh hoạt này đã bị hủy: không lập giấy giới thiệu.");
  }
  auto m = GetMember(env, actor, t->member_id);
  if (!m.ok()) return m.error();
  const auto effective = *Date::Parse(t->effective_on);
  const Date issued = t->letter_date.empty() ? effective : *Date::Parse(t->letter_date);
  store::Transaction tx = env.db.BeginRead();
  const Org issuer = printing::DecidingCommittee(tx, *t->from_org_id, issued);
  const rules::WorkingCalendar cal = LoadCalendar(tx);
  tx.Commit();
  const bool temporary = t->kind == "temporary";
  const MemberInput& d = m->data;
  OfficialDocument doc;
  doc.symbol = "GGT";
  doc.number = t->letter_no;
  doc.title =
      temporary ? "GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG TẠM THỜI" : "GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG";
  doc.paragraphs = {
      "^Kính gửi: " + Destination(*t),
      CommitteeName(issuer.name) + " giới thiệu đồng chí " + d.full_name + ", sinh ngày " +
          DateOrDots(d.birth_date) + ", quê quán " + OrDots(d.home_town) + ", là đảng viên " +
          MembershipWord(m->status) + ", vào Đảng ngày " + DateOrDots(d.admitted_on) +
          (d.official_on.empty() ? "" : ", chính thức ngày " + DateOrDots(d.official_on)) +
          ", số thẻ đảng viên " + OrDots(d.card_no) + ", đang sinh hoạt tại " +
          OrDots(t->from_org_name) + ".",
      (temporary ? "Được chuyển sinh hoạt đảng tạm thời đến " : "Được chuyển sinh hoạt đảng đến ") +
          Destination(*t) + " kể từ ngày " + effective.Vietnamese() +
          (temporary && !t->until_on.empty() ? " đến ngày " + DateOrDots(t->until_on) : "") + ".",
      "Đề nghị " + Destination(*t) +
          " tiếp nhận và tổ chức cho đồng chí sinh hoạt đảng theo quy định.",
  };
  if (!temporary) {
    const int days = rules::RuleBook::Shipped().At(issued).transfer_present_working_days;
    doc.paragraphs.push_back(
        "Đảng viên phải xuất trình giấy giới thiệu này với tổ chức đảng nơi đến "
        "trong " +
        std::to_string(days) + " ngày làm việc, chậm nhất ngày " +
        cal.AddWorkingDays(issued, days).Vietnamese() + ".");
  }
  doc.recipients = {"- Như trên,", "- Đồng chí " + d.full_name + ",", "- Lưu hồ sơ đảng viên."};
  return OfficialDocx(env, issuer, issued, std::move(doc));
}

Result<std::string> AdmissionDecisionDocx(const Env& env, const Actor& actor,
                                          int64_t candidate_id) {
  auto c = GetCandidate(env, actor, candidate_id);
  if (!c.ok()) return c.error();
  if (c->branch_vote_on.empty() || c->status == "refused" || c->status == "withdrawn") {
    return Error::Rule("not_voted",
                       "Chỉ lập dự thảo quyết định kết nạp sau khi chi bộ đã biểu quyết đề nghị "
                       "kết nạp (và hồ sơ chưa bị rút hoặc không kết nạp).");
  }
  const Date today = Today(env);
  const Date on = c->decision_on.empty() ? today : *Date::Parse(c->decision_on);
  store::Transaction tx = env.db.BeginRead();
  const Org issuer = printing::DecidingCommittee(tx, c->data.org_id, on);
  tx.Commit();
  const CandidateInput& d = c->data;
  OfficialDocument doc;
  doc.symbol = "QĐ";
  doc.number = c->decision_no;
  doc.title = "QUYẾT ĐỊNH";
  doc.subtitle = "Về việc kết nạp đảng viên";
  doc.paragraphs = printing::DecisionText(
      issuer,
      "- Xét nghị quyết của " + c->org_name + " ngày " + DateOrDots(c->branch_vote_on) + " (" +
          std::to_string(c->votes_for) + "/" + std::to_string(c->votes_total) +
          " đảng viên chính thức tán thành) đề nghị kết nạp quần chúng " + d.full_name +
          " vào Đảng" +
          (c->committee_proposal_on.empty()
               ? ","
               : " và đề nghị của cấp ủy cơ sở ngày " + DateOrDots(c->committee_proposal_on) + ","),
      {
          "Điều 1. Kết nạp quần chúng " + d.full_name + ", sinh ngày " + DateOrDots(d.birth_date) +
              ", quê quán " + OrDots(d.home_town) + ", nghề nghiệp " + OrDots(d.occupation) +
              " vào Đảng Cộng sản Việt Nam. Thời gian dự bị " +
              std::to_string(rules::RuleBook::Shipped().At(on).probation_months) +
              " tháng kể từ ngày tổ chức lễ kết nạp.",
          "Điều 2. " + c->org_name + " tổ chức lễ kết nạp theo quy định; " + c->org_name +
              " và đồng chí " + d.full_name + " thi hành Quyết định này.",
      });
  doc.recipients = {"- Như Điều 2,", "- Lưu hồ sơ đảng viên."};
  return OfficialDocx(env, issuer, on, std::move(doc));
}

}  // namespace dangbo::service
