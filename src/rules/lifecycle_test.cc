// Tests for the lifecycle rules: each number at its edges (the day, the day before, month
// ends, leap days) and deadlines across Tết and compensatory days.
#include "rules/lifecycle.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dangbo::rules {
namespace {

const RuleSet& At(const Date& d) { return RuleBook::Shipped().At(d); }

const WorkingCalendar& Shipped() {
  static const WorkingCalendar kCalendar = CalendarFromSeeds(ShippedHolidays());
  return kCalendar;
}

std::string Code(const Status& s) { return s.ok() ? "ok" : s.error().code; }

bool Mentions(const Status& s, const std::string& text) {
  return !s.ok() && s.error().detail.find(text) != std::string::npos;
}

// --- Admission age ---

Status Age(const Date& birth, const Date& vote) { return CheckAdmissionAge(At(vote), birth, vote); }

TEST(AdmissionAgeTest, Full18YearsCountedInMonths) {
  const Date birth(2008, 11, 21);
  EXPECT_EQ(Code(Age(birth, Date(2026, 11, 20))), "age_below_minimum");
  EXPECT_EQ(Code(Age(birth, Date(2026, 11, 21))), "ok");
  EXPECT_EQ(AdmissionAgeWindow(At(Date(2026, 11, 21)), birth).first, Date(2026, 11, 21));
  const Status s = Age(birth, Date(2026, 11, 20));
  EXPECT_EQ(s.error().kind, ErrorKind::kRuleViolated);
  EXPECT_TRUE(Mentions(s, "21/11/2026")) << s.error().detail;
  EXPECT_TRUE(Mentions(s, "216 tháng"));
  EXPECT_EQ(s.error().detail,
            "Người vào Đảng phải đủ 18 tuổi (216 tháng) vào ngày chi bộ xét kết nạp: sinh ngày "
            "21/11/2008 thì từ ngày 21/11/2026 mới đủ tuổi.");
}

TEST(AdmissionAgeTest, LeapDayAndMonthEndBirthdays) {
  // Born 29/2/2008: Date::AddMonths clamps, so 216 months are full on 28/2/2026.
  EXPECT_EQ(Code(Age(Date(2008, 2, 29), Date(2026, 2, 27))), "age_below_minimum");
  EXPECT_EQ(Code(Age(Date(2008, 2, 29), Date(2026, 2, 28))), "ok");
  EXPECT_EQ(AdmissionAgeWindow(At(Date(2026, 2, 28)), Date(2008, 2, 29)).first, Date(2026, 2, 28));
  // Born 29/2/2008, vote in a leap year 2028 would be 20 years: fine either way.
  EXPECT_EQ(Code(Age(Date(2008, 2, 29), Date(2028, 2, 28))), "ok");
  // Born on the 31st: the birthday itself.
  EXPECT_EQ(Code(Age(Date(2008, 8, 31), Date(2026, 8, 30))), "age_below_minimum");
  EXPECT_EQ(Code(Age(Date(2008, 8, 31), Date(2026, 8, 31))), "ok");
}

TEST(AdmissionAgeTest, UpToFull60YearsInMonths) {
  const Date birth(1966, 3, 15);
  EXPECT_EQ(Code(Age(birth, Date(2026, 3, 14))), "ok");
  EXPECT_EQ(Code(Age(birth, Date(2026, 3, 15))), "ok");  // exactly 60 years
  EXPECT_EQ(Code(Age(birth, Date(2026, 4, 14))), "ok");  // 60 years 0 months 30 days
  EXPECT_EQ(Code(Age(birth, Date(2026, 4, 15))), "age_above_maximum");
  EXPECT_EQ(AdmissionAgeWindow(At(Date(2026, 4, 1)), birth).last, Date(2026, 4, 14));
  EXPECT_EQ(Age(birth, Date(2026, 4, 15)).error().detail,
            "Người vào Đảng không quá 60 tuổi (720 tháng) vào ngày chi bộ xét kết nạp: sinh ngày "
            "15/03/1966 thì hạn cuối là ngày 14/04/2026.");
  // Born on 31/1: the 721st month is full on 28/2 (clamped), so the last day is 27/2.
  EXPECT_EQ(Code(Age(Date(1966, 1, 31), Date(2026, 2, 27))), "ok");
  EXPECT_EQ(Code(Age(Date(1966, 1, 31), Date(2026, 2, 28))), "age_above_maximum");
  EXPECT_EQ(AdmissionAgeWindow(At(Date(2026, 1, 1)), Date(1966, 1, 31)).last, Date(2026, 2, 27));
  // Born 29/2/1964: 60 years on 29/2/2024, the 721st month full on 29/3/2024.
  EXPECT_EQ(Code(Age(Date(1964, 2, 29), Date(2024, 3, 28))), "ok");
  EXPECT_EQ(Code(Age(Date(1964, 2, 29), Date(2024, 3, 29))), "age_above_maximum");
}

// --- Education ---

TEST(EducationTest, AtLeastLowerSecondary) {
  const RuleSet& r = At(Date(2026, 1, 1));
  EXPECT_EQ(Code(CheckEducation(r, "9/12")), "ok");
  EXPECT_EQ(Code(CheckEducation(r, "12/12")), "ok");
  EXPECT_EQ(Code(CheckEducation(r, "8/12")), "education_too_low");
  EXPECT_EQ(Code(CheckEducation(r, "7/10")), "ok");
  EXPECT_EQ(Code(CheckEducation(r, "10/10")), "ok");
  EXPECT_EQ(Code(CheckEducation(r, "6/10")), "education_too_low");
  EXPECT_EQ(Code(CheckEducation(r, " 9 / 12 ")), "ok");
  EXPECT_EQ(CheckEducation(r, "8/12").error().kind, ErrorKind::kRuleViolated);
  for (const char* bad : {"13/12", "9/11", "0/12", "abc", "", "/12", "9/", "9/12/1", "100/12"}) {
    const Status s = CheckEducation(r, bad);
    ASSERT_FALSE(s.ok()) << bad;
    EXPECT_EQ(s.error().kind, ErrorKind::kInvalid) << bad;
    ASSERT_EQ(s.error().fields.size(), 1u);
    EXPECT_EQ(s.error().fields[0].field, "general_education");
  }
}

// --- Introducers ---

Introducer Good(const Date& since) { return Introducer{true, true, since}; }

TEST(IntroducerTest, TwelveMonthsTogetherUpToTheVote) {
  const Date vote(2026, 6, 15);
  const RuleSet& r = At(vote);
  EXPECT_EQ(Code(CheckIntroducers(r, {Good(Date(2025, 6, 15)), Good(Date(2020, 1, 1))}, vote)),
            "ok");
  const Status s = CheckIntroducers(r, {Good(Date(2020, 1, 1)), Good(Date(2025, 6, 16))}, vote);
  EXPECT_EQ(Code(s), "introducer_too_short");
  EXPECT_TRUE(Mentions(s, "thứ hai")) << s.error().detail;
  EXPECT_TRUE(Mentions(s, "11 tháng"));
  EXPECT_TRUE(Mentions(s, "16/06/2026"));
  // Together only from after the vote.
  EXPECT_TRUE(Mentions(CheckIntroducers(r, {Good(Date(2026, 7, 1)), Good(Date(2020, 1, 1))}, vote),
                       "0 tháng"));
}

TEST(IntroducerTest, MonthEndsAndLeapDays) {
  struct Case {
    Date since1, since2, vote;
    const char* want;
  };
  const std::vector<Case> cases = {
      // Since 29/2/2024: 12 months are full on 28/2/2025.
      {Date(2024, 2, 29), Date(2024, 2, 29), Date(2025, 2, 28), "ok"},
      {Date(2024, 2, 29), Date(2024, 2, 29), Date(2025, 2, 27), "introducer_too_short"},
      // Since 31/3/2025: full on 31/3/2026, not on 30/3.
      {Date(2025, 3, 31), Date(2020, 1, 1), Date(2026, 3, 30), "introducer_too_short"},
      {Date(2025, 3, 31), Date(2020, 1, 1), Date(2026, 3, 31), "ok"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.since1.Iso() + " → " + c.vote.Iso());
    EXPECT_EQ(Code(CheckIntroducers(At(c.vote), {Good(c.since1), Good(c.since2)}, c.vote)), c.want);
  }
}

TEST(IntroducerTest, OfficialSameUnitAndCount) {
  const Date vote(2026, 6, 15);
  const RuleSet& r = At(vote);
  const Date since(2020, 1, 1);
  EXPECT_EQ(Code(CheckIntroducers(r, {Introducer{false, true, since}, Good(since)}, vote)),
            "introducer_not_official");
  EXPECT_EQ(Code(CheckIntroducers(r, {Good(since), Introducer{true, false, since}}, vote)),
            "introducer_other_unit");
  EXPECT_EQ(Code(CheckIntroducers(r, {Good(since)}, vote)), "introducer_count");
  EXPECT_EQ(Code(CheckIntroducers(r, {}, vote)), "introducer_count");
  EXPECT_EQ(Code(CheckIntroducers(r, {Good(since), Good(since), Good(since)}, vote)),
            "introducer_count");
  // The youth union or trade union committee introduces with one member.
  EXPECT_EQ(Code(CheckIntroducers(r, {Good(since)}, vote, /*union_introduces=*/true)), "ok");
  EXPECT_EQ(Code(CheckIntroducers(r, {Good(since), Good(since)}, vote, true)), "introducer_count");
  EXPECT_EQ(Code(CheckIntroducers(r, {Introducer{false, true, since}}, vote, true)),
            "introducer_not_official");
}

// --- Decision and ceremony deadlines ---

TEST(DeadlineTest, DecisionWithin60WorkingDaysAndOneExtension) {
  const Date resolution(2026, 1, 30);
  const RuleSet& r = At(resolution);
  EXPECT_EQ(DecisionDeadline(r, Shipped(), resolution), Date(2026, 5, 6));
  EXPECT_EQ(DecisionDeadline(r, Shipped(), resolution, /*extended=*/true), Date(2026, 6, 17));
  EXPECT_EQ(DecisionDeadline(r, WorkingCalendar(), Date(2026, 3, 2)), Date(2026, 5, 25));
  EXPECT_EQ(RecognitionDecisionDeadline(r, Shipped(), resolution), Date(2026, 3, 20));
}

TEST(DeadlineTest, CeremonyWithin30WorkingDaysAcrossTet) {
  // Decision on Friday 30/01/2026; Tết Bính Ngọ 14–22/02 lies inside the window.
  const Date decision(2026, 1, 30);
  const RuleSet& r = At(decision);
  EXPECT_EQ(CeremonyDeadline(r, Shipped(), decision), Date(2026, 3, 20));
  // Same day and the last day: in time.
  for (const Date& ceremony : {decision, Date(2026, 3, 20)}) {
    const auto in_time = CheckCeremony(r, Shipped(), decision, ceremony);
    ASSERT_TRUE(in_time.ok());
    EXPECT_FALSE(in_time.value().has_value()) << ceremony.Iso();
  }
  // The next day (Saturday) and the next working day: late, a warning only.
  for (const Date& ceremony : {Date(2026, 3, 21), Date(2026, 3, 23)}) {
    const auto late = CheckCeremony(r, Shipped(), decision, ceremony);
    ASSERT_TRUE(late.ok());
    ASSERT_TRUE(late.value().has_value());
    EXPECT_EQ(late.value()->code, "ceremony_late");
    EXPECT_NE(late.value()->message.find("20/03/2026"), std::string::npos);
  }
  const auto early = CheckCeremony(r, Shipped(), decision, Date(2026, 1, 29));
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, "ceremony_before_decision");
}

