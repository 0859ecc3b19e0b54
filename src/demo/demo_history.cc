// Ten years of member history for one bloc, at the seeds' yearly rates: every member
// arrives by an event (admission, transfer in, or already there when the history starts),
// members move between units by internal transfers, go away temporarily and come back, are
// exempted, transferred out, removed, expelled, leave or die, a few are re-admitted;
// candidates take their steps; each grassroots organization gets a yearly admission target.
// Everything is planned here and written through the services in date order (RunEvents).
#include <algorithm>
#include <cmath>
#include <memory>

#include "demo/demo_bloc.h"
#include "service/admission/admission.h"
#include "service/admission/recognition.h"
#include "service/lifecycle/member_events.h"
#include "service/lifecycle/transfers.h"
#include "service/members/members.h"

namespace dangbo::demo::internal {

namespace {

constexpr int kYears = 10;
constexpr int kCandidateMonths = 36;  // admissions through the candidate's steps (the latest)
constexpr int kInFromToday = 45;      // transfers in a year among today's members
constexpr int kOutPerYear = 150;      // transfers out a year (plus up to 20)
constexpr int kTargetPerYear = 120;   // admission target of the bloc
constexpr int kInternalPerYear = 20;
constexpr int kTemporaryPerYear = 5;
constexpr int kExemptPerYear = 5;
constexpr int kProspectsToday = 24;  // candidates in progress today

Date D(const std::string& iso) { return Date::Parse(iso).value_or(Date(1990, 1, 1)); }

// The steps of an admission and their distance in days before the admission decision.
struct StepPlan {
  const char* step;
  int lo, hi;
};
constexpr StepPlan kLadder[] = {
    {"class", 200, 260},  {"dossier", 100, 130}, {"introducers", 80, 95}, {"vote", 40, 60},
    {"proposal", 15, 30}, {"decision", 0, 0},    {"ceremony", -20, -5},
};

}  // namespace

int Bloc::HomeNode(int unit, const Date& on) {
  const MemberUnit& m = U(unit);
  if (m.early >= 0 && (!m.cutoff || on < *m.cutoff)) return m.early;
  return m.node;
}

std::string Bloc::Outside() {
  static const std::vector<std::string> kPlaces = {
      "Đảng bộ Quân sự tỉnh",
      "Đảng bộ Công an tỉnh",
      "Đảng bộ Khối Doanh nghiệp tỉnh",
      "Đảng bộ thành phố Hồ Chí Minh",
      "Đảng bộ thành phố Hà Nội",
      "Đảng bộ tỉnh Lâm Đồng",
      "Đảng bộ tỉnh Đồng Nai",
      "Đảng bộ tỉnh Cần Thơ",
      "Đảng ủy Khối các cơ quan Trung ương",
      "Đảng bộ Tập đoàn Điện lực Việt Nam",
  };
  if (c_.rng.Chance(0.45)) {
    static const std::vector<std::string> kWards = {
        "An Lạc", "Tân Định", "Phú Hòa", "Bình Minh", "Hòa Thuận", "Long Phước", "Thạnh Mỹ"};
    return "Đảng bộ phường " + c_.rng.Pick(kWards);
  }
  return c_.rng.Pick(kPlaces);
}

void Bloc::PlanHistory() {
  upgrade_first_.resize(units_.size(), -1);
  seated_.assign(slots_.size(), false);
  for (const Committee& cm : committees_) {
    for (const Seat& seat : cm.seats) seated_[static_cast<size_t>(seat.slot)] = true;
  }
  for (MemberUnit& m : units_) m.stable = m.early == m.node && !m.cutoff;
  PlanArrivals();
  PlanMoves();
  PlanPast();
  PlanCandidates();
  PlanTargets();
  // A file entered before its recognition: recognised (and given its card) by the events.
  const Date start = T().AddYears(-kYears);
  for (size_t i = 0; i < slots_.size(); ++i) {
    Slot& s = slots_[i];
    if (s.arrival == Arrival::kCandidate) {
      s.card_no = s.in.card_no;
      s.card_on = D(s.in.card_issued_on);
      continue;
    }
    if (s.arrival == Arrival::kInitial && !s.in.card_issued_on.empty() &&
        D(s.in.card_issued_on) > start && !s.in.official_on.empty() &&
        D(s.in.official_on) <= start) {
      // A card issued after the history starts is issued by the events, on its day.
      ScheduleLaterCard(static_cast<int>(i));
      continue;
    }
    if (s.arrival == Arrival::kTransferIn) {
      // What happened after the arrival is recorded on its day, not with the arrival.
      if (!s.in.official_on.empty() && D(s.in.official_on) > s.arrive_on) {
        ScheduleRecognitionAfterArrival(static_cast<int>(i));
      } else if (!s.in.card_issued_on.empty() && D(s.in.card_issued_on) > s.arrive_on) {
        ScheduleLaterCard(static_cast<int>(i));
      }
      continue;
    }
    if (s.in.official_on.empty() || D(s.in.official_on) <= start) continue;
    s.card_no = s.in.card_no;
    s.card_on = D(s.in.card_issued_on);
    s.in.official_on.clear();
    s.in.card_no.clear();
    s.in.card_issued_on.clear();
    ScheduleRecognition(static_cast<int>(i), D(s.in.admitted_on));
  }
  for (size_t s = 0; s < slots_.size(); ++s) {
    ScheduleArrival(static_cast<int>(s));
    ScheduleLeaving(static_cast<int>(s));
  }
  // An upgrade's later branches: their members, in the first branch after the upgrade, go
  // to their own branch the same day (chuyển sinh hoạt nội bộ).
  for (size_t mu = 0; mu < units_.size(); ++mu) {
    if (!units_[mu].regroup) continue;
    const Date on = *units_[mu].cutoff;
    const int unit = static_cast<int>(mu);
    Schedule(on, [this, unit, on] {
      for (const Slot& s : slots_) {
        if (s.unit != unit || s.id == 0 || s.arrive_on >= on) continue;
        service::InternalTransferInput in;
        in.to_org_id = N(U(unit).node).id;
        in.decision = Dec(on);
        in.confirm_now = true;
        in.note = "Sắp xếp chi bộ sau khi nâng cấp tổ chức cơ sở đảng";
        auto t = service::CreateInternalTransfer(c_.env, c_.op, s.id, in);
        if (!t.ok()) return Status(Wrap("chuyển sinh hoạt " + s.in.full_name, t.error()));
      }
      return Status::Ok();
    });
  }
}

// Today's members: admitted in the history, come from outside, or there from the start.
void Bloc::PlanArrivals() {
  const Date start = T().AddYears(-kYears);
  std::vector<int> old;
  for (size_t i = 0; i < slots_.size(); ++i) {
    Slot& s = slots_[i];
    const Date a = D(s.in.admitted_on);
    const int now_node = U(s.unit).node;
    if (a >= start) {
      const int node = HomeNode(s.unit, a);
      if (N(node).est > a) {  // admitted elsewhere before the unit was founded
        s.arrival = Arrival::kTransferIn;
        s.arrive_on = c_.rng.DateBetween(N(node).est.AddDays(7),
                                         std::min(N(node).est.AddDays(300), T().AddDays(-20)));
      } else {
        s.arrival =
            a >= T().AddMonths(-kCandidateMonths) ? Arrival::kCandidate : Arrival::kRegistry;
        s.arrive_on = a;
      }
    } else if (N(HomeNode(s.unit, start)).est > start) {  // a unit founded since: came in
      const Date est = N(now_node).est;
      s.arrival = Arrival::kTransferIn;
      s.arrive_on =
          c_.rng.DateBetween(est.AddDays(7), std::min(est.AddMonths(10), T().AddDays(-20)));
    } else {
      s.arrive_on = a;
      old.push_back(static_cast<int>(i));
    }
  }
  const double p = static_cast<double>(kInFromToday * kYears) / std::max<size_t>(old.size(), 1);
  for (int i : old) {
    Slot& s = slots_[static_cast<size_t>(i)];
    if (seated_[static_cast<size_t>(i)] || s.in.official_on.empty() ||
        D(s.in.official_on) >= start || !c_.rng.Chance(p)) {
      continue;
    }
    s.arrival = Arrival::kTransferIn;
    s.arrive_on = c_.rng.DateBetween(start.AddDays(1), T().AddDays(-20));
  }
  // A probation across a change of the unit (upgrade, split): the recognition, dated at the
  // end of probation, would come before the move the change made. These members came in
  // from outside after the change instead.
  for (Slot& s : slots_) {
    const std::optional<Date>& cut = U(s.unit).cutoff;
    if (!cut || s.arrival == Arrival::kTransferIn || s.in.official_on.empty()) continue;
    const Date a = D(s.in.admitted_on), official = D(s.in.official_on);
    if (*cut <= a || *cut > official.AddDays(45)) continue;
    s.arrival = Arrival::kTransferIn;
    s.arrive_on = std::min(T().AddDays(-20),
                           std::max(*cut, official.AddDays(40)).AddDays(c_.rng.Uniform(0, 60)));
  }
  for (Slot& s : slots_) {
    if (s.arrival != Arrival::kTransferIn) continue;
    s.in.admitting_org = Outside();
    if (!s.in.card_issued_on.empty() && s.in.card_issued_on > s.arrive_on.Iso()) {
      s.in.card_issued_on = s.arrive_on.Iso();
      // Not official yet when coming in: no card yet either.
      if (s.in.official_on > s.in.card_issued_on) {
        s.in.card_no.clear();
        s.in.card_issued_on.clear();
      }
    }
  }
}

// Internal transfers, temporary stays and exemptions among today's long-standing members.
void Bloc::PlanMoves() {
  const Date start = T().AddYears(-kYears);
  std::vector<int> stable;
  for (size_t mu = 0; mu < units_.size(); ++mu) {
    if (units_[mu].stable) stable.push_back(static_cast<int>(mu));
  }
  std::vector<int> pool;
  for (size_t i = 0; i < slots_.size(); ++i) {
    const Slot& s = slots_[i];
    if (!seated_[i] && s.arrival == Arrival::kInitial && U(s.unit).stable &&
        !s.in.official_on.empty()) {
      pool.push_back(static_cast<int>(i));
    }
  }
  // Slots are addressed by index: the vector grows after this.
  auto take = [&]() -> int {
    for (int tries = 0; tries < 50 && !pool.empty(); ++tries) {
      const size_t k =
          static_cast<size_t>(c_.rng.Uniform(0, static_cast<int64_t>(pool.size()) - 1));
      const int i = pool[k];
      pool[k] = pool.back();
      pool.pop_back();
      if (!slots_[static_cast<size_t>(i)].busy) {
        slots_[static_cast<size_t>(i)].busy = true;
        return i;
      }
    }
    return -1;
  };
  auto at = [this](int i) -> Slot& { return slots_[static_cast<size_t>(i)]; };
  for (int n = 0; n < kInternalPerYear * kYears; ++n) {
    const int i = take();
    if (i < 0) break;
    Slot* s = &at(i);
    s->first_unit = c_.rng.Pick(stable);
    if (s->first_unit == s->unit) {
      s->first_unit = -1;
      continue;
    }
    s->move_on = c_.rng.DateBetween(start.AddDays(1), T().AddDays(-10));
    Schedule(s->move_on, [this, at, i] {
      const Slot* me = &at(i);
      service::InternalTransferInput in;
      in.to_org_id = N(U(me->unit).node).id;
      in.decision = Dec(me->move_on);
      in.confirm_now = true;
      auto t = service::CreateInternalTransfer(c_.env, c_.op, me->id, in);
      if (!t.ok()) return Status(Wrap("chuyển sinh hoạt nội bộ " + me->in.full_name, t.error()));
      return Status::Ok();
    });
  }
  for (int n = 0; n < kTemporaryPerYear * kYears; ++n) {
    const int i = take();
    if (i < 0) break;
    const Date from = c_.rng.DateBetween(start.AddDays(1), T().AddDays(-100));
    const Date until = from.AddMonths(static_cast<int>(c_.rng.Uniform(3, 11)));
    const std::string where = Outside();
    auto transfer = std::make_shared<int64_t>(0);
    Schedule(from, [this, at, i, from, until, where, transfer] {
      const Slot* s = &at(i);
      service::TemporaryTransferInput in;
      in.purpose = c_.rng.Chance(0.3) ? "study" : "work";
      in.decision = Dec(from);
      in.until_on = until.Iso();
      in.external_unit = where;
      auto t = service::CreateTemporaryTransfer(c_.env, c_.op, s->id, in);
      if (!t.ok()) return Status(Wrap("sinh hoạt tạm thời " + s->in.full_name, t.error()));
      *transfer = t->id;
      return Status::Ok();
    });
    if (until > T()) continue;  // still away today
    Schedule(until, [this, at, i, until, transfer] {
      const Slot* s = &at(i);
      auto t = service::ReturnFromTemporary(c_.env, c_.op, *transfer, until.Iso(), "");
      if (!t.ok()) return Status(Wrap("trở về " + s->in.full_name, t.error()));
      return Status::Ok();
    });
  }
  for (int n = 0, tries = 0; n < kExemptPerYear * kYears && tries < 2000; ++tries) {
    const int i = take();
    if (i < 0) break;
    if (D(at(i).in.birth_date) > T().AddYears(-48)) {  // the older ones
      at(i).busy = false;
      continue;
    }
    ++n;
    const Date on = c_.rng.DateBetween(start.AddDays(1), T().AddDays(-30));
    Schedule(on, [this, at, i, on] {
      const Slot* s = &at(i);
      service::ExemptInput in{{Dec(on), ""}, c_.rng.Chance(0.5) ? "Tuổi cao" : "Sức khỏe yếu"};
      auto r = service::ExemptMember(c_.env, c_.op, s->id, in);
      if (!r.ok()) return Status(Wrap("miễn sinh hoạt " + s->in.full_name, r.error()));
      return Status::Ok();
    });
    const Date end = on.AddMonths(static_cast<int>(c_.rng.Uniform(6, 18)));
    if (end > T() || !c_.rng.Chance(0.4)) continue;
    Schedule(end, [this, at, i, end] {
      const Slot* s = &at(i);
      auto r = service::EndExemption(c_.env, c_.op, s->id, {Dec(end), ""});
      if (!r.ok()) return Status(Wrap("thôi miễn sinh hoạt " + s->in.full_name, r.error()));
      return Status::Ok();
    });
  }
}

// Members of the past: there when the history starts (or admitted, or come in, since),
// gone by today, each year at the seeds' rates.
void Bloc::PlanPast() {
  const Date start = T().AddYears(-kYears);
  std::vector<int> stable;
  std::vector<double> weight;
  for (size_t mu = 0; mu < units_.size(); ++mu) {
    if (!units_[mu].stable) continue;
    stable.push_back(static_cast<int>(mu));
    weight.push_back(units_[mu].size);
  }
  std::vector<int> readmittable;
  for (int y = 0; y < kYears; ++y) {
    const Date from = start.AddYears(y).AddDays(1), to = std::min(T(), start.AddYears(y + 1));
    std::vector<Leaving> gone(static_cast<size_t>(kOutPerYear + c_.rng.Uniform(0, 20)),
                              Leaving::kTransferOut);
    gone.insert(gone.end(), static_cast<size_t>(c_.rng.Uniform(2, 6)), Leaving::kDied);
    gone.insert(gone.end(), static_cast<size_t>(c_.rng.Uniform(0, 2)), Leaving::kLeft);
    gone.insert(gone.end(), static_cast<size_t>(c_.rng.Uniform(1, 2)), Leaving::kRemoved);
    if (c_.rng.Chance(0.4)) gone.push_back(Leaving::kExpelled);
    for (Leaving how : gone) {
      const int mu = stable[c_.rng.Weighted(weight)];
      const MemberUnit& m = U(mu);
      const Unit& u = cat_.units[static_cast<size_t>(m.unit)];
      PersonSpec spec{u.profile, N(m.node).name, m.sub, u.host};
      spec.senior = how == Leaving::kDied;
      Slot s{mu, c_.people.Make(spec), 0};
      // Most of those who leave were members before the history: the admissions of the
      // history are mostly today's members (about 100 a year in all).
      for (int redraw = 0; redraw < 3 && D(s.in.admitted_on) >= start && c_.rng.Chance(0.7);
           ++redraw) {
        s.in = c_.people.Make(spec);
      }
      s.busy = true;
      s.leaving = how;
      s.leave_on = c_.rng.DateBetween(from, to);
      const Date a = D(s.in.admitted_on);
      if (a >= start) {
        s.arrival = Arrival::kRegistry;
        s.arrive_on = a;
        if (a.AddMonths(13) > s.leave_on) {
          s.leave_on =
              ByToday(a.AddMonths(13 + static_cast<int>(c_.rng.Uniform(0, 24))), a.AddMonths(13));
        }
        if (s.leave_on <= a) continue;
      } else if (c_.rng.Chance(0.15) && s.leave_on > start.AddDays(90) &&
                 !s.in.official_on.empty() && D(s.in.official_on) < start) {
        s.arrival = Arrival::kTransferIn;
        s.arrive_on = c_.rng.DateBetween(start.AddDays(1), s.leave_on.AddDays(-60));
        s.in.admitting_org = Outside();
        if (s.in.card_issued_on > s.arrive_on.Iso()) s.in.card_issued_on = s.arrive_on.Iso();
      } else {
        s.arrive_on = a;
      }
      // Not before the file's own recognition (its span starts there).
      if (!s.in.official_on.empty() && s.leave_on <= D(s.in.official_on).AddDays(60)) {
        s.leave_on = ByToday(D(s.in.official_on).AddDays(c_.rng.Uniform(60, 400)),
                             D(s.in.official_on).AddDays(60));
      }
      if ((how == Leaving::kLeft || how == Leaving::kRemoved) && s.leave_on < T().AddMonths(-42) &&
          D(s.in.birth_date) > T().AddYears(-55)) {
        readmittable.push_back(static_cast<int>(slots_.size()));
      }
      slots_.push_back(std::move(s));
    }
  }
  // One or two come back after three years (kết nạp lại).
  for (size_t k = 0; k < readmittable.size() && k < 2; ++k) {
    Slot& s = slots_[static_cast<size_t>(readmittable[k])];
    const Date on = s.leave_on.AddMonths(37).AddDays(c_.rng.Uniform(10, 120));
    if (on < T().AddDays(-30)) s.readmit_on = on;
  }
}

void Bloc::ScheduleArrival(int slot) {
  Slot& s = slots_[static_cast<size_t>(slot)];
  if (s.arrival == Arrival::kInitial || s.arrival == Arrival::kCandidate) return;
  Schedule(s.arrive_on, [this, slot] {
    Slot& s = slots_[static_cast<size_t>(slot)];
    const int unit = s.first_unit >= 0 ? s.first_unit : s.unit;
    const int node = HomeNode(unit, s.arrive_on);
    s.in.org_id = N(node).id;
    if (s.arrival == Arrival::kRegistry) {
      s.in.admitting_org = N(node).name;
      auto made = service::CreateMember(c_.env, c_.op, AsKnown(s.in));
      if (!made.ok()) return Status(Wrap(s.in.full_name, made.error()));
      s.id = made->id;
    } else {
      service::TransferInInput in;
      in.member = AsKnown(s.in);
      in.decision = Dec(s.arrive_on);
      in.external_unit = s.in.admitting_org;
      auto t = service::TransferIn(c_.env, c_.op, in);
      if (!t.ok()) return Status(Wrap("chuyển đến " + s.in.full_name, t.error()));
      s.id = t->member_id;
    }
    const MemberUnit& m = U(unit);
    if (m.part >= 0 && node == m.early) {
      split_parts_[static_cast<size_t>(m.part)].push_back(s.id);
    }
    ++c_.members;
    Progress();
    return Status::Ok();
  });
}

void Bloc::ScheduleLeaving(int slot) {
  Slot& s = slots_[static_cast<size_t>(slot)];
  if (s.leaving == Leaving::kNone) return;
  Schedule(s.leave_on, [this, slot] {
    Slot& s = slots_[static_cast<size_t>(slot)];
    const service::Decision d = Dec(s.leave_on);
    Result<service::LifecycleResult> r = Error::Invalid("Không rõ cách ra khỏi Đảng bộ.");
    switch (s.leaving) {
      case Leaving::kTransferOut: {
        service::TransferOutInput in;
        in.decision = d;
        in.external_unit = Outside();
        auto t = service::TransferOut(c_.env, c_.op, s.id, in);
        if (!t.ok()) return Status(Wrap("chuyển đi " + s.in.full_name, t.error()));
        return Status::Ok();
      }
      case Leaving::kDied:
        r = service::MemberDied(c_.env, c_.op, s.id, {d, ""});
        break;
      case Leaving::kLeft:
        r = service::MemberLeaves(c_.env, c_.op, s.id,
                                  {d, "Xin ra khỏi Đảng vì hoàn cảnh gia đình"});
        break;
      case Leaving::kRemoved:
        r = service::RemoveMember(c_.env, c_.op, s.id, {{d, ""}, "skipped_meetings_or_dues", ""});
        break;
      case Leaving::kExpelled:
        r = service::ExpelMember(c_.env, c_.op, s.id, {d, ""});
        break;
      case Leaving::kNone:
        return Status::Ok();
    }
    if (!r.ok()) return Status(Wrap(s.in.full_name, r.error()));
    return Status::Ok();
  });
  if (!s.readmit_on) return;
  Schedule(*s.readmit_on, [this, slot] {
    Slot& s = slots_[static_cast<size_t>(slot)];
    service::ReadmitInput in;
    in.event = {Dec(*s.readmit_on), ""};
    in.vote_on = s.readmit_on->AddDays(-c_.rng.Uniform(10, 25)).Iso();
    in.org_id = N(U(s.unit).node).id;
    auto r = service::ReadmitMember(c_.env, c_.op, s.id, in);
    if (!r.ok()) return Status(Wrap("kết nạp lại " + s.in.full_name, r.error()));
    return Status::Ok();
  });
}

// Admissions of the latest years through the candidate's steps, and the candidates still in
// progress today at every step.
void Bloc::PlanCandidates() {
  const size_t today_slots = slots_.size();
  // Two introducers: official members of the same unit for a year by the vote.
  auto introducers = [&](int unit, const Date& vote, int exclude) {
    std::vector<int> found;
    for (size_t i = 0; i < today_slots && found.size() < 2; ++i) {
      const Slot& t = slots_[i];
      if (t.unit != unit || static_cast<int>(i) == exclude || t.busy ||
          t.leaving != Leaving::kNone || t.arrival == Arrival::kCandidate ||
          t.in.official_on.empty()) {
        continue;
      }
      if (t.arrive_on > vote.AddMonths(-13) || D(t.in.official_on) > vote.AddDays(-30)) continue;
      found.push_back(static_cast<int>(i));
    }
    return found;
  };
  auto ladder = [&](const Date& decision) {
    std::vector<std::pair<std::string, Date>> steps;
    for (const StepPlan& p : kLadder) {
      steps.push_back({p.step, decision.AddDays(-c_.rng.Uniform(p.lo, p.hi))});
    }
    steps.back().second = std::min(steps.back().second, T());
    return steps;
  };
  for (size_t i = 0; i < today_slots; ++i) {
    Slot& s = slots_[i];
    if (s.arrival != Arrival::kCandidate) continue;
    Prospect p{s.in, static_cast<int>(i), s.unit};
    p.steps = ladder(s.arrive_on);
    const Date first = p.steps.front().second.AddDays(-120);
    const std::vector<int> intro = introducers(s.unit, p.steps[3].second, static_cast<int>(i));
    if (intro.size() < 2 || HomeNode(s.unit, first) != HomeNode(s.unit, p.steps.back().second) ||
        N(HomeNode(s.unit, first)).est > first) {
      s.arrival = Arrival::kRegistry;  // entered from the decision's file instead
      continue;
    }
    p.intro1 = intro[0];
    p.intro2 = intro[1];
    ScheduleProspect(std::move(p));
  }
  // In progress today: decided (ceremony to come), proposed, voted, preparing.
  std::vector<int> stable;
  for (size_t mu = 0; mu < units_.size(); ++mu) {
    if (units_[mu].stable) stable.push_back(static_cast<int>(mu));
  }
  static const int kAhead[][2] = {{-11, -1}, {1, 21}, {23, 38}, {52, 200}};
  for (int n = 0; n < kProspectsToday; ++n) {
    const int mu = c_.rng.Pick(stable);
    const int stage = n % 4;
    const Date decision = T().AddDays(c_.rng.Uniform(kAhead[stage][0], kAhead[stage][1]));
    std::vector<std::pair<std::string, Date>> steps = ladder(decision);
    const std::vector<int> intro = introducers(mu, steps[3].second, -1);
    if (intro.size() < 2) continue;
    const MemberUnit& m = U(mu);
    const Unit& u = cat_.units[static_cast<size_t>(m.unit)];
    PersonSpec spec{u.profile, N(m.node).name, m.sub, u.host};
    spec.probationary = true;
    Prospect p{c_.people.Make(spec), -1, mu, intro[0], intro[1]};
    for (const auto& st : steps) {
      if (st.second <= T() && st.first != std::string("ceremony")) p.steps.push_back(st);
    }
    if (p.steps.empty()) continue;
    if (stage == 3 && p.steps.size() > 1) {  // some are still preparing the dossier
      p.steps.resize(std::min(p.steps.size(), static_cast<size_t>(c_.rng.Uniform(1, 3))));
    }
    ScheduleProspect(std::move(p));
  }
}

void Bloc::ScheduleProspect(Prospect p) {
  const int k = static_cast<int>(prospects_.size());
  const Date identified = p.steps.front().second.AddDays(-c_.rng.Uniform(60, 110));
  prospects_.push_back(std::move(p));
  Schedule(identified, [this, k, identified] {
    Prospect& p = prospects_[static_cast<size_t>(k)];
    const service::MemberInput& m = p.person;
    service::CandidateInput in;
    in.org_id = N(HomeNode(p.unit, identified)).id;
    in.full_name = m.full_name;
    in.sex = m.sex;
    in.birth_date = m.birth_date;
    in.national_id = m.national_id;
    in.ethnicity = m.ethnicity;
    in.religion = m.religion;
    in.general_education = m.general_education;
    in.occupation = m.occupation;
    in.job_title = m.job_title;
    in.home_town = m.home_town;
    in.residence = m.residence;
    in.identified_on = identified.Iso();
    auto c = service::CreateCandidate(c_.env, c_.op, in);
    if (!c.ok()) return Status(Wrap("quần chúng " + m.full_name, c.error()));
    p.id = c->id;
    return Status::Ok();
  });
  const Prospect& q = prospects_.back();
  for (size_t i = 0; i < q.steps.size(); ++i) {
    const Date on = q.steps[i].second;
    Schedule(on, [this, k, i, on] {
      Prospect& p = prospects_[static_cast<size_t>(k)];
      service::StepInput in;
      in.step = p.steps[i].first;
      in.on = on.Iso();
      if (in.step == "class") {
        in.certificate_no = std::to_string(c_.rng.Uniform(100, 990)) + "-GCN/TTCT";
      } else if (in.step == "introducers") {
        const Slot& a = slots_[static_cast<size_t>(p.intro1)];
        const Slot& b = slots_[static_cast<size_t>(p.intro2)];
        in.introducer1_id = a.id;
        in.introducer2_id = b.id;
        in.introducer1_since = a.arrive_on.Iso();
        in.introducer2_since = b.arrive_on.Iso();
      } else if (in.step == "vote") {
        const int64_t org = N(HomeNode(p.unit, on)).id;
        store::Transaction tx = c_.env.db.BeginRead();
        const int64_t officials =
            tx.QueryRow(
                  "SELECT COUNT(*) FROM member_span WHERE org_id = ? AND status = 'official' "
                  "AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)",
                  {org, on.Iso(), on.Iso()})
                .Int(0);
        tx.Rollback();
        const int64_t need = (2 * officials + 2) / 3;
        const int64_t total = officials - c_.rng.Uniform(0, officials / 6);
        in.votes_total = static_cast<int>(total);
        in.votes_for = static_cast<int>(std::max(need, total - c_.rng.Uniform(0, 1)));
      } else if (in.step == "decision") {
        in.decision_no = Dec(on).decision_no;
      }
      auto r = service::RecordStep(c_.env, c_.op, p.id, in);
      if (!r.ok()) return Status(Wrap(in.step + " " + p.person.full_name, r.error()));
      if (r->member_id && p.slot >= 0) {
        Slot& s = slots_[static_cast<size_t>(p.slot)];
        s.id = *r->member_id;
        const MemberUnit& m = U(p.unit);
        if (m.part >= 0 && HomeNode(p.unit, on) == m.early) {
          split_parts_[static_cast<size_t>(m.part)].push_back(s.id);
        }
        // The office completes the new member's file (record number, schooling, family...).
        auto file = service::GetMember(c_.env, c_.op, s.id);
        if (!file.ok()) return Status(Wrap(s.in.full_name, file.error()));
        service::MemberInput full = s.in;
        full.org_id = file->data.org_id;
        full.admitted_on = file->data.admitted_on;
        full.admitting_org = file->data.admitting_org;
        full.introducers = file->data.introducers;
        full.official_on.clear();
        full.card_no.clear();
        full.card_issued_on.clear();
        auto up = service::UpdateMember(c_.env, c_.op, s.id, AsKnown(full), file->version);
        if (!up.ok()) return Status(Wrap("hồ sơ " + s.in.full_name, up.error()));
        ++c_.members;
        Progress();
      }
      return Status::Ok();
    });
  }
  if (q.slot >= 0 && q.steps.back().first == std::string("ceremony")) {
    ScheduleRecognition(q.slot, q.steps.back().second);
  }
}

// Recognition after 12 months of probation (from `probation`), then the card.
void Bloc::ScheduleRecognition(int slot, const Date& probation) {
  const Date resolution = probation.AddMonths(12).AddDays(c_.rng.Uniform(5, 25));
  if (resolution.AddDays(10) > T()) return;
  const Date decided = resolution.AddDays(c_.rng.Uniform(3, 10));
  ScheduleRecognize(slot, resolution, decided);
  const Slot& s = slots_[static_cast<size_t>(slot)];
  if (s.card_no.empty()) return;
  const Date card = std::max(s.card_on, decided.AddDays(c_.rng.Uniform(30, 90)));
  if (card > T() || (s.leaving != Leaving::kNone && card >= s.leave_on)) return;
  ScheduleCard(slot, card, s.card_no);
}

void Bloc::ScheduleRecognize(int slot, const Date& resolution, const Date& decided) {
  Schedule(decided, [this, slot, resolution, decided] {
    const Slot& s = slots_[static_cast<size_t>(slot)];
    service::RecognitionInput in;
    in.resolution_on = resolution.Iso();
    in.decision = Dec(decided);
    in.decision.decision_date = decided.Iso();
    auto r = service::Recognize(c_.env, c_.op, s.id, in);
    if (!r.ok()) return Status(Wrap("công nhận " + s.in.full_name, r.error()));
    return Status::Ok();
  });
}

void Bloc::ScheduleCard(int slot, const Date& card, const std::string& card_no) {
  Schedule(card, [this, slot, card, card_no] {
    const Slot& s = slots_[static_cast<size_t>(slot)];
    service::CardInput in{service::EventInput{Dec(card), ""}, card_no};
    auto r = service::IssueCard(c_.env, c_.op, s.id, in);
    if (!r.ok()) return Status(Wrap("cấp thẻ " + s.in.full_name, r.error()));
    return Status::Ok();
  });
}

void Bloc::ScheduleRecognitionAfterArrival(int slot) {
  Slot& s = slots_[static_cast<size_t>(slot)];
  const Date official = D(s.in.official_on);
  const Date card_on = D(s.in.card_issued_on);
  const std::string card_no = s.in.card_no;
  s.in.official_on.clear();
  s.in.card_no.clear();
  s.in.card_issued_on.clear();
  const Date resolution = std::max(official, s.arrive_on.AddDays(1));
  const Date decided = resolution.AddDays(3);
  const bool leaves = s.leaving != Leaving::kNone;
  if (decided > T() || (leaves && decided >= s.leave_on)) return;  // still on probation
  ScheduleRecognize(slot, resolution, decided);
  const Date card = std::max(card_on, decided.AddDays(1));
  if (card_no.empty() || card > T() || (leaves && card >= s.leave_on)) return;
  ScheduleCard(slot, card, card_no);
}

void Bloc::ScheduleLaterCard(int slot) {
  Slot& s = slots_[static_cast<size_t>(slot)];
  const Date card = D(s.in.card_issued_on);
  const std::string card_no = s.in.card_no;
  s.in.card_no.clear();
  s.in.card_issued_on.clear();
  if (card > T() || (s.leaving != Leaving::kNone && card >= s.leave_on)) return;
  ScheduleCard(slot, card, card_no);
}

// Yearly admission targets of every grassroots organization, about 120 for the bloc,
// shared by size.
void Bloc::PlanTargets() {
  std::vector<int> size(cat_.units.size(), 0);
  int total = 0;
  for (const MemberUnit& m : units_) {
    size[static_cast<size_t>(m.unit)] += m.size;
    total += m.size;
  }
  for (int y = T().year() - kYears + 1; y <= T().year(); ++y) {
    for (size_t i = 0; i < cat_.units.size(); ++i) {
      if (size[i] == 0) continue;
      const double share = static_cast<double>(kTargetPerYear) * size[i] / total;
      const int target = static_cast<int>(std::lround(share * (0.8 + 0.4 * c_.rng.Real())));
      if (target == 0) continue;
      const int node = grassroots_[i];
      const Date on = std::max(Date(y, 1, 15), N(node).est);
      if (on.year() != y) continue;
      Schedule(on, [this, node, y, target] {
        Status s = service::SetAdmissionTarget(c_.env, c_.op, N(node).id, y, target);
        if (!s) return Status(Wrap("chỉ tiêu kết nạp " + N(node).name, s.error()));
        return Status::Ok();
      });
    }
  }
}

}  // namespace dangbo::demo::internal
