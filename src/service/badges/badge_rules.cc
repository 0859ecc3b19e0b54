// Badge eligibility over the stored facts: a member's admission, gaps and awards; the
// milestone due at a round; the discipline waiting period; the checks of a proposal.
#include <algorithm>

#include "service/badges/badges_internal.h"
#include "service/core/discipline_facts.h"
#include "service/lifecycle/lifecycle_common.h"
#include "service/lifecycle/member_events.h"

namespace dangbo::service::badges_internal {

const char* const kBadgeSelect =
    "SELECT b.id, b.member_id, m.full_name, b.org_id, o.name, b.milestone, b.round_on, b.basis, "
    "b.status, b.party_age_years, b.party_age_months, b.proposed_on, b.proposed_by, "
    "b.decision_no, b.decision_on, b.decided_by, b.awarded_on, b.awarded_by, b.note, b.version "
    "FROM badge b JOIN member m ON m.id = b.member_id JOIN org o ON o.id = b.org_id ";

Badge BadgeFromRow(const store::Row& r) {
  auto s = [&r](size_t i) { return r.OptText(i).value_or(""); };
  Badge b;
  b.id = r.Int(0);
  b.member_id = r.Int(1);
  b.full_name = r.Text(2);
  b.org_id = r.Int(3);
  b.org_name = r.Text(4);
  b.milestone = static_cast<int>(r.Int(5));
  b.round_on = r.Text(6);
  b.basis = r.Text(7);
  b.status = r.Text(8);
  b.party_age_years = static_cast<int>(r.Int(9));
  b.party_age_months = static_cast<int>(r.Int(10));
  b.proposed_on = r.Text(11);
  b.proposed_by = r.Text(12);
  b.decision_no = s(13);
  b.decision_on = s(14);
  b.decided_by = s(15);
  b.awarded_on = s(16);
  b.awarded_by = s(17);
  b.note = s(18);
  b.version = r.Int(19);
  return b;
}

std::optional<MemberFacts> LoadMemberFacts(store::Transaction& tx, int64_t member_id) {
  const auto r = tx.QueryOne(
      "SELECT id, full_name, org_id, org_path, status, admitted_on FROM member WHERE id = ?",
      {member_id});
  if (!r) return std::nullopt;
  MemberFacts m{r->Int(0),  r->Text(1), r->Int(2),
                r->Text(3), r->Text(4), Date::Parse(r->OptText(5).value_or(""))};
  m.gaps = PartyAgeGaps(tx, member_id);
  tx.Each("SELECT milestone, status FROM badge WHERE member_id = ? AND voided_at IS NULL",
          {member_id}, [&m](const store::Row& b) {
            const int ms = static_cast<int>(b.Int(0));
            m.open_milestones.push_back(ms);
            if (b.Text(1) == "awarded") m.last_awarded = std::max(m.last_awarded, ms);
          });
  return m;
}

std::optional<rules::BadgeDue> DueAt(const rules::RuleSet& rules, const MemberFacts& m,
                                     const Date& round) {
  if (!m.admitted_on) return std::nullopt;
  std::optional<rules::BadgeDue> best;
  for (int years : rules.badges.milestones_years) {
    if (years <= m.last_awarded) continue;
    const Date reached = rules::PartyAgeReached(*m.admitted_on, m.gaps, years);
    const Date at = rules::BadgeRoundOnOrAfter(rules, reached);
    if (at > round) break;
    best = rules::BadgeDue{years, reached, at};
  }
  return best;
}

std::string DisciplineHold(store::Transaction& tx, const rules::RuleSet& rules, int64_t member_id,
                           const Date& round) {
  return DisciplineHoldOf(rules, Discipline().LatestBefore(tx, member_id, round), round);
}

std::string DisciplineHoldOf(const rules::RuleSet& rules,
                             const std::optional<DisciplineDecision>& d, const Date& round) {
  if (!d) return "";
  const auto after = rules::BadgeEligibleAfterDiscipline(rules, d->form, d->decided_on);
  if (!after) return "Đảng viên đã bị khai trừ: không xét tặng Huy hiệu Đảng.";
  if (*after <= round) return "";
  return "Bị kỷ luật ngày " + d->decided_on.Vietnamese() +
         ": được xét tặng Huy hiệu Đảng từ ngày " + after->Vietnamese() + ".";
}

bool IsRound(const Date& d) { return rules::BadgeRoundOnOrAfter(Rules().At(d), d) == d; }

Status CheckEligible(store::Transaction& tx, const MemberFacts& m, int milestone, const Date& round,
                     BadgeBasis basis) {
  const rules::RuleSet& rules = Rules().At(round);
  const auto& ms = rules.badges.milestones_years;
  if (std::find(ms.begin(), ms.end(), milestone) == ms.end()) {
    return Error::Invalid("Mốc tuổi đảng không hợp lệ (30, 40, 45, 50 … 90 năm).",
                          {{"milestone", "Mốc không hợp lệ."}});
  }
  const bool dead = m.status == "deceased";
  if ((basis == BadgeBasis::kPosthumous) != dead) {
    return Error::Rule("badge_basis", dead ? "Đảng viên đã từ trần: chỉ đề nghị truy tặng."
                                           : "Chỉ truy tặng cho đảng viên đã từ trần.");
  }
  if (!dead && m.status != "probationary" && m.status != "official" && m.status != "exempt") {
    return Error::Rule("badge_not_member",
                       "Chỉ xét tặng Huy hiệu Đảng cho đảng viên đang sinh hoạt.");
  }
  if (!m.admitted_on)
    return Error::Rule("admission_missing", "Hồ sơ đảng viên chưa có ngày vào Đảng.");
  if (milestone <= m.last_awarded || std::find(m.open_milestones.begin(), m.open_milestones.end(),
                                               milestone) != m.open_milestones.end()) {
    return Error::Conflict("badge_exists", "Đảng viên đã được đề nghị hoặc tặng Huy hiệu " +
                                               std::to_string(milestone) + " năm tuổi Đảng.");
  }
  const Date reached = rules::PartyAgeReached(*m.admitted_on, m.gaps, milestone);
  Date earliest = reached;
  if (basis == BadgeBasis::kIllness) {
    earliest =
        rules::EarliestEarlyAward(rules, rules::EarlyAward::kSeriousIllness, milestone, reached);
  } else if (basis == BadgeBasis::kPosthumous) {
    earliest = rules::EarliestEarlyAward(rules, rules::EarlyAward::kPosthumous, milestone, reached);
  }
  if (earliest > round) {
    return Error::Rule("badge_not_due", "Đảng viên đủ " + std::to_string(milestone) +
                                            " năm tuổi Đảng vào ngày " + reached.Vietnamese() +
                                            " (đã trừ thời gian gián đoạn): chưa đến đợt này.");
  }
  if (std::string hold = DisciplineHold(tx, rules, m.id, round); !hold.empty()) {
    return Error::Rule("badge_discipline_wait", hold);
  }
  return Status::Ok();
}

}  // namespace dangbo::service::badges_internal