TEST(DeadlineTest, CeremonyWindowWithACompensatoryDay) {
  // Decision Friday 10/04/2026: Monday 27/04 (nghỉ bù Giỗ Tổ), 30/04 and 01/05 are off.
  const Date decision(2026, 4, 10);
  EXPECT_EQ(CeremonyDeadline(At(decision), Shipped(), decision), Date(2026, 5, 27));
  const auto late = CheckCeremony(At(decision), Shipped(), decision, Date(2026, 5, 28));
  ASSERT_TRUE(late.ok());
  EXPECT_TRUE(late.value().has_value());
}

// --- Probation and recognition ---

TEST(ProbationTest, TwelveCalendarMonths) {
  const RuleSet& r = At(Date(2025, 1, 1));
  EXPECT_EQ(ProbationEnd(r, Date(2025, 1, 31)), Date(2026, 1, 31));
  EXPECT_EQ(ProbationEnd(r, Date(2024, 2, 29)), Date(2025, 2, 28));
  EXPECT_EQ(ProbationEnd(r, Date(2025, 3, 31)), Date(2026, 3, 31));
  EXPECT_EQ(ProbationEnd(r, Date(2025, 4, 30)), Date(2026, 4, 30));
  EXPECT_EQ(ProbationEnd(r, Date(2025, 2, 28)), Date(2026, 2, 28));
  EXPECT_EQ(ProbationEnd(r, Date(2027, 2, 28)), Date(2028, 2, 28));  // not 29/2: not 365 days
  EXPECT_EQ(ProbationEnd(r, Date(2025, 12, 31)), Date(2026, 12, 31));
  // Official from the 12-month date, however late the meeting.
  EXPECT_EQ(OfficialDate(r, Date(2025, 1, 31)), Date(2026, 1, 31));
  EXPECT_EQ(OfficialDate(r, Date(2024, 2, 29)), Date(2025, 2, 28));
}

