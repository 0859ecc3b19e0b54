// Flows and worklists.
#include "service/admission/flows.h"

#include <algorithm>
#include <limits>
#include <map>

#include "report/flow.h"
#include "report/period.h"
#include "rules/lifecycle.h"
#include "service/admission/admission_indicators.h"
#include "service/admission/recognition.h"
#include "service/badges/badges.h"
#include "service/calendar/holidays.h"
#include "service/core/access.h"
#include "service/dues/dues_checks.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/lifecycle/lifecycle_indicators.h"
#include "service/meetings/meeting_oversight.h"
#include "service/orgs/orgs.h"
#include "service/self/self_checks.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

Result<Org> Readable(const Env& env, const Actor& actor, int64_t org_id) {
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  if (!RoleAllows(actor, Action::kMemberRead)) {
    return Error::Forbidden("Vai trò của bạn không được xem số liệu đảng viên.");
  }
  return org;
}

constexpr vocab::Entry<WorkItemKind> kWorkItemKinds[] = {
    {WorkItemKind::kProbationEnding, "probation_ending", "Sắp hết dự bị"},
    {WorkItemKind::kRecognitionOverdue, "recognition_overdue", "Quá hạn xét chính thức"},
    {WorkItemKind::kDecisionDue, "decision_due", "Chờ quyết định kết nạp"},
    {WorkItemKind::kCeremonyDue, "ceremony_due", "Chờ lễ kết nạp"},
    {WorkItemKind::kCertificateExpiring, "certificate_expiring", "Giấy chứng nhận sắp hết hạn"},
    {WorkItemKind::kTransferPending, "transfer_pending", "Chuyển sinh hoạt chờ xử lý"},
    {WorkItemKind::kTemporaryExpiring, "temporary_expiring", "Sinh hoạt tạm thời sắp hết hạn"},
    {WorkItemKind::kMeetingMissing, "meeting_missing", "Chưa sinh hoạt chi bộ trong tháng"},
    {WorkItemKind::kThematicMissing, "thematic_missing", "Chưa sinh hoạt chuyên đề trong quý"},
    {WorkItemKind::kAbsenceWarning, "absence_warning", "Vắng sinh hoạt không lý do"},
    {WorkItemKind::kBadgeRoundDue, "badge_round_due", "Đến đợt xét Huy hiệu Đảng"},
    {WorkItemKind::kDuesArrears, "dues_arrears", "Chưa đóng đảng phí"},
    {WorkItemKind::kCorrectionRequest, "correction_request", "Đề nghị sửa hồ sơ"},
};

std::string Code(WorkItemKind k) { return std::string(vocab::Code(k)); }

}  // namespace

WorkItem RemovalLineItem(const RemovalWarning& a) {
  WorkItem w;
  w.kind = Code(a.kind);
  w.member_id = a.member_id;
  w.org_name = a.org_name;
  w.overdue = a.removal_line;
  w.title = (a.removal_line ? a.line_title : a.warn_title) + a.full_name;
  w.detail = a.counted + " trong năm " + std::to_string(a.year) + " (lần gần nhất " +
             Date::Parse(a.last_on)->Vietnamese() + "); Điều lệ: " + a.line +
             " là xem xét xóa tên.";
  w.due_on = a.last_on;
  w.action = "/dang-vien/" + std::to_string(a.member_id);
  return w;
}

