// Meetings on a real database (both engines): record and attendance with the rate, bad input
// that writes nothing, scope, the figures per unit with min–max, the worklist items and the
// catalogue's indicators counting the same as the figures.
#include "service/meetings/meetings.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "service/admission/flows.h"
#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/meetings/meeting_oversight.h"
#include "service/meetings/meetings_internal.h"
#include "service/report/catalogue.h"
#include "service/report/indicators.h"

namespace dangbo::service::testing {
namespace {

class MeetingsTest : public LifecycleTest {
 protected:
  void Populate() override {
    LifecycleTest::Populate();
    m1_ = AddMember(a1_, "Trần Văn Một");
    m2_ = AddMember(a1_, "Lê Thị Hai");
    m3_ = AddMember(a2_, "Phạm Văn Ba");
  }

  Result<Meeting> Held(const Org& org, const char* on, const Actor& actor) {
    MeetingInput in;
    in.org_id = org.id;
    in.kind = "regular";
    in.held_on = on;
    in.topic = "Sinh hoạt thường kỳ";
    return CreateMeeting(*env_, actor, in);
  }

  int64_t Audits(const char* action) {
    return Count("SELECT COUNT(*) FROM audit_log WHERE action = ? AND outcome = 'ok'", {action});
  }

  int64_t m1_ = 0, m2_ = 0, m3_ = 0;
};

TEST_F(MeetingsTest, RecordAndAttendanceWithTheRate) {
  auto m = Held(a1_, "2026-03-05", secretary_a1_);
  ASSERT_TRUE(m.ok()) << m.error().detail;
  auto roster = MeetingRoster(*env_, secretary_a1_, m->id);
  ASSERT_TRUE(roster.ok());
  ASSERT_EQ(roster->size(), 2u);
  auto r = SetAttendance(*env_, secretary_a1_, m->id, {{m1_, "present"}, {m2_, "unexcused"}});
  ASSERT_TRUE(r.ok()) << r.error().detail;
  EXPECT_EQ(r->marked, 2);
  ASSERT_TRUE(r->attendance_percent.has_value());
  EXPECT_DOUBLE_EQ(*r->attendance_percent, 50.0);
  EXPECT_EQ(Audits("meeting.attendance"), 1);
  EXPECT_EQ(Audits("meeting.create"), 1);
}

TEST_F(MeetingsTest, BadInputWritesNothing) {
  MeetingInput in;
  in.org_id = a1_.id;
  in.kind = "regular";
  in.held_on = "2027-01-01";  // after today (the clock says 2026-11-21)
  in.topic = "Họp";
  auto r = CreateMeeting(*env_, op_, in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  in.held_on = "2026-01-01";
  in.kind = "grassroots_committee";  // a branch does not hold these
  EXPECT_FALSE(CreateMeeting(*env_, op_, in).ok());
  in.kind = "regular";
  in.topic = "";
  EXPECT_FALSE(CreateMeeting(*env_, op_, in).ok());
  auto m = Held(a1_, "2026-03-05", op_);
  ASSERT_TRUE(m.ok());
  // A member of another branch is not on the roster.
  EXPECT_FALSE(SetAttendance(*env_, op_, m->id, {{m3_, "present"}}).ok());
  EXPECT_FALSE(SetAttendance(*env_, op_, m->id, {{m1_, "asleep"}}).ok());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM meeting"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM meeting_attendance"), 0);
}

TEST_F(MeetingsTest, OutsideTheScopeIsNotFound) {
  auto theirs = Held(b1_, "2026-03-06", op_);
  ASSERT_TRUE(theirs.ok());
  auto read = GetMeeting(*env_, secretary_a1_, theirs->id);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().kind, ErrorKind::kNotFound);
  auto missing = GetMeeting(*env_, secretary_a1_, 987654);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(read.error().detail.size(), missing.error().detail.size() -
                                            std::to_string(987654).size() +
                                            std::to_string(theirs->id).size());
  auto write = Held(b1_, "2026-03-07", secretary_a1_);
  ASSERT_FALSE(write.ok());
  EXPECT_EQ(write.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused'"), 1);
}

TEST_F(MeetingsTest, FiguresPerUnitMatchTheIndicators) {
  for (const char* on : {"2026-01-10", "2026-02-10", "2026-03-10"}) {
    auto m = Held(a1_, on, op_);
    ASSERT_TRUE(m.ok());
    ASSERT_TRUE(SetAttendance(*env_, op_, m->id, {{m1_, "present"}, {m2_, "late"}}).ok());
  }
  auto m = Held(a2_, "2026-01-12", op_);
  ASSERT_TRUE(m.ok());
  ASSERT_TRUE(SetAttendance(*env_, op_, m->id, {{m3_, "excused"}}).ok());
  auto s = MeetingStatsIn(*env_, op_, a_.id, Date(2026, 1, 1), Date(2026, 3, 31));
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->units.size(), 2u);
  EXPECT_EQ(s->total.regular, 4);
  EXPECT_EQ(s->total.regular_due, 6);
  EXPECT_EQ(s->total.thematic_due, 2);
  EXPECT_EQ(s->units_meeting_all, 1);
  EXPECT_DOUBLE_EQ(*s->min_percent, 0.0);
  EXPECT_DOUBLE_EQ(*s->max_percent, 100.0);
  EXPECT_EQ(s->min_unit, "Chi bộ A2");