TEST(ProbationTest, RecognitionWithin30WorkingDays) {
  // Probation ends Friday 30/01/2026; Tết inside the window.
  EXPECT_EQ(RecognitionDeadline(At(Date(2025, 1, 30)), Shipped(), Date(2025, 1, 30)),
            Date(2026, 3, 20));
  // Probation ends on Monday 16/02/2026, a Tết day: counting starts after the break.
  EXPECT_EQ(RecognitionDeadline(At(Date(2025, 2, 16)), Shipped(), Date(2025, 2, 16)),
            Date(2026, 4, 3));
  // Weekends only.
  EXPECT_EQ(RecognitionDeadline(At(Date(2025, 3, 31)), WorkingCalendar(), Date(2025, 3, 31)),
            Date(2026, 5, 12));
}

// --- Temporary transfer ---

Status Temp(TemporaryReason reason, const Date& from, const Date& until) {
  return CheckTemporaryTransfer(At(from), reason, from, until);
}

TEST(TemporaryTransferTest, WorkThreeToUnderTwelveMonths) {
  const auto work = TemporaryReason::kWork;
  EXPECT_EQ(Code(Temp(work, Date(2026, 3, 1), Date(2026, 5, 31))), "temporary_duration");
  EXPECT_EQ(Code(Temp(work, Date(2026, 3, 1), Date(2026, 6, 1))), "ok");
  EXPECT_EQ(Code(Temp(work, Date(2026, 3, 1), Date(2027, 2, 28))), "ok");
  EXPECT_EQ(Code(Temp(work, Date(2026, 3, 1), Date(2027, 3, 1))), "temporary_duration");
  EXPECT_TRUE(Mentions(Temp(work, Date(2026, 3, 1), Date(2027, 3, 1)), "chính thức"));
  // Month end: from 30/11 three months are full on 28/2.
  EXPECT_EQ(Code(Temp(work, Date(2025, 11, 30), Date(2026, 2, 27))), "temporary_duration");
  EXPECT_EQ(Code(Temp(work, Date(2025, 11, 30), Date(2026, 2, 28))), "ok");
  EXPECT_EQ(Code(Temp(work, Date(2026, 3, 1), Date(2026, 2, 1))), "temporary_duration");
}

