// The reads of members' own space: the own file and what concerns the member, and the
// correction requests of a subtree.
#include "service/self/self.h"

#include <algorithm>
#include <cstdio>

#include "rules/ruleset.h"
#include "service/badges/badges.h"
#include "service/core/access.h"
#include "service/core/kinds.h"
#include "service/dues/dues.h"
#include "service/lifecycle/member_events.h"
#include "service/meetings/meetings.h"
#include "service/members/members.h"
#include "service/self/self_checks.h"
#include "service/self/self_internal.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

nlohmann::json BadgeItem(const Badge& b) {
  return {{"milestone", b.milestone},     {"status", b.status},
          {"round_on", b.round_on},       {"decision_no", b.decision_no},
          {"decision_on", b.decision_on}, {"awarded_on", b.awarded_on}};
}

// The next party-age milestone of the badge and the day it is reached, counting from today
// with the party age so far (later gaps would move it).
nlohmann::json NextBadge(const rules::PartyAge& age, const Date& today) {
  for (const int years : rules::RuleBook::Shipped().At(today).badges.milestones_years) {
    if (years <= age.years) continue;
    const Date reached =
        today.AddDays(static_cast<int>(Date(today.year(), 1, 1).AddMonths(12 * years).DayNumber() -
                                       Date(today.year(), 1, 1).DayNumber() - age.counted_days));
    return {{"milestone", years}, {"on", reached.Iso()}};
  }
  return nullptr;
}

// This year's meetings of the member's unit, in date order, each with the member's own mark.
Result<nlohmann::json> Meetings(const Env& env, const Actor& reader, int64_t member_id,
                                int64_t org_id, int year) {
  MeetingQuery q{.org_id = org_id, .year = year, .page_size = 100};
  auto page = ListMeetings(env, reader, q);
  if (!page.ok()) return page.error();
  std::vector<Meeting> own;
  for (Meeting& m : page->items) {
    if (m.org_id == org_id) own.push_back(std::move(m));  // not the meetings of units below
  }
  const auto day = [](const Meeting& m) { return m.held_on.empty() ? m.planned_on : m.held_on; };
  std::sort(own.begin(), own.end(),
            [&](const Meeting& a, const Meeting& b) { return day(a) < day(b); });
  nlohmann::json out = nlohmann::json::array();
  for (const Meeting& m : own) {
    std::string mine;
    if (m.status == "held") {
      auto roster = MeetingRoster(env, reader, m.id);
      if (!roster.ok()) return roster.error();
      for (const Attendee& a : *roster) {
        if (a.member_id == member_id) mine = a.status.empty() ? "unmarked" : a.status;
      }
    }
    out.push_back({{"id", m.id},
                   {"kind", m.kind},
                   {"status", m.status},
                   {"planned_on", m.planned_on},
                   {"held_on", m.held_on},
                   {"topic", m.topic},
                   {"my_status", mine}});
  }
  return out;
}

// The dues of the year: what was paid each month, and the months up to this one without a
// collection.
Result<nlohmann::json> Dues(const Env& env, const Actor& reader, int64_t member_id,
                            const Date& today) {
  auto dues = GetMemberDues(env, reader, member_id);
  if (!dues.ok()) return dues.error();
  nlohmann::json paid = nlohmann::json::array();
  std::vector<std::string> unpaid;
  for (int month = 1; month <= today.month(); ++month) {
    char key[16];
    std::snprintf(key, sizeof key, "%04d-%02d", today.year(), month);
    int64_t sum = 0;
    bool collected = false;
    for (const DuesEntry& e : dues->entries) {
      if (e.month != key) continue;
      sum += e.paid + e.extra;
      collected = collected || e.kind == "collection";
    }
    if (collected) {
      paid.push_back({{"month", key}, {"paid", sum}});
    } else {
      unpaid.push_back(key);
    }
  }
  return nlohmann::json{{"year", today.year()}, {"paid", paid}, {"unpaid_months", unpaid}};
}

}  // namespace