  IndicatorQuery q;
  q.org_id = a_.id;
  auto codes = ResolveIndicators(
      "meetings.regular,meetings.regular_due,meetings.attendance_percent,"
      "meetings.attendance_min,meetings.units_meeting_all");
  ASSERT_TRUE(codes.ok());
  q.indicators = *codes;
  q.at = Date(2026, 3, 31);
  q.period = *report::ParsePeriod("2026-Q1");
  auto answer = Indicators(*env_, op_, q);
  ASSERT_TRUE(answer.ok()) << answer.error().detail;
  const auto& v = answer->values;
  ASSERT_EQ(v.size(), 5u);
  EXPECT_EQ(v[0].count, 4);
  EXPECT_EQ(v[1].count, 6);
  EXPECT_DOUBLE_EQ(*v[2].percent, 100.0 * 6 / 7);
  EXPECT_DOUBLE_EQ(*v[3].percent, 0.0);
  EXPECT_EQ(v[4].count, 1);
}

TEST_F(MeetingsTest, WorklistAsksForTheMonthsMeetingAndWarnsOfAbsences) {
  for (const char* on : {"2026-09-10", "2026-10-10"}) {
    auto m = Held(a1_, on, op_);
    ASSERT_TRUE(m.ok());
    ASSERT_TRUE(SetAttendance(*env_, op_, m->id, {{m2_, "unexcused"}}).ok());
  }
  auto items = Worklist(*env_, op_, a_.id, Date(2026, 11, 21));
  ASSERT_TRUE(items.ok());
  auto has = [&](const std::string& kind, const std::string& org) {
    return std::any_of(items->items.begin(), items->items.end(),
                       [&](const WorkItem& w) { return w.kind == kind && w.org_name == org; });
  };
  EXPECT_TRUE(has("meeting_missing", "Chi bộ A1"));  // none in November yet
  EXPECT_TRUE(has("meeting_missing", "Chi bộ A2"));
  EXPECT_TRUE(has("thematic_missing", "Chi bộ A1"));
  EXPECT_TRUE(has("absence_warning", "Chi bộ A1"));
  // October was met by A1: no overdue item for it.
  EXPECT_FALSE(std::any_of(items->items.begin(), items->items.end(), [](const WorkItem& w) {
    return w.kind == "meeting_missing" && w.org_name == "Chi bộ A1" && w.overdue;
  }));
  // Early in December nothing of December is asked yet (nor the thematic of Q4's first
  // month); November, missed by both, is overdue.
  auto early = Worklist(*env_, op_, a_.id, Date(2026, 12, 5));
  ASSERT_TRUE(early.ok());
  for (const WorkItem& w : early->items) {
    if (w.kind != "meeting_missing") continue;
    EXPECT_TRUE(w.overdue) << w.title;
    EXPECT_NE(w.title.find("11/2026"), std::string::npos) << w.title;
  }
  auto october = Worklist(*env_, op_, a_.id, Date(2026, 10, 3));
  ASSERT_TRUE(october.ok());
  EXPECT_FALSE(std::any_of(october->items.begin(), october->items.end(),
                           [](const WorkItem& w) { return w.kind == "thematic_missing"; }));
}