TEST(TemporaryTransferTest, StudyThreeToTwentyFourMonths) {
  const auto study = TemporaryReason::kStudy;
  EXPECT_EQ(Code(Temp(study, Date(2026, 9, 1), Date(2026, 11, 30))), "temporary_duration");
  EXPECT_EQ(Code(Temp(study, Date(2026, 9, 1), Date(2026, 12, 1))), "ok");
  EXPECT_EQ(Code(Temp(study, Date(2026, 9, 1), Date(2028, 9, 1))), "ok");
  EXPECT_EQ(Code(Temp(study, Date(2026, 9, 1), Date(2028, 9, 2))), "temporary_duration");
  EXPECT_EQ(Code(Temp(study, Date(2026, 8, 31), Date(2028, 8, 31))), "ok");
  EXPECT_EQ(Code(Temp(study, Date(2026, 8, 31), Date(2028, 9, 1))), "temporary_duration");
  EXPECT_EQ(Code(Temp(study, Date(2026, 2, 28), Date(2028, 2, 28))), "ok");
  EXPECT_EQ(Code(Temp(study, Date(2026, 2, 28), Date(2028, 2, 29))), "temporary_duration");
}

// --- Re-admission ---

TEST(ReadmissionTest, ThirtySixMonthsAndOnlyOnce) {
  const Date left(2022, 5, 10);
  EXPECT_EQ(Code(CheckReadmission(At(Date(2025, 5, 9)), left, Date(2025, 5, 9), 0)),
            "readmission_too_early");
  EXPECT_TRUE(
      Mentions(CheckReadmission(At(Date(2025, 5, 9)), left, Date(2025, 5, 9), 0), "10/05/2025"));
  EXPECT_EQ(Code(CheckReadmission(At(Date(2025, 5, 10)), left, Date(2025, 5, 10), 0)), "ok");
  EXPECT_EQ(Code(CheckReadmission(At(Date(2030, 1, 1)), left, Date(2030, 1, 1), 1)),
            "readmission_twice");
  // Month end: left 31/1/2022, 36 months full on 31/1/2025; left 29/2/2024 → 28/2/2027.
  EXPECT_EQ(Code(CheckReadmission(At(Date(2025, 1, 30)), Date(2022, 1, 31), Date(2025, 1, 30), 0)),
            "readmission_too_early");
  EXPECT_EQ(Code(CheckReadmission(At(Date(2025, 1, 31)), Date(2022, 1, 31), Date(2025, 1, 31), 0)),
            "ok");
  EXPECT_EQ(Code(CheckReadmission(At(Date(2027, 2, 28)), Date(2024, 2, 29), Date(2027, 2, 28), 0)),
            "ok");
  EXPECT_EQ(Code(CheckReadmission(At(Date(2027, 2, 27)), Date(2024, 2, 29), Date(2027, 2, 27), 0)),
            "readmission_too_early");
}

