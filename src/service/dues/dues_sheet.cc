// The month's collection sheet of a branch: its members with the amount due by the rules of
// the month prefilled, the collection (one row per member) and corrections (new rows).
#include <algorithm>
#include <set>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/span_history.h"
#include "service/core/validate.h"
#include "service/dues/dues.h"
#include "service/dues/dues_internal.h"
#include "service/lifecycle/member_events.h"
#include "service/meetings/meeting_oversight.h"
#include "service/meetings/meetings.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

namespace dues_internal {

Date MonthEnd(const Date& first) {
  return Date(first.year(), first.month(), Date::DaysInMonth(first.year(), first.month()));
}

std::string MonthCode(const Date& d) { return d.Iso().substr(0, 7); }

const rules::DuesRules& RulesOfMonth(const std::string& month) {
  const Date first = *ParseDuesMonth(month);
  return rules::DuesRulesOfMonth(rules::RuleBook::Shipped(), first.year(), first.month()).dues;
}

namespace {

std::string IdList(const std::vector<int64_t>& ids) {
  std::string out;
  for (int64_t id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
  return out;
}

// Whether the member's party age at `end` reaches the rules' exemption age (gaps counted).
bool OldEnough(store::Transaction& tx, int64_t member, const std::string& admitted, int years,
               const Date& end) {
  const auto from = Date::Parse(admitted);
  if (!from || from->AddYears(years) > end) return false;
  return rules::ComputePartyAge(*from, PartyAgeGaps(tx, member), end).years >= years;
}

}  // namespace

std::map<int64_t, MemberDue> DuesOfMonth(store::Transaction& tx,
                                         const std::vector<int64_t>& members,
                                         const std::string& month) {
  std::map<int64_t, MemberDue> out;
  if (members.empty()) return out;
  for (int64_t id : members) out[id];
  const std::string ids = IdList(members);
  tx.Each(
      "SELECT member_id, income, amount FROM dues_basis WHERE voided_at IS NULL AND "
      "from_month <= ? AND member_id IN (" +
          ids + ") ORDER BY member_id, from_month, id",
      {month}, [&](const store::Row& r) {
        MemberDue& d = out[r.Int(0)];
        d.income = r.Text(1);
        d.base = r.Int(2);
      });
  tx.Each(
      "SELECT member_id, percent, reason FROM dues_relief WHERE voided_at IS NULL AND "
      "from_month <= ? AND (to_month IS NULL OR to_month >= ?) AND member_id IN (" +
          ids + ")",
      {month, month}, [&](const store::Row& r) {
        MemberDue& d = out[r.Int(0)];
        if (r.Int(1) > d.reduction_percent) {
          d.reduction_percent = static_cast<int>(r.Int(1));
          d.relief_reason = r.Text(2);
        }
      });
  const rules::DuesRules& rules = RulesOfMonth(month);
  if (rules.exempt_from_party_age_years) {
    const Date end = MonthEnd(*ParseDuesMonth(month));
    std::vector<std::pair<int64_t, std::string>> admitted;
    tx.Each(
        "SELECT id, admitted_on FROM member WHERE admitted_on IS NOT NULL AND id IN (" + ids + ")",
        {}, [&](const store::Row& r) { admitted.emplace_back(r.Int(0), r.Text(1)); });
    for (const auto& [id, on] : admitted) {  // gaps read after the list: one query at a time
      if (OldEnough(tx, id, on, *rules.exempt_from_party_age_years, end)) {
        out[id].reduction_percent = 100;
        out[id].relief_reason = "party_age";
      }
    }
  }
  for (auto& [id, d] : out) {
    const auto income = vocab::Parse<rules::DuesIncome>(d.income);
    d.due = rules::MonthlyDue(rules, income.value_or(rules::DuesIncome::kOther), d.base,
                              d.reduction_percent);
  }
  return out;
}

namespace {

// The tally of a month from its payment rows: per member first (corrections added), then
// per unit and kind; zero sums are left out (most units have no extra, arrears or unpaid). `?`
// order: on_date, month[, org_id].
std::string TallySql(bool one_org) {
  const std::string filter = one_org ? " AND org_id = ?" : "";
  return "INSERT INTO dues_tally (org_id, month, on_date, kind, amount, recorded_at) SELECT * "
         "FROM (SELECT s.org_id, s.month, CAST(? AS TEXT) AS on_date, k.kind, CASE k.kind WHEN "
         "'due' THEN "
         "SUM(s.d) WHEN 'paid' THEN SUM(s.p) "
         "WHEN 'extra' THEN SUM(s.x) WHEN 'arrears' THEN SUM(CASE WHEN s.p < s.d AND s.exc = 0 "
         "THEN s.d - s.p ELSE 0 END) WHEN 'payers' THEN SUM(CASE WHEN s.p >= s.d THEN 1 ELSE 0 "
         "END) ELSE SUM(CASE WHEN s.p < s.d AND s.exc = 0 THEN 1 ELSE 0 END) END AS amount FROM "
         "(SELECT "
         "org_id, month, member_id, SUM(due) AS d, SUM(paid) AS p, SUM(extra) AS x, MAX(CASE "
         "WHEN kind = 'collection' AND reason IS NOT NULL AND reason <> '' THEN 1 ELSE 0 END) AS "
         "exc FROM dues_payment WHERE voided_at IS NULL AND month = ?" +
         filter +
         " GROUP BY org_id, month, member_id) s CROSS JOIN (SELECT 'due' AS kind UNION ALL SELECT "
         "'paid' UNION ALL SELECT 'extra' UNION ALL SELECT 'arrears' UNION ALL SELECT 'payers' "
         "UNION ALL SELECT 'unpaid') k GROUP BY s.org_id, s.month, k.kind) t CROSS JOIN (SELECT "
         "CAST(? AS TEXT) AS recorded_at) r WHERE t.amount <> 0";
}

}  // namespace

void RefreshTally(store::Transaction& tx, int64_t org_id, const std::string& month,
                  const std::string& now) {
  RetireVersions(tx, "dues_tally", "org_id = ? AND month = ?", {org_id, month}, now);
  tx.Exec("DELETE FROM dues_tally WHERE org_id = ? AND month = ?", {org_id, month});
  const std::string end = MonthEnd(*ParseDuesMonth(month)).Iso();
  tx.Exec(TallySql(true), {end, month, org_id, now});
  RefreshStanding(tx, org_id, month);
}

void RefreshTallyOfMonth(store::Transaction& tx, const std::string& month, const std::string& now) {
  RetireVersions(tx, "dues_tally", "month = ?", {month}, now);
  tx.Exec("DELETE FROM dues_tally WHERE month = ?", {month});
  tx.Exec(TallySql(false), {MonthEnd(*ParseDuesMonth(month)).Iso(), month, now});
  RefreshStandingOfMonth(tx, month);
}

Status CheckReader(const Actor& actor) {
  if (!RoleAllows(actor, Action::kDuesRead)) {
    return Error::Forbidden("Vai trò của bạn không được xem đảng phí.");
  }
  return Status::Ok();
}

Result<Org> ReadableOrg(store::Transaction& tx, const Actor& actor, int64_t org_id, int year) {
  if (Status s = CheckReader(actor); !s) return s.error();
  if (year != 0 && (year < 1930 || year > 2200)) {
    return Error::Invalid("Năm không hợp lệ.", {{"year", "Năm không hợp lệ."}});
  }
  auto org = LoadOrg(tx, org_id);
  if (!org || !InScope(actor, org->path)) return OrgNotFound(org_id);
  return *org;
}

void CheckMonth(Validator& v, const std::string& month, const std::string& field,
                const Date& latest) {
  const auto d = ParseDuesMonth(month);
  if (!d) {
    v.Fail(field, "Tháng phải có dạng NNNN-TT (ví dụ 2026-03).");
    return;
  }
  v.Check(*d <= Date(latest.year(), latest.month(), 1), field,
          "Tháng không được sau tháng " + std::to_string(latest.month()) + "/" +
              std::to_string(latest.year()) + ".");
}

}  // namespace dues_internal

namespace {

using dues_internal::MonthEnd;

Result<Org> SheetUnit(store::Transaction& tx, const Actor& actor, int64_t org_id) {
  auto org = LoadOrg(tx, org_id);
  if (!org || !InScope(actor, org->path)) return OrgNotFound(org_id);
  const std::string kind(vocab::Code(org->kind));
  if (kind != "branch" && kind != "grassroots_branch") {
    return Error::Rule("dues_sheet_branch",
                       "Sổ thu đảng phí hằng tháng lập ở chi bộ: hãy chọn một chi bộ.");
  }
  return *org;
}

DuesSheet BuildSheet(store::Transaction& tx, const Org& org, const std::string& month,
                     const Date& today) {
  DuesSheet s;
  s.org_id = org.id;
  s.org_name = org.name;
  s.month = month;
  s.rules_source = dues_internal::RulesOfMonth(month).source;
  const Date on = std::min(MonthEnd(*ParseDuesMonth(month)), today);
  std::vector<int64_t> ids;
  for (const Attendee& a : UnitRosterOn(tx, org.id, on.Iso())) {
    DuesLine l;
    l.member_id = a.member_id;
    l.full_name = a.full_name;
    ids.push_back(a.member_id);
    s.lines.push_back(std::move(l));
  }
  std::map<int64_t, DuesLine*> by_id;
  for (DuesLine& l : s.lines) by_id[l.member_id] = &l;
  std::vector<DuesLine> gone;  // recorded here, no longer on the roster
  tx.Each(
      "SELECT p.member_id, m.full_name, p.kind, p.due, p.paid, p.extra, p.receipt_no, p.reason, "
      "p.paid_on FROM dues_payment p JOIN member m ON m.id = p.member_id WHERE p.org_id = ? AND "
      "p.month = ? AND p.voided_at IS NULL ORDER BY p.id",
      {org.id, month}, [&](const store::Row& r) {
        auto it = by_id.find(r.Int(0));
        if (it == by_id.end()) {
          gone.push_back(DuesLine{r.Int(0), r.Text(1)});
          ids.push_back(r.Int(0));
          s.lines.push_back(gone.back());
          by_id.clear();
          for (DuesLine& l : s.lines) by_id[l.member_id] = &l;
          it = by_id.find(r.Int(0));
        }
        DuesLine& l = *it->second;
        if (r.Text(2) == "collection") {
          l.recorded = true;
          l.recorded_due = r.Int(3);
          l.receipt_no = r.OptText(6).value_or("");
          l.reason = r.OptText(7).value_or("");
          l.paid_on = r.Text(8);
        } else {
          ++l.corrections;
        }
        l.paid += r.Int(4);
        l.extra += r.Int(5);
      });
  const auto dues = dues_internal::DuesOfMonth(tx, ids, month);
  for (DuesLine& l : s.lines) {
    const auto& d = dues.at(l.member_id);
    l.income = d.income;
    l.base = d.base;
    l.reduction_percent = d.reduction_percent;
    l.relief_reason = d.relief_reason;
    l.due = l.recorded ? l.recorded_due : d.due;
    s.due += l.due;
    s.paid += l.paid;
    s.extra += l.extra;
    s.recorded += l.recorded ? 1 : 0;
    s.unpaid += l.recorded && l.paid < l.due && l.reason.empty() ? 1 : 0;
  }
  return s;
}

nlohmann::json LineJson(const DuesLine& l) {
  return {{"member_id", l.member_id},
          {"full_name", l.full_name},
          {"income", l.income},
          {"base", l.base},
          {"reduction_percent", l.reduction_percent},
          {"relief_reason", l.relief_reason},
          {"due", l.due},
          {"recorded", l.recorded},
          {"paid", l.paid},
          {"extra", l.extra},
          {"receipt_no", l.receipt_no},
          {"reason", l.reason},
          {"paid_on", l.paid_on},
          {"corrections", l.corrections}};
}

constexpr int64_t kMaxPayment = 1'000'000'000;  // a billion đồng in one month: a typo

Status CheckCollect(const CollectInput& in, const Date& today) {
  Validator v;
  dues_internal::CheckMonth(v, in.month, "month", today);
  CheckPastDate(v, in.paid_on, "paid_on", "Ngày thu", today, false);
  const auto first = ParseDuesMonth(in.month);
  if (first && !in.paid_on.empty() && in.paid_on < first->Iso()) {
    v.Fail("paid_on", "Ngày thu không được trước tháng thu.");
  }
  v.Check(!in.lines.empty(), "lines", "Hãy chọn ít nhất một đảng viên để ghi thu.");
  v.Check(in.lines.size() <= 2'000, "lines", "Quá nhiều dòng trong một lần ghi thu.");
  std::set<int64_t> seen;
  for (size_t i = 0; i < in.lines.size() && i < 2'000; ++i) {
    const CollectLine& l = in.lines[i];
    const std::string f = "lines[" + std::to_string(i) + "]";
    v.Check(seen.insert(l.member_id).second, f + ".member_id",
            "Đảng viên này đã có trong danh sách.");
    v.Check(l.paid >= 0 && l.paid <= kMaxPayment, f + ".paid", "Số tiền đóng không hợp lệ.");
    v.Check(l.extra >= 0 && l.extra <= kMaxPayment, f + ".extra", "Số tiền ủng hộ không hợp lệ.");
    CheckText(v, l.receipt_no, f + ".receipt_no", "Số biên lai", 100, false);
    CheckText(v, l.reason, f + ".reason", "Lý do chưa đóng", 500, false);
  }
  return v.ToStatus();
}

}  // namespace

nlohmann::json DuesSheetJson(const DuesSheet& s) {
  nlohmann::json lines = nlohmann::json::array();
  for (const DuesLine& l : s.lines) lines.push_back(LineJson(l));
  return {{"org_id", s.org_id},     {"org_name", s.org_name},
          {"month", s.month},       {"rules_source", s.rules_source},
          {"lines", lines},         {"due", s.due},
          {"paid", s.paid},         {"extra", s.extra},
          {"recorded", s.recorded}, {"unpaid", s.unpaid}};
}

Result<DuesSheet> GetDuesSheet(const Env& env, const Actor& actor, int64_t org_id,
                               const std::string& month) {
  if (Status s = dues_internal::CheckReader(actor); !s) return s.error();
  Validator v;
  dues_internal::CheckMonth(v, month, "month", Today(env));
  if (!v.ok()) return v.ToStatus().error();
  store::Transaction tx = env.db.BeginRead();
  auto org = SheetUnit(tx, actor, org_id);
  if (!org.ok()) return org.error();
  return BuildSheet(tx, *org, month, Today(env));
}

Result<DuesSheet> CollectDues(const Env& env, const Actor& actor, const CollectInput& in) {
  const Date today = Today(env);
  if (Status s = CheckCollect(in, today); !s) return s.error();
  AuditEntry attempt{"dues.collect", "dues_sheet", in.month, in.org_id, nullptr, nullptr, ""};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kDuesCollect, in.org_id, attempt);
  if (!tx.ok()) return tx.error();
  auto org = SheetUnit(*tx, actor, in.org_id);
  if (!org.ok()) return org.error();
  const DuesSheet before = BuildSheet(*tx, *org, in.month, today);
  std::map<int64_t, const DuesLine*> lines;
  for (const DuesLine& l : before.lines) lines[l.member_id] = &l;
  const std::string paid_on = in.paid_on.empty() ? today.Iso() : in.paid_on;
  const std::string now = FormatTimestamp(env.clock.Now());
  nlohmann::json after = nlohmann::json::array();
  for (size_t i = 0; i < in.lines.size(); ++i) {
    const CollectLine& c = in.lines[i];
    const std::string f = "lines[" + std::to_string(i) + "].member_id";
    const auto it = lines.find(c.member_id);
    if (it == lines.end()) {
      return Error::Invalid("Đảng viên mã " + std::to_string(c.member_id) +
                                " không có trong sổ thu của chi bộ tháng này.",
                            {{f, "Không có trong sổ thu."}});
    }
    if (it->second->recorded) {
      Error e =
          Error::Conflict("dues_already_collected",
                          it->second->full_name +
                              " đã được ghi thu tháng này: hãy ghi điều chỉnh thay vì thu lại.");
      e.fields.push_back({f, "Đã ghi thu tháng này."});
      return e;
    }
    const auto opt = [](const std::string& s) {
      return s.empty() ? store::Value(nullptr) : store::Value(s);
    };
    tx->Exec(
        "INSERT INTO dues_payment (member_id, org_id, month, paid_on, kind, due, paid, extra, "
        "receipt_no, reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, 'collection', ?, ?, "
        "?, ?, ?, ?, ?)",
        {c.member_id, in.org_id, in.month, paid_on, it->second->due, c.paid, c.extra,
         opt(c.receipt_no), opt(c.reason), now, actor.display_name});
    after.push_back({{"member_id", c.member_id},
                     {"due", it->second->due},
                     {"paid", c.paid},
                     {"extra", c.extra},
                     {"receipt_no", c.receipt_no},
                     {"reason", c.reason}});
  }
  dues_internal::RefreshTally(*tx, in.org_id, in.month, now);
  attempt.after = {{"month", in.month}, {"paid_on", paid_on}, {"lines", after}};
  RecordAudit(*tx, actor, attempt, env.clock.Now());
  DuesSheet sheet = BuildSheet(*tx, *org, in.month, today);
  tx->Commit();
  return sheet;
}

Result<DuesSheet> CorrectDues(const Env& env, const Actor& actor, const DuesCorrectionInput& in) {
  const Date today = Today(env);
  Validator v;
  dues_internal::CheckMonth(v, in.month, "month", today);
  CheckPastDate(v, in.on, "on", "Ngày điều chỉnh", today, false);
  v.Check(in.paid_delta != 0 || in.extra_delta != 0, "paid_delta",
          "Hãy nhập số tiền điều chỉnh (thêm hoặc bớt).");
  v.Check(in.paid_delta >= -kMaxPayment && in.paid_delta <= kMaxPayment, "paid_delta",
          "Số tiền điều chỉnh không hợp lệ.");
  v.Check(in.extra_delta >= -kMaxPayment && in.extra_delta <= kMaxPayment, "extra_delta",
          "Số tiền điều chỉnh không hợp lệ.");
  CheckText(v, in.reason, "reason", "Lý do điều chỉnh", 500, true);
  if (!v.ok()) return v.ToStatus().error();
  AuditEntry attempt{"dues.correct", "dues_sheet", in.month, in.org_id, nullptr, nullptr, ""};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kDuesCollect, in.org_id, attempt);
  if (!tx.ok()) return tx.error();
  auto org = SheetUnit(*tx, actor, in.org_id);
  if (!org.ok()) return org.error();
  const auto row = tx->QueryOne(
      "SELECT MIN(CASE WHEN kind = 'collection' THEN id END), SUM(paid), SUM(extra) FROM "
      "dues_payment WHERE org_id = ? AND month = ? AND member_id = ? AND voided_at IS NULL",
      {in.org_id, in.month, in.member_id});
  if (!row || row->IsNull(0)) {
    return Error::Rule("dues_not_collected",
                       "Đảng viên chưa được ghi thu tháng này ở chi bộ: hãy ghi thu trước.");
  }
  if (row->Int(1) + in.paid_delta < 0 || row->Int(2) + in.extra_delta < 0) {
    Error e = Error::Invalid("Sau điều chỉnh, số tiền đã đóng không được âm.");
    e.fields.push_back({"paid_delta", "Bớt nhiều hơn số đã đóng."});
    return e;
  }
  const std::string on = in.on.empty() ? today.Iso() : in.on;
  tx->Exec(
      "INSERT INTO dues_payment (member_id, org_id, month, paid_on, kind, due, paid, extra, "
      "reason, corrects_id, recorded_at, recorded_by) VALUES (?, ?, ?, ?, 'correction', 0, ?, ?, "
      "?, ?, ?, ?)",
      {in.member_id, in.org_id, in.month, on, in.paid_delta, in.extra_delta, in.reason, row->Int(0),
       FormatTimestamp(env.clock.Now()), actor.display_name});
  dues_internal::RefreshTally(*tx, in.org_id, in.month, FormatTimestamp(env.clock.Now()));
  attempt.before = {{"paid", row->Int(1)}, {"extra", row->Int(2)}};
  attempt.after = {{"member_id", in.member_id},
                   {"paid_delta", in.paid_delta},
                   {"extra_delta", in.extra_delta},
                   {"reason", in.reason},
                   {"on", on}};
  RecordAudit(*tx, actor, attempt, env.clock.Now());
  DuesSheet sheet = BuildSheet(*tx, *org, in.month, today);
  tx->Commit();
  return sheet;
}

}  // namespace dangbo::service