namespace {

// The next award round of Huy hiệu Đảng when it falls within the horizon and members of the
// subtree are due at it (and not yet proposed, nor held back): one item for the round.
std::optional<WorkItem> BadgeRoundItem(const Env& env, const Actor& actor, const Org& org,
                                       const Date& on, const Date& horizon) {
  std::optional<Date> next;
  for (int year = on.year(); year <= on.year() + 1 && !next; ++year) {
    for (const Date& d : BadgeRoundsOf(year)) {
      if (d >= on) {
        next = d;
        break;
      }
    }
  }
  if (!next || *next > horizon) return std::nullopt;
  auto due = BadgesDue(env, actor, org.id, *next, {.page_size = 1});
  if (!due.ok()) return std::nullopt;
  const int64_t n = due->to_propose;
  if (n == 0) return std::nullopt;
  WorkItem w;
  w.kind = Code(WorkItemKind::kBadgeRoundDue);
  w.title = "Đến đợt xét Huy hiệu Đảng ngày " + next->Vietnamese() + ": " + text::FormatInt(n) +
            " đảng viên";
  w.detail = "Lập danh sách đề nghị tặng Huy hiệu Đảng trước ngày " + next->Vietnamese() + ".";
  w.due_on = next->Iso();
  w.org_name = org.name;
  w.action = "/huy-hieu?org_id=" + std::to_string(org.id) +
             "&year=" + std::to_string(next->year()) + "&round=" + next->Iso();
  return w;
}

Status CheckWorklistQuery(const WorklistQuery& q) {
  Validator v;
  v.Check(q.kind.empty() || vocab::Parse<WorkItemKind>(q.kind).has_value(), "kind",
          "Loại việc không hợp lệ.");
  v.Check(q.member_id >= 0, "member_id", "Mã đảng viên không hợp lệ.");
  CheckPaging(v, q.page, q.page_size, /*zero_is_all=*/true);
  return v.ToStatus();
}

// The worklist in order of urgency, its counts, and the page `q` asks for.
WorklistPage PageOfWorklist(std::vector<WorkItem> items, const WorklistQuery& q) {
  std::stable_sort(items.begin(), items.end(), [](const WorkItem& a, const WorkItem& b) {
    if (a.overdue != b.overdue) return a.overdue;
    return a.due_on < b.due_on;
  });
  WorklistPage out;
  out.all = static_cast<int64_t>(items.size());
  std::map<std::string, int64_t, std::less<>> per_kind;
  PageWindow window(q.page, q.page_size);
  for (WorkItem& w : items) {
    ++per_kind[w.kind];
    out.overdue += w.overdue ? 1 : 0;
    if (!q.kind.empty() && w.kind != q.kind) continue;
    if (q.overdue_only && !w.overdue) continue;
    if (q.member_id != 0 && w.member_id != q.member_id) continue;
    if (window.Take()) out.items.push_back(std::move(w));
  }
  out.total = window.seen();
  for (const auto& e : kWorkItemKinds) {  // in the vocabulary's order
    if (const auto it = per_kind.find(e.code); it != per_kind.end()) {
      out.by_kind.emplace_back(std::string(e.code), it->second);
    }
  }
  return out;
}

}  // namespace

std::span<const vocab::Entry<WorkItemKind>> VocabOf(WorkItemKind) { return kWorkItemKinds; }

const std::vector<FlowKind>& FlowKinds() {
  // The kinds of this report, in its order, with the vocabulary's labels.
  static const std::vector<FlowKind> kKinds = [] {
    std::vector<FlowKind> out;
    for (MemberEventKind k : FlowReportKinds()) {
      out.push_back({std::string(vocab::Code(k)), std::string(vocab::Label(k))});
    }
    return out;
  }();
  return kKinds;
}

Result<Flows> FlowsIn(const Env& env, const Actor& actor, int64_t org_id, const Date& from,
                      const Date& to) {
  auto period = report::CustomPeriod(from, to);
  if (!period.ok()) return period.error();
  auto org = Readable(env, actor, org_id);
  if (!org.ok()) return org.error();
  Flows f;
  f.org_id = org_id;
  f.org_name = org->name;
  f.from = from.Iso();
  f.to = to.Iso();
  store::Transaction tx = env.db.BeginRead();
  const report::Counts counts = report::CountFacts(tx, MemberEventFacts(), org_id, from, to);
  for (const auto& k : FlowKinds()) {
    const auto it = counts.find(k.kind);
    f.counts[k.kind] = it == counts.end() ? 0 : it->second;
  }
  f.admission_target = AdmissionTargetIn(tx, org_id, org->path, from.year(), to.year());
  if (f.admission_target > 0) {
    f.admission_percent =
        100.0 * static_cast<double>(f.counts["admitted"]) / static_cast<double>(f.admission_target);
  }
  return f;
}