// --- Party card ---

TEST(CardTest, OnlyForOfficialMembers) {
  EXPECT_EQ(Code(CheckCardIssue(std::nullopt, Date(2026, 3, 1))), "card_requires_official");
  EXPECT_EQ(Code(CheckCardIssue(Date(2026, 1, 31), Date(2026, 1, 30))), "card_requires_official");
  EXPECT_EQ(Code(CheckCardIssue(Date(2026, 1, 31), Date(2026, 1, 31))), "ok");
  EXPECT_EQ(Code(CheckCardIssue(Date(2026, 1, 31), Date(2026, 5, 19))), "ok");
}

// --- Party age ---

TEST(PartyAgeTest, FromTheAdmissionDecision) {
  const Date admitted(1996, 5, 19);
  PartyAge a = ComputePartyAge(admitted, {}, Date(2026, 5, 19));
  EXPECT_EQ(a.years, 30);
  EXPECT_EQ(a.months, 0);
  EXPECT_EQ(a.days, 0);
  EXPECT_EQ(a.counted_days, 10957);
  a = ComputePartyAge(admitted, {}, Date(2026, 5, 18));
  EXPECT_EQ(a.years, 29);
  EXPECT_EQ(a.months, 11);
  EXPECT_EQ(a.days, 29);
  EXPECT_EQ(a.counted_days, 10956);
  a = ComputePartyAge(admitted, {}, admitted);
  EXPECT_EQ(a.years + a.months + a.days + a.counted_days, 0);
  a = ComputePartyAge(admitted, {}, Date(1990, 1, 1));
  EXPECT_EQ(a.years + a.months + a.days + a.counted_days, 0);
  // Leap-day admission: whole years on 28/2 of common years.
  a = ComputePartyAge(Date(1996, 2, 29), {}, Date(2026, 2, 28));
  EXPECT_EQ(a.years, 30);
  EXPECT_EQ(a.months + a.days, 0);
}

