// The demo's meetings: ten years of monthly and thematic branch meetings (a few missed), the
// committees' own meetings, attendance at realistic rates (80%–100% per branch, a few
// unexcused absences), higher-level committee members assigned to branches and attending,
// and next month's plans — written through the meetings services in a few bulk calls.
#include <algorithm>
#include <array>

#include "demo/demo.h"
#include "service/meetings/meeting_oversight.h"
#include "service/meetings/meetings.h"
#include "service/orgs/org_details.h"
#include "service/orgs/orgs.h"

namespace dangbo::demo::internal {

namespace {

constexpr std::array<const char*, 10> kThematic = {
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh",
    "Nâng cao chất lượng sinh hoạt chi bộ",
    "Phòng, chống tham nhũng, lãng phí, tiêu cực trong cơ quan",
    "Chuyển đổi số và cải cách hành chính",
    "Công tác phát triển đảng viên trong quần chúng ưu tú",
    "Thực hành tiết kiệm, chống lãng phí",
    "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác quan điểm sai trái",
    "Văn hóa công vụ và đạo đức cán bộ, đảng viên",
    "Quán triệt nghị quyết của cấp trên và chương trình hành động của đơn vị",
};
constexpr std::array<const char*, 4> kQuality = {"good", "fair", "average", "weak"};

std::string MonthText(const Date& d) {
  return std::to_string(d.month()) + "/" + std::to_string(d.year());
}

// One generated meeting with what its attendance needs.
struct Planned {
  service::BulkMeeting bulk;
  double rate = 1.0;  // the share expected to attend; < 0: no attendance taken
};

class MeetingsPlan {
 public:
  MeetingsPlan(Context& c, int64_t root_id) : c_(c), root_(root_id) {}

  Status Run() {
    auto orgs = service::ListOrgs(c_.env, c_.op, /*include_ended=*/true);
    if (!orgs.ok()) return orgs.error();
    const Date start(c_.today.year() - 10, c_.today.month(), 1);
    for (const service::Org& o : *orgs) {
      if (Status s = Assign(o); !s) return s;
    }
    for (const service::Org& o : *orgs) Unit(o, start);
    if (Status s = Attendance(); !s) return s;
    std::vector<service::BulkMeeting> batch;
    for (size_t i = 0; i < planned_.size(); ++i) {
      batch.push_back(std::move(planned_[i].bulk));
      if (batch.size() == 4000 || i + 1 == planned_.size()) {
        auto r = service::ImportMeetings(c_.env, c_.op, root_, batch);
        if (!r.ok()) return r.error();
        batch.clear();
      }
    }
    if (c_.progress) c_.progress(c_.label + std::to_string(planned_.size()) + " buổi sinh hoạt");
    return Status::Ok();
  }

 private:
  // A branch under a committee gets one of that committee's members, from their seat's start.
  Status Assign(const service::Org& o) {
    if (o.kind != service::OrgKind::kBranch || !o.ended_on.empty() || !o.parent_id) {
      return Status::Ok();
    }
    auto seats = service::ListCommittee(c_.env, c_.op, *o.parent_id);
    if (!seats.ok()) return seats.error();
    std::vector<const service::CommitteeSeat*> open;
    for (const auto& s : *seats) {
      if (s.member_id && s.to_date.empty() && s.position != "secretary") open.push_back(&s);
    }
    if (open.empty()) return Status::Ok();
    const service::CommitteeSeat& seat = *c_.rng.Pick(open);
    const std::string from = std::max(seat.from_date, o.established_on);
    auto a = service::CreateAssignment(c_.env, c_.op, {o.id, *seat.member_id, from, ""});
    if (!a.ok()) return Status::Ok();  // a seat that cannot be assigned is left out
    assigned_[o.id] = {*seat.member_id, from};
    return Status::Ok();
  }

  void Add(const service::Org& o, const char* kind, const Date& on, std::string topic,
           double rate) {
    const std::string iso = on.Iso();
    if (iso < o.established_on || (!o.ended_on.empty() && iso >= o.ended_on)) return;
    Planned p;
    service::MeetingInput& in = p.bulk.meeting;
    in.org_id = o.id;
    in.kind = kind;
    in.topic = std::move(topic);
    if (on > c_.today) {
      in.planned_on = iso;
      p.rate = -1;
    } else {
      in.held_on = iso;
      in.planned_on = iso;
      in.quality = kQuality[c_.rng.Weighted({60, 30, 9, 1})];
      if (c_.rng.Chance(0.2)) {
        in.resolution = "Triển khai nhiệm vụ tháng " + MonthText(on.AddMonths(1)) + ".";
      }
      p.rate = rate;
      const auto a = assigned_.find(o.id);
      if (a != assigned_.end() && iso >= a->second.second && c_.rng.Chance(0.45)) {
        in.higher_member_id = a->second.first;
      }
    }
    if (std::string(kind) == "committee" || std::string(kind) == "grassroots_committee") {
      p.rate = -1;
      in.higher_member_id.reset();
    }
    planned_.push_back(std::move(p));
  }