Result<std::vector<FlowPerson>> FlowPeople(const Env& env, const Actor& actor, int64_t org_id,
                                           const Date& from, const Date& to,
                                           const std::string& kind) {
  auto period = report::CustomPeriod(from, to);
  if (!period.ok()) return period.error();
  const auto& kinds = FlowKinds();
  if (std::none_of(kinds.begin(), kinds.end(), [&](const FlowKind& k) { return kind == k.kind; })) {
    return Error::Invalid("Loại biến động không hợp lệ: " + kind + ".",
                          {{"kind", "Không hợp lệ."}});
  }
  auto org = Readable(env, actor, org_id);
  if (!org.ok()) return org.error();
  store::Transaction tx = env.db.BeginRead();
  std::vector<FlowPerson> out;
  tx.Each(report::FactSelectSql(MemberEventFacts(),
                                "m.id, e.id, m.full_name, e.occurred_on, o.name, e.decision_no",
                                " JOIN member m ON m.id = e.member_id", true) +
              " ORDER BY e.occurred_on, m.sort_key, e.id",
          {org_id, from.Iso(), to.Iso(), kind}, [&](const store::Row& r) {
            out.push_back(
                {r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Text(4), r.OptText(5).value_or("")});
          });
  return out;
}

Result<WorklistPage> Worklist(const Env& env, const Actor& actor, int64_t org_id, const Date& on,
                              const WorklistQuery& q) {
  if (Status s = CheckWorklistQuery(q); !s) return s.error();
  auto org = Readable(env, actor, org_id);
  if (!org.ok()) return org.error();
  store::Transaction tx = env.db.BeginRead();
  const rules::WorkingCalendar cal = LoadCalendar(tx);
  const PathRange r = SubtreeRange(org->path);
  std::vector<WorkItem> items;
  const Date horizon = on.AddDays(30);
  // Probations ending within 30 days, and recognitions overdue.
  struct Probationer {
    int64_t id;
    std::string name, admitted_on, org_name;
  };
  std::vector<Probationer> probationers;
  tx.Each(
      "SELECT m.id, m.full_name, m.admitted_on, o.name FROM member m JOIN org o ON o.id = "
      "m.org_id WHERE m.status = 'probationary' AND m.org_path >= ? AND m.org_path < ?",
      {r.lo, r.hi}, [&](const store::Row& row) {
        probationers.push_back({row.Int(0), row.Text(1), row.Text(2), row.Text(3)});
      });
  // A probation starts on or after the admission (ProbationStart), so one that cannot end
  // by the horizon under the shortest probation of any rule set needs no start read.
  int shortest = std::numeric_limits<int>::max();
  for (const rules::RuleSet& rs : Rules().sets())
    shortest = std::min(shortest, rs.probation_months);
  for (const auto& p : probationers) {
    const auto admitted = Date::Parse(p.admitted_on);
    if (!admitted || admitted->AddMonths(shortest) > horizon) continue;
    const Date start = ProbationStart(tx, p.id, *admitted);
    const rules::RuleSet& rs = Rules().At(start);
    const Date end = rules::ProbationEnd(rs, start);
    if (end > horizon) continue;
    const Date deadline = rules::RecognitionDeadline(rs, cal, start);
    WorkItem w;
    w.member_id = p.id;
    w.org_name = p.org_name;
    w.action = "/dang-vien/" + std::to_string(p.id) + "/cong-nhan";
    w.overdue = on > deadline;
    w.kind =
        w.overdue ? Code(WorkItemKind::kRecognitionOverdue) : Code(WorkItemKind::kProbationEnding);
    w.title =
        (w.overdue ? "Quá hạn xét công nhận chính thức: " : "Sắp hết thời gian dự bị: ") + p.name;
    w.detail = "Hết dự bị ngày " + end.Vietnamese() + "; chi bộ xét chậm nhất ngày " +
               deadline.Vietnamese() + ".";
    w.due_on = deadline.Iso();
    items.push_back(std::move(w));
  }
  // Candidates: decisions and ceremonies due, certificates running out.
  tx.Each(
      "SELECT c.id, c.full_name, c.status, c.branch_vote_on, c.decision_on, "
      "c.class_completed_on, o.name FROM candidate c JOIN org o ON o.id = c.org_id WHERE "
      "c.status IN ('preparing', 'voted', 'proposed', 'decided') AND o.path >= ? AND o.path < ?",
      {r.lo, r.hi}, [&](const store::Row& row) {
        WorkItem w;
        w.candidate_id = row.Int(0);
        w.org_name = row.Text(6);
        w.action = "/phat-trien/" + std::to_string(row.Int(0));
        const std::string name = row.Text(1), status = row.Text(2);
        if ((status == "voted" || status == "proposed") && !row.IsNull(3)) {
          const Date vote = *Date::Parse(row.Text(3));
          const Date due = rules::DecisionDeadline(Rules().At(vote), cal, vote);
          w.kind = Code(WorkItemKind::kDecisionDue);
          w.title = "Chờ quyết định kết nạp: " + name;
          w.detail = "Chi bộ biểu quyết ngày " + vote.Vietnamese() + "; hạn quyết định " +
                     due.Vietnamese() + ".";
          w.due_on = due.Iso();
          w.overdue = on > due;
          items.push_back(w);
        } else if (status == "decided" && !row.IsNull(4)) {
          const Date dec = *Date::Parse(row.Text(4));
          const Date due = rules::CeremonyDeadline(Rules().At(dec), cal, dec);
          w.kind = Code(WorkItemKind::kCeremonyDue);
          w.title = "Tổ chức lễ kết nạp: " + name;
          w.detail = "Quyết định ngày " + dec.Vietnamese() + "; lễ kết nạp chậm nhất ngày " +
                     due.Vietnamese() + ".";
          w.due_on = due.Iso();
          w.overdue = on > due;
          items.push_back(w);
        }
        if (status != "decided" && !row.IsNull(5)) {
          const Date cls = *Date::Parse(row.Text(5));
          const Date until = cls.AddMonths(Rules().At(cls).candidate_certificate_valid_months);
          if (until <= horizon) {
            WorkItem c = w;
            c.kind = Code(WorkItemKind::kCertificateExpiring);
            c.title = "Giấy chứng nhận bồi dưỡng nhận thức về Đảng hết hạn: " + name;
            c.detail =
                "Học lớp ngày " + cls.Vietnamese() + "; dùng được đến " + until.Vietnamese() + ".";
            c.due_on = until.Iso();
            c.overdue = on > until;
            items.push_back(c);
          }
        }
      });
  // Transfers waiting for the receiving side, and temporary stays ending.
  tx.Each(
      "SELECT t.id, t.kind, t.state, t.until_on, t.effective_on, m.id, m.full_name, o.name, "
      "t.to_org_id, f.name, t.external_unit FROM member_transfer t JOIN member m ON m.id = "
      "t.member_id LEFT JOIN org o ON o.id = t.to_org_id LEFT JOIN org f ON f.id = t.from_org_id "
      "WHERE t.state IN ('pending', 'confirmed') AND ((o.path >= ? AND "
      "o.path < ?) OR (m.org_path >= ? AND m.org_path < ?))",
      {r.lo, r.hi, r.lo, r.hi}, [&](const store::Row& row) {
        WorkItem w;
        w.transfer_id = row.Int(0);
        w.member_id = row.Int(5);
        w.org_name = row.OptText(7).value_or("");
        w.action = "/chuyen-sinh-hoat/" + std::to_string(row.Int(0));
        if (row.Text(2) == "pending") {
          w.kind = Code(WorkItemKind::kTransferPending);
          w.title = "Chờ tiếp nhận chuyển sinh hoạt: " + row.Text(6);
          // Where the member comes from: the sending organization, or the unit outside the
          // tree named on the letter.
          const std::string from = row.OptText(9).value_or(row.OptText(10).value_or(""));
          w.detail = (from.empty() ? std::string() : "Từ " + from + "; ") + "hiệu lực từ ngày " +
                     Date::Parse(row.Text(4))->Vietnamese() + ".";
          w.due_on = row.Text(4);
          items.push_back(w);
        } else if (row.Text(1) == "temporary" && !row.IsNull(3)) {
          const Date until = *Date::Parse(row.Text(3));
          if (until > horizon) return;
          w.kind = Code(WorkItemKind::kTemporaryExpiring);
          w.title = "Hết hạn sinh hoạt tạm thời: " + row.Text(6);
          w.detail = "Đến ngày " + until.Vietnamese() + ".";
          w.due_on = until.Iso();
          w.overdue = on > until;
          items.push_back(w);
        }
      });
  AppendMeetingWorkItems(tx, org->path, on, items);
  AppendDuesWorkItems(tx, org->path, on, items);
  AppendCorrectionWorkItems(tx, org->path, items);
  if (auto badges = BadgeRoundItem(env, actor, *org, on, horizon); badges) {
    items.push_back(std::move(*badges));
  }
  return PageOfWorklist(std::move(items), q);
}

}  // namespace dangbo::service
