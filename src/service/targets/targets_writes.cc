// The congress targets writes: a target added to a term's resolution, voided when recorded by
// mistake, and a year's plan and typed actual value. Each checked in the organization's
// subtree and audited, in one transaction.
#include <string>

#include "base/date.h"
#include "report/indicator.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/validate.h"
#include "service/core/void_record.h"
#include "service/report/catalogue.h"
#include "service/targets/targets.h"
#include "service/targets/targets_internal.h"
#include "text/text.h"

namespace dangbo::service {

using namespace targets_internal;  // NOLINT: this domain's own helpers

namespace {

store::Value OrNull(const std::string& s) { return s.empty() ? store::Null() : store::Value(s); }

store::Value NumberOrNull(const std::string& s) {
  const auto v = ParseTargetNumber(text::Trim(s));
  return v ? store::Value(*v) : store::Null();
}

void CheckNumber(Validator& v, const std::string& value, const std::string& field,
                 const std::string& label) {
  const std::string s = text::Trim(value);
  v.Check(s.empty() || ParseTargetNumber(s).has_value(), field,
          label + " phải là một số (ví dụ 120 hoặc 94,5).");
}

Status CheckTargetInput(const TargetInput& in) {
  Validator v;
  v.Check(TermOf(in.term) != nullptr, "term",
          "Nhiệm kỳ không hợp lệ: hãy chọn một nhiệm kỳ đại hội (ví dụ 2025-2030).");
  CheckText(v, in.title, "title", "Nội dung chỉ tiêu", 500, true);
  CheckText(v, in.unit, "unit", "Đơn vị tính", 40, false);
  v.Check(vocab::Parse<TargetComparison>(in.comparison).has_value(), "comparison",
          "Cách so sánh phải là \"đạt trở lên\" hoặc \"không vượt quá\".");
  CheckNumber(v, in.term_plan, "term_plan", "Chỉ tiêu cả nhiệm kỳ");
  v.Check(in.position >= 0 && in.position <= 1000, "position", "Số thứ tự không hợp lệ.");
  if (!in.indicator.empty()) {
    IndicatorCatalogue();  // registered before it is searched
    const report::Indicator* i = report::Find(in.indicator);
    v.Check(i != nullptr && !i->confidential, "indicator",
            "Chỉ số \"" + in.indicator.substr(0, 60) + "\" không có trong danh mục báo cáo.");
  }
  return v.ToStatus();
}

}  // namespace

Result<CongressTarget> CreateTarget(const Env& env, const Actor& actor, int64_t org_id,
                                    const TargetInput& in) {
  if (Status s = CheckTargetInput(in); !s) return s.error();
  AuditEntry audit{.action = "target.create", .entity = "congress_target", .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kTargetWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  const std::string now = FormatTimestamp(env.clock.Now());
  const int64_t id =
      tx.QueryRow(
            "INSERT INTO congress_target (org_id, term, position, title, unit, comparison, "
            "indicator, term_plan, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            {org_id, in.term, int64_t{in.position}, text::Trim(in.title),
             OrNull(text::Trim(in.unit)), in.comparison, OrNull(in.indicator),
             NumberOrNull(in.term_plan), now, now})
          .Int(0);
  auto t = LoadVisibleTarget(tx, actor, id);
  LoadYears(tx, *t);
  audit.entity_id = std::to_string(id);
  audit.after = CongressTargetJson(*t);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return *t;
}

Status VoidTarget(const Env& env, const Actor& actor, int64_t id, const std::string& reason) {
  return VoidRecord<CongressTarget>(
      env, actor, id, reason,
      {Action::kTargetWrite, "congress_target", "target.void", "congress_target"},
      [&actor, id](store::Transaction& tx) {
        auto t = LoadVisibleTarget(tx, actor, id);
        if (t) LoadYears(tx, *t);
        return t;
      },
      [id] { return TargetNotFound(id); },
      [](store::Transaction&, const CongressTarget&) { return Status::Ok(); }, CongressTargetJson);
}

Result<CongressTarget> SetTargetYear(const Env& env, const Actor& actor, int64_t id, int year,
                                     const TargetYearInput& in) {
  Validator v;
  CheckNumber(v, in.plan, "plan", "Chỉ tiêu năm");
  CheckNumber(v, in.actual, "actual", "Kết quả thực hiện");
  CheckText(v, in.note, "note", "Ghi chú", 1000, false);
  if (Status s = v.ToStatus(); !s) return s.error();
  int64_t org_id = 0;
  {
    store::Transaction tx = env.db.BeginRead();
    const auto t = LoadVisibleTarget(tx, actor, id);
    if (!t) return TargetNotFound(id);
    org_id = t->org_id;
    const report::CongressTerm* term = TermOf(t->term);
    if (year < term->first_year || year > term->last_year) {
      return Error::Invalid(
          "Năm " + std::to_string(year) + " không thuộc nhiệm kỳ " + t->term + ".",
          {{"year", "Ngoài nhiệm kỳ."}});
    }
    if (!t->indicator.empty() && !text::Trim(in.actual).empty()) {
      return Error::Invalid("Kết quả của chỉ tiêu này được tính từ số liệu (" + t->indicator_label +
                                "): không nhập tay.",
                            {{"actual", "Tính từ số liệu, không nhập."}});
    }
    if (!text::Trim(in.actual).empty() && year > Today(env).year()) {
      return Error::Invalid("Chưa đến năm " + std::to_string(year) + ": chưa ghi kết quả.",
                            {{"actual", "Năm chưa đến."}});
    }
  }
  AuditEntry audit{.action = "target.year",
                   .entity = "congress_target",
                   .entity_id = std::to_string(id),
                   .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kTargetWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  auto t = LoadVisibleTarget(tx, actor, id);
  if (!t) return TargetNotFound(id);
  LoadYears(tx, *t);
  audit.before = CongressTargetJson(*t);
  const std::string now = FormatTimestamp(env.clock.Now());
  tx.Exec("DELETE FROM congress_target_year WHERE target_id = ? AND year = ?", {id, int64_t{year}});
  tx.Exec(
      "INSERT INTO congress_target_year (target_id, year, plan, actual, note, updated_at) VALUES "
      "(?, ?, ?, ?, ?, ?)",
      {id, int64_t{year}, NumberOrNull(in.plan), NumberOrNull(in.actual),
       OrNull(text::Trim(in.note)), now});
  tx.Exec("UPDATE congress_target SET updated_at = ? WHERE id = ?", {now, id});
  LoadYears(tx, *t);
  audit.after = CongressTargetJson(*t);
  audit.detail = "Năm " + std::to_string(year);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return *t;
}

}  // namespace dangbo::service