TEST(PartyAgeTest, GapsAreLeftOut) {
  // Admitted 10/01/1980, removed 15/03/1990, re-admitted 20/06/1995: 1,923 days left out.
  const Date admitted(1980, 1, 10);
  const std::vector<Gap> gaps = {{Date(1990, 3, 15), Date(1995, 6, 20)}};
  PartyAge a = ComputePartyAge(admitted, gaps, Date(2026, 1, 10));
  EXPECT_EQ(a.counted_days, 14879);
  EXPECT_EQ(a.years, 40);
  EXPECT_EQ(a.months, 8);
  EXPECT_EQ(a.days, 25);
  // Overlapping and duplicate gaps count once; gaps before admission or after `on` are clipped.
  const std::vector<Gap> messy = {{Date(1992, 1, 1), Date(1995, 6, 20)},
                                  {Date(1990, 3, 15), Date(1993, 1, 1)},
                                  {Date(1990, 3, 15), Date(1991, 1, 1)},
                                  {Date(1970, 1, 1), Date(1980, 1, 10)},
                                  {Date(2026, 1, 10), Date(2027, 1, 1)}};
  const PartyAge b = ComputePartyAge(admitted, messy, Date(2026, 1, 10));
  EXPECT_EQ(b.counted_days, a.counted_days);
  EXPECT_EQ(b.years, a.years);
  EXPECT_EQ(b.days, a.days);
  // Still inside a gap: the age is frozen at its start.
  const PartyAge frozen = ComputePartyAge(admitted, gaps, Date(1993, 1, 1));
  const PartyAge at_gap = ComputePartyAge(admitted, {}, Date(1990, 3, 15));
  EXPECT_EQ(frozen.counted_days, at_gap.counted_days);
  EXPECT_EQ(frozen.years, 10);
  EXPECT_EQ(frozen.months, 2);
  EXPECT_EQ(frozen.days, 5);
}

TEST(PartyAgeTest, MilestoneDay) {
  EXPECT_EQ(PartyAgeReached(Date(1996, 5, 19), {}, 30), Date(2026, 5, 19));
  EXPECT_EQ(PartyAgeReached(Date(1996, 2, 29), {}, 30), Date(2026, 2, 28));
  const Date admitted(1980, 1, 10);
  const std::vector<Gap> gaps = {{Date(1990, 3, 15), Date(1995, 6, 20)}};
  const Date forty = PartyAgeReached(admitted, gaps, 40);
  EXPECT_EQ(forty, Date(2025, 4, 16));
  const PartyAge on = ComputePartyAge(admitted, gaps, forty);
  EXPECT_EQ(on.years, 40);
  EXPECT_EQ(on.months + on.days, 0);
  EXPECT_EQ(ComputePartyAge(admitted, gaps, forty.AddDays(-1)).years, 39);
  // A gap after the milestone does not move it; one that begins before it does.
  EXPECT_EQ(PartyAgeReached(Date(1996, 5, 19), {{Date(2026, 5, 19), Date(2027, 1, 1)}}, 30),
            Date(2026, 5, 19));
  EXPECT_EQ(PartyAgeReached(Date(1996, 5, 19), {{Date(2026, 5, 18), Date(2026, 5, 28)}}, 30),
            Date(2026, 5, 29));
  // Two gaps, the second one reached only because the first pushed the milestone back.
  EXPECT_EQ(
      PartyAgeReached(
          Date(1996, 5, 19),
          {{Date(2000, 1, 1), Date(2000, 1, 11)}, {Date(2026, 5, 25), Date(2026, 5, 30)}}, 30),
      Date(2026, 6, 3));
}

// --- Badges ---

TEST(BadgeTest, RoundOnOrAfter) {
  const RuleSet& r = At(Date(2026, 1, 1));
  EXPECT_EQ(BadgeRoundOnOrAfter(r, Date(2026, 1, 1)), Date(2026, 2, 3));
  EXPECT_EQ(BadgeRoundOnOrAfter(r, Date(2026, 2, 3)), Date(2026, 2, 3));
  EXPECT_EQ(BadgeRoundOnOrAfter(r, Date(2026, 2, 4)), Date(2026, 5, 19));
  EXPECT_EQ(BadgeRoundOnOrAfter(r, Date(2026, 5, 19)), Date(2026, 5, 19));
  EXPECT_EQ(BadgeRoundOnOrAfter(r, Date(2026, 5, 20)), Date(2026, 9, 2));
  EXPECT_EQ(BadgeRoundOnOrAfter(r, Date(2026, 9, 2)), Date(2026, 9, 2));
  EXPECT_EQ(BadgeRoundOnOrAfter(r, Date(2026, 9, 3)), Date(2026, 11, 7));
  EXPECT_EQ(BadgeRoundOnOrAfter(r, Date(2026, 11, 7)), Date(2026, 11, 7));
  EXPECT_EQ(BadgeRoundOnOrAfter(r, Date(2026, 11, 8)), Date(2027, 2, 3));
  EXPECT_EQ(BadgeRoundOnOrAfter(r, Date(2026, 12, 31)), Date(2027, 2, 3));
}