  void Unit(const service::Org& o, const Date& start) {
    const bool branch =
        o.kind == service::OrgKind::kBranch || o.kind == service::OrgKind::kGrassrootsBranch;
    const bool committee = o.kind == service::OrgKind::kGrassrootsCommittee;
    if (!branch && !committee) return;
    const double base = 0.84 + 0.13 * c_.rng.Real();  // this branch's usual attendance
    const Date next = c_.today.AddMonths(1);
    for (Date m = start; m <= Date(next.year(), next.month(), 1); m = m.AddMonths(1)) {
      const bool current = m.year() == c_.today.year() && m.month() == c_.today.month();
      if (committee) {
        Add(o, "committee", Date(m.year(), m.month(), static_cast<int>(c_.rng.Uniform(1, 6))),
            "Họp Đảng ủy tháng " + MonthText(m), -1);
        if (m.month() % 6 == 0) {
          Add(o, "grassroots_committee", Date(m.year(), m.month(), 20),
              "Sinh hoạt toàn đảng bộ " +
                  std::string(m.month() == 6 ? "sơ kết 6 tháng " : "tổng kết năm ") +
                  std::to_string(m.year()),
              -1);
        }
        continue;
      }
      // A few months are missed (never the plans); this month's meeting may be still ahead.
      const Date day(m.year(), m.month(), static_cast<int>(c_.rng.Uniform(3, 14)));
      if (m > c_.today || current || c_.rng.Chance(0.985)) {
        const double rate = std::clamp(base + 0.1 * (c_.rng.Real() - 0.55), 0.78, 1.0);
        Add(o, "regular", day, "Sinh hoạt chi bộ thường kỳ tháng " + MonthText(m), rate);
      }
      if (m.month() % 3 == 2 && (m > c_.today || c_.rng.Chance(0.93))) {
        const Date d(m.year(), m.month(), static_cast<int>(c_.rng.Uniform(16, 26)));
        const double rate = std::clamp(base + 0.08 * (c_.rng.Real() - 0.5), 0.8, 1.0);
        Add(o, "thematic", d,
            c_.rng.Pick(std::vector<const char*>(kThematic.begin(), kThematic.end())), rate);
      }
    }
  }

  // Marks every expected attendee of each held branch meeting by the meeting's rate.
  Status Attendance() {
    std::vector<service::RosterRequest> requests;
    std::vector<size_t> which;
    for (size_t i = 0; i < planned_.size(); ++i) {
      if (planned_[i].rate < 0) continue;
      requests.push_back({planned_[i].bulk.meeting.org_id, planned_[i].bulk.meeting.held_on});
      which.push_back(i);
    }
    auto rosters = service::BulkRosters(c_.env, c_.op, root_, requests);
    if (!rosters.ok()) return rosters.error();
    for (size_t k = 0; k < which.size(); ++k) {
      Planned& p = planned_[which[k]];
      const std::vector<int64_t>& roster = (*rosters)[k];
      // Absent: the meeting's share, rounded at random, so a small branch keeps its rate too.
      const double expected = (1.0 - p.rate) * static_cast<double>(roster.size());
      size_t absent = static_cast<size_t>(expected + c_.rng.Real());
      std::vector<bool> away(roster.size(), false);
      while (absent > 0 && absent <= roster.size()) {
        const size_t i =
            static_cast<size_t>(c_.rng.Uniform(0, static_cast<int64_t>(roster.size()) - 1));
        if (away[i]) continue;
        away[i] = true;
        --absent;
      }
      for (size_t i = 0; i < roster.size(); ++i) {
        std::string status;
        if (!away[i]) {
          status = c_.rng.Chance(0.05) ? "late" : "present";
        } else {
          status = c_.rng.Chance(0.9) ? "excused" : "unexcused";
        }
        p.bulk.marks.push_back({roster[i], std::move(status)});
      }
    }
    return Status::Ok();
  }

  Context& c_;
  int64_t root_;
  std::map<int64_t, std::pair<int64_t, std::string>> assigned_;  // branch → (member, from)
  std::vector<Planned> planned_;
};

}  // namespace

Status BuildMeetings(Context& ctx, int64_t root_id) {
  MeetingsPlan plan(ctx, root_id);
  return plan.Run();
}

}  // namespace dangbo::demo::internal