// The absence warnings read from the subtree's members or from the year's absences give the
// same list at every level of the tree, whichever way the size would choose.
TEST_F(MeetingsTest, AbsenceWarningsFromMembersOrFromAbsencesAgree) {
  for (const char* on : {"2026-03-10", "2026-04-10", "2026-05-10"}) {
    auto a = Held(a1_, on, op_);
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(SetAttendance(*env_, op_, a->id, {{m1_, "unexcused"}, {m2_, "unexcused"}}).ok());
    auto b = Held(a2_, on, op_);
    ASSERT_TRUE(b.ok());
    ASSERT_TRUE(SetAttendance(*env_, op_, b->id, {{m3_, "unexcused"}}).ok());
  }
  auto last_year = Held(a1_, "2025-12-10", op_);  // another year: not counted
  ASSERT_TRUE(last_year.ok());
  ASSERT_TRUE(SetAttendance(*env_, op_, last_year->id, {{m1_, "unexcused"}}).ok());
  auto list = [&](const Org& org, int64_t line, meetings_internal::AbsenceRead how) {
    store::Transaction tx = db_->BeginRead();
    std::string out;
    for (const AbsenceWarning& w :
         meetings_internal::AbsencesIn(tx, SubtreeRange(org.path), 2026, line, 3, how)) {
      out += std::to_string(w.member_id) + ":" + std::to_string(w.unexcused) + ":" + w.last_on +
             (w.removal_line ? "!" : "") + " ";
    }
    return out;
  };
  using R = meetings_internal::AbsenceRead;
  for (const Org* org : {&root_, &a_, &a1_, &a2_, &b_}) {
    for (int64_t line : {1, 3, 4}) {
      const std::string members = list(*org, line, R::kFromMembers);
      EXPECT_EQ(list(*org, line, R::kFromAbsences), members) << org->name << " " << line;
      EXPECT_EQ(list(*org, line, R::kBySize), members) << org->name << " " << line;
    }
  }
  EXPECT_EQ(list(a1_, 3, R::kFromAbsences),
            std::to_string(m1_) + ":3:2026-05-10! " + std::to_string(m2_) + ":3:2026-05-10! ");
  EXPECT_EQ(list(b_, 1, R::kFromAbsences), "");
}

TEST_F(MeetingsTest, APlanIsRecordedWhenHeldAndKeepsItsDateOnceMarked) {
  auto plan = PlanYear(*env_, secretary_a1_, {a1_.id, 2026, 31});
  ASSERT_TRUE(plan.ok()) << plan.error().detail;
  EXPECT_EQ(plan->size(), 16u);     // 12 regular, 4 thematic
  const Meeting& feb = (*plan)[2];  // February's regular meeting, on its last day
  EXPECT_EQ(feb.planned_on, "2026-02-28");
  EXPECT_EQ(feb.status, "planned");
  EXPECT_FALSE(SetAttendance(*env_, secretary_a1_, feb.id, {{m1_, "present"}}).ok());
  MeetingInput in;
  in.held_on = "2026-02-27";
  in.topic = feb.topic;
  in.quality = "good";
  in.expected_version = feb.version;
  auto held = RecordMeeting(*env_, secretary_a1_, feb.id, in);
  ASSERT_TRUE(held.ok()) << held.error().detail;
  EXPECT_EQ(held->status, "held");
  EXPECT_EQ(held->planned_on, "2026-02-28");
  auto stale = RecordMeeting(*env_, secretary_a1_, feb.id, in);  // the version read before
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().kind, ErrorKind::kConflict);
  ASSERT_TRUE(SetAttendance(*env_, secretary_a1_, feb.id, {{m1_, "present"}}).ok());
  in.expected_version = 0;
  in.held_on = "2026-02-26";
  EXPECT_FALSE(RecordMeeting(*env_, secretary_a1_, feb.id, in).ok());
  // Planned again: nothing new for months that have their meeting.
  auto again = PlanYear(*env_, secretary_a1_, {a1_.id, 2026, 5});
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->empty());
  EXPECT_EQ(Audits("meeting.plan"), 2);
}