Result<nlohmann::json> MyFile(const Env& env, const Actor& actor) {
  auto self = self_internal::OwnMember(env, actor);
  if (!self.ok()) return nlohmann::json{{"member", nullptr}, {"message", self.error().detail}};
  const Actor reader = self_internal::Reader(actor, *self);
  const Date today = Today(env);
  auto member = GetMember(env, reader, self->member_id);
  if (!member.ok()) return member.error();
  auto age = PartyAgeOf(env, reader, self->member_id, today);
  if (!age.ok()) return age.error();
  auto badges = MemberBadges(env, reader, self->member_id);
  if (!badges.ok()) return badges.error();
  auto meetings = Meetings(env, reader, self->member_id, self->org_id, today.year());
  if (!meetings.ok()) return meetings.error();
  auto dues = Dues(env, reader, self->member_id, today);
  if (!dues.ok()) return dues.error();
  nlohmann::json badge_items = nlohmann::json::array();
  for (const Badge& b : *badges) badge_items.push_back(BadgeItem(b));
  nlohmann::json corrections = nlohmann::json::array();
  for (const CorrectionRequest& c : self_internal::MemberCorrections(env, self->member_id)) {
    corrections.push_back(CorrectionJson(c));
  }
  return nlohmann::json{
      {"member", MemberJson(*member)},
      {"party_age", {{"years", age->years}, {"months", age->months}}},
      {"badges", badge_items},
      {"next_badge", member->status == "official" || member->status == "probationary"
                         ? NextBadge(*age, today)
                         : nlohmann::json(nullptr)},
      {"meetings", *meetings},
      {"dues", *dues},
      {"corrections", corrections}};
}

Result<std::vector<CorrectionRequest>> ListCorrections(const Env& env, const Actor& actor,
                                                       int64_t org_id, const std::string& state) {
  if (!state.empty() && !vocab::IsCode<CorrectionState>(state)) {
    return Error::Invalid("Trạng thái không hợp lệ: chọn pending, done hoặc rejected.",
                          {{"state", "Trạng thái không có trong danh mục."}});
  }
  store::Transaction tx = env.db.BeginRead();
  const auto org = tx.QueryOne("SELECT path FROM org WHERE id = ?", {org_id});
  if (!org || !InScope(actor, org->Text(0))) return OrgNotFound(org_id);
  if (!RoleAllows(actor, Action::kMemberRead)) {
    return Error::Forbidden("Vai trò của bạn không được xem đề nghị sửa hồ sơ.");
  }
  const PathRange r = SubtreeRange(org->Text(0));
  return self_internal::Corrections(
      tx,
      "m.org_path >= ? AND m.org_path < ?" + std::string(state.empty() ? "" : " AND c.state = ?"),
      state.empty() ? std::vector<store::Value>{r.lo, r.hi}
                    : std::vector<store::Value>{r.lo, r.hi, state});
}

void AppendCorrectionWorkItems(store::Transaction& tx, const std::string& path,
                               std::vector<WorkItem>& items) {
  const PathRange r = SubtreeRange(path);
  for (const CorrectionRequest& c : self_internal::Corrections(
           tx, "m.org_path >= ? AND m.org_path < ? AND c.state = 'pending'", {r.lo, r.hi})) {
    WorkItem w;
    w.kind = std::string(vocab::Code(WorkItemKind::kCorrectionRequest));
    w.title = "Đề nghị sửa hồ sơ: " + c.full_name;
    w.detail = c.field_label + ": " + c.requested + " (gửi ngày " +
               text::FormatDate(c.created_at.substr(0, 10)) + ").";
    w.org_name = c.org_name;
    w.member_id = c.member_id;
    w.action = "/de-nghi-sua-ho-so";
    items.push_back(std::move(w));
  }
}

}  // namespace dangbo::service
