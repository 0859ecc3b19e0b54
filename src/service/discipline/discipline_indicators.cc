// Discipline in the report engine: decisions dated on their decision (annulled ones not
// counted), by subject and form (the form after an appeal), by the member's status, and the
// appeals with their outcome. Every figure is confidential.
#include "service/discipline/discipline_indicators.h"

#include <string>

#include "report/as_recorded.h"
#include "report/indicator.h"
#include "rules/ruleset.h"
#include "service/core/span_history.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

constexpr const char* kCases = "trường hợp";

// Cases (subquery `columns` giving kind and voided_at) dated by their decision.
report::FactTable CaseFacts(const char* name, const std::string& columns, const char* where) {
  report::FactTable t;
  t.name = name;
  t.from = "(SELECT d.org_id, d.decided_on, " + columns +
           ", d.member_id, d.decision_no FROM discipline_case d" + where + ")";
  t.date_col = "decided_on";
  t.voided_col = "voided_at";
  t.may_end_unit = true;  // giải tán ends the organization on the decision's date
  t.list_select =
      "CASE WHEN e.member_id IS NULL THEN 'org' ELSE 'member' END, COALESCE(e.member_id, "
      "e.org_id), COALESCE(m.full_name, o.name), o.name, e.decided_on, e.decision_no";
  t.list_joins = " LEFT JOIN member m ON m.id = e.member_id";
  return t;
}

void Add(const std::string& code, const std::string& label, const char* unit, const char* source,
         const std::vector<std::string>& keys, bool member_data) {
  report::Indicator i =
      report::SumOf(code, label, report::Shape::kFlow, unit, source, keys, member_data);
  i.confidential = true;
  report::Register(std::move(i));
}

}  // namespace

void RegisterDisciplineIndicators() {
  // Every change of a case keeps the version it replaces (service/core/span_history.h).
  report::RegisterRecordedTable(VersionedReading("discipline_case"));
  report::RegisterFactTable(CaseFacts(
      "discipline",
      "d.subject || '.' || COALESCE(d.changed_form, d.form) AS kind, CASE WHEN d.status = "
      "'annulled' THEN d.updated_at ELSE d.voided_at END AS voided_at",
      ""));
  report::RegisterFactTable(CaseFacts("discipline_member_status",
                                      "d.member_status AS kind, d.voided_at",
                                      " WHERE d.subject = 'member'"));
  report::RegisterFactTable(
      CaseFacts("discipline_appeal",
                "'appeal.' || COALESCE(d.appeal_outcome, 'pending') AS kind, d.voided_at",
                " WHERE d.appeal_on IS NOT NULL"));
  using F = rules::DisciplineForm;
  const F member_forms[] = {F::kReprimand, F::kWarning, F::kDismissal, F::kExpulsion};
  const F org_forms[] = {F::kReprimand, F::kWarning, F::kDissolution};
  std::vector<std::string> members, orgs;
  for (F f : member_forms) members.push_back("member." + std::string(vocab::Code(f)));
  for (F f : org_forms) orgs.push_back("org." + std::string(vocab::Code(f)));
  Add("discipline.members", "Đảng viên bị kỷ luật", "đảng viên", "discipline", members, true);
  for (F f : member_forms) {
    const std::string code(vocab::Code(f));
    Add("discipline.members_" + code, "Đảng viên bị kỷ luật " + text::LowerFirst(vocab::Label(f)),
        "đảng viên", "discipline", {"member." + code}, true);
  }
  Add("discipline.members_official", "Đảng viên chính thức bị kỷ luật", "đảng viên",
      "discipline_member_status", {"official"}, true);
  Add("discipline.members_probationary", "Đảng viên dự bị bị kỷ luật", "đảng viên",
      "discipline_member_status", {"probationary"}, true);
  Add("discipline.orgs", "Tổ chức đảng bị kỷ luật", "tổ chức", "discipline", orgs, false);
  for (F f : org_forms) {
    const std::string code(vocab::Code(f));
    Add("discipline.orgs_" + code, "Tổ chức đảng bị kỷ luật " + text::LowerFirst(vocab::Label(f)),
        "tổ chức", "discipline", {"org." + code}, false);
  }
  Add("discipline.appealed", "Quyết định kỷ luật bị khiếu nại", kCases, "discipline_appeal",
      {"appeal.pending", "appeal.upheld", "appeal.changed", "appeal.annulled"}, false);
  Add("discipline.appeal_changed", "Khiếu nại được giải quyết: thay đổi hình thức kỷ luật", kCases,
      "discipline_appeal", {"appeal.changed"}, false);
  Add("discipline.appeal_annulled", "Khiếu nại được giải quyết: xóa bỏ quyết định kỷ luật", kCases,
      "discipline_appeal", {"appeal.annulled"}, false);
}

}  // namespace dangbo::service