// A report as recorded on a day counts the meetings and marks as they stood: a plan not yet
// held, then the meeting held with an absence without reason, later excused.
TEST_F(MeetingsTest, FiguresAsRecordedKeepThePlanThenTheMarksOfThatDay) {
  auto plan = PlanYear(*env_, secretary_a1_, {a1_.id, 2026, 31});
  ASSERT_TRUE(plan.ok()) << plan.error().detail;
  const Meeting& feb = (*plan)[2];
  const std::string planned = NextDay();
  NextDay();
  MeetingInput in;
  in.held_on = "2026-02-27";
  in.topic = feb.topic;
  ASSERT_TRUE(RecordMeeting(*env_, secretary_a1_, feb.id, in).ok());
  ASSERT_TRUE(
      SetAttendance(*env_, secretary_a1_, feb.id, {{m1_, "present"}, {m2_, "unexcused"}}).ok());
  const std::string held = NextDay();
  NextDay();
  ASSERT_TRUE(SetAttendance(*env_, secretary_a1_, feb.id, {{m2_, "excused"}}).ok());
  const char* codes = "meetings.held,meetings.absent_unexcused";
  const Date at(2026, 3, 31);
  EXPECT_EQ(Figures(op_, a_, codes, at, "2026-Q1"), (std::vector<int64_t>{1, 0}));
  EXPECT_EQ(Figures(op_, a_, codes, at, "2026-Q1", held), (std::vector<int64_t>{1, 1}));
  EXPECT_EQ(Figures(op_, a_, codes, at, "2026-Q1", planned), (std::vector<int64_t>{0, 0}));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM meeting_attendance_retired"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM meeting_retired WHERE id = ?", {feb.id}), 3);
}

TEST_F(MeetingsTest, MinutesOfAKnownTypeOnly) {
  auto m = Held(a1_, "2026-03-05", secretary_a1_);
  ASSERT_TRUE(m.ok());
  // "%PDF-1.4" and "MZ..." in base64.
  auto pdf =
      UploadMinutes(*env_, secretary_a1_, m->id, "C:\\bien ban\\thang 3.pdf", "JVBERi0xLjQ=");
  ASSERT_TRUE(pdf.ok()) << pdf.error().detail;
  EXPECT_EQ(pdf->minutes_name, "thang 3.pdf");
  EXPECT_FALSE(UploadMinutes(*env_, secretary_a1_, m->id, "a.pdf", "TVqQAA==").ok());
  EXPECT_FALSE(UploadMinutes(*env_, secretary_a1_, m->id, "a.png", "JVBERi0xLjQ=").ok());
  EXPECT_FALSE(UploadMinutes(*env_, secretary_a1_, m->id, "a.pdf", "not base64!").ok());
  auto file = GetMinutes(*env_, secretary_a1_, m->id);
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->bytes, "%PDF-1.4");
  EXPECT_EQ(file->download_name, "bien-ban-sinh-hoat-" + std::to_string(m->id) + ".pdf");
  EXPECT_EQ(Audits("meeting.minutes"), 1);
  Actor outside = staff_b_;
  EXPECT_EQ(GetMinutes(*env_, outside, m->id).error().kind, ErrorKind::kNotFound);
}

}  // namespace
}  // namespace dangbo::service::testing