TEST(BadgeTest, MilestoneRoundsAtTheBoundaries) {
  const RuleSet& r = At(Date(2026, 1, 1));
  // Reaching 30 years on 19/5 → the 19/5 round; on 20/5 → the 2/9 round.
  std::optional<BadgeDue> due = NextBadge(r, Date(1996, 5, 19), {}, 0);
  ASSERT_TRUE(due);
  EXPECT_EQ(due->milestone_years, 30);
  EXPECT_EQ(due->reached_on, Date(2026, 5, 19));
  EXPECT_EQ(due->round, Date(2026, 5, 19));
  due = NextBadge(r, Date(1996, 5, 20), {}, 0);
  ASSERT_TRUE(due);
  EXPECT_EQ(due->reached_on, Date(2026, 5, 20));
  EXPECT_EQ(due->round, Date(2026, 9, 2));
  // 7/11 boundary and the year end.
  EXPECT_EQ(NextBadge(r, Date(1996, 11, 7), {}, 0)->round, Date(2026, 11, 7));
  EXPECT_EQ(NextBadge(r, Date(1996, 11, 8), {}, 0)->round, Date(2027, 2, 3));
  // The next milestones after the ones awarded; none after 90.
  EXPECT_EQ(NextBadge(r, Date(1996, 5, 19), {}, 30)->milestone_years, 40);
  EXPECT_EQ(NextBadge(r, Date(1956, 5, 19), {}, 40)->milestone_years, 45);
  EXPECT_EQ(NextBadge(r, Date(1956, 5, 19), {}, 42)->milestone_years, 45);
  EXPECT_EQ(NextBadge(r, Date(1936, 5, 19), {}, 85)->milestone_years, 90);
  EXPECT_FALSE(NextBadge(r, Date(1936, 5, 19), {}, 90));
  // With a gap: 40 years reached on 16/04/2025 → the 19/5/2025 round.
  due = NextBadge(r, Date(1980, 1, 10), {{Date(1990, 3, 15), Date(1995, 6, 20)}}, 30);
  ASSERT_TRUE(due);
  EXPECT_EQ(due->milestone_years, 40);
  EXPECT_EQ(due->reached_on, Date(2025, 4, 16));
  EXPECT_EQ(due->round, Date(2025, 5, 19));
}

TEST(BadgeTest, EarlyAwards) {
  const RuleSet& r = At(Date(2026, 1, 1));
  const auto ill = EarlyAward::kSeriousIllness;
  EXPECT_EQ(EarliestEarlyAward(r, ill, 30, Date(2026, 5, 19)), Date(2025, 5, 19));
  EXPECT_EQ(EarliestEarlyAward(r, ill, 65, Date(2026, 5, 19)), Date(2025, 5, 19));
  EXPECT_EQ(EarliestEarlyAward(r, ill, 70, Date(2026, 5, 19)), Date(2024, 5, 19));
  EXPECT_EQ(EarliestEarlyAward(r, ill, 90, Date(2026, 5, 19)), Date(2024, 5, 19));
  EXPECT_EQ(EarliestEarlyAward(r, EarlyAward::kPosthumous, 70, Date(2026, 5, 19)),
            Date(2025, 5, 19));
  EXPECT_EQ(EarliestEarlyAward(r, ill, 70, Date(2028, 2, 29)), Date(2026, 2, 28));
  EXPECT_EQ(EarliestEarlyAward(r, ill, 30, Date(2026, 3, 31)), Date(2025, 3, 31));
}

TEST(BadgeTest, WaitAfterDiscipline) {
  const Date decision(2025, 8, 31);
  const RuleSet& r = At(decision);
  EXPECT_EQ(BadgeEligibleAfterDiscipline(r, DisciplineForm::kReprimand, decision),
            Date(2026, 2, 28));
  EXPECT_EQ(BadgeEligibleAfterDiscipline(r, DisciplineForm::kWarning, decision), Date(2026, 5, 31));
  EXPECT_EQ(BadgeEligibleAfterDiscipline(r, DisciplineForm::kDismissal, decision),
            Date(2026, 8, 31));
  EXPECT_FALSE(BadgeEligibleAfterDiscipline(r, DisciplineForm::kExpulsion, decision));
  EXPECT_FALSE(BadgeEligibleAfterDiscipline(r, DisciplineForm::kDissolution, decision));
}

}  // namespace
}  // namespace dangbo::rules
