// The domains' catalogue: unique codes, every row complete, the expected indicators with
// the vocabulary's labels, every member event kind a flow, the flows report's kinds, and
// the meetings' figures (each listable).
#include "service/report/catalogue.h"

#include <gtest/gtest.h>

#include <set>

#include "service/admission/flows.h"
#include "service/core/kinds.h"
#include "service/meetings/meetings.h"

namespace dangbo::service {
namespace {

TEST(Catalogue, EveryDomainsIndicatorsWithUniqueCodes) {
  std::set<std::string> codes;
  for (const auto& i : IndicatorCatalogue()) {
    EXPECT_TRUE(codes.insert(i.code).second) << i.code;
    EXPECT_FALSE(i.label.empty()) << i.code;
    EXPECT_FALSE(i.unit.empty()) << i.code;
    EXPECT_FALSE(i.terms.empty()) << i.code;
  }
  for (const char* code :
       {"orgs.total", "orgs.grassroots", "orgs.branch", "members.total", "members.official",
        "members.probationary", "members.exempt", "transfers.in", "transfers.out",
        "transfers.internal", "org_events.established", "org_events.upgraded", "org_events.merged",
        "org_events.split", "org_events.dissolved", "admission.target", "admission.percent"}) {
    EXPECT_TRUE(codes.count(code)) << code;
  }
  for (const auto& k : vocab::Table<MemberEventKind>()) {
    const auto& i = IndicatorOf("flows." + std::string(k.code));
    EXPECT_EQ(i.label, k.label);
    EXPECT_EQ(i.shape, report::Shape::kFlow);
    EXPECT_TRUE(i.member_data);
  }
  for (const auto& k : vocab::Table<OrgEventKind>()) {
    EXPECT_EQ(IndicatorOf("org_events." + std::string(k.code)).label, k.label);
  }
  EXPECT_EQ(IndicatorOf("members.official").label, "Đảng viên chính thức");
  EXPECT_EQ(IndicatorOf("members.probationary").label, "Đảng viên dự bị");
  EXPECT_EQ(IndicatorOf("members.official").unit, "đảng viên");
  EXPECT_EQ(IndicatorOf("members.official").shape, report::Shape::kStock);
  EXPECT_FALSE(IndicatorOf("members.official").member_data);
  EXPECT_EQ(IndicatorOf("orgs.grassroots_branch").label, "Chi bộ cơ sở");
  EXPECT_EQ(IndicatorOf("org_events.dissolved").unit, "tổ chức");
  EXPECT_EQ(IndicatorOf("flows.card_issued").unit, "lượt");
  EXPECT_EQ(IndicatorOf("admission.percent").unit, "%");
  EXPECT_THROW(IndicatorOf("no.such"), std::logic_error);
}

TEST(Catalogue, RatingsAndBadges) {
  for (const char* group : {"members", "grassroots"}) {
    const std::string p = std::string("ratings.") + group + "_";
    for (const char* level : {"rated", "excellent", "good", "completed", "not_completed"}) {
      EXPECT_EQ(IndicatorOf(p + level).shape, report::Shape::kFlow) << p << level;
    }
    const auto& pct = IndicatorOf(p + "good_percent");
    EXPECT_EQ(pct.unit, "%");
    EXPECT_EQ(pct.terms.size(), 2u);
    EXPECT_EQ(pct.per.size(), 4u);
  }
  EXPECT_EQ(IndicatorOf("ratings.members_good").label,
            "Đảng viên xếp loại Hoàn thành tốt nhiệm vụ");
  EXPECT_TRUE(IndicatorOf("ratings.members_rated").member_data);
  EXPECT_FALSE(IndicatorOf("ratings.grassroots_good_percent").member_data);
  EXPECT_EQ(IndicatorOf("badges.awarded").unit, "đảng viên");
  for (int years : {30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90}) {
    const auto& i = IndicatorOf("badges.awarded_" + std::to_string(years));
    EXPECT_EQ(i.label, "Huy hiệu " + std::to_string(years) + " năm tuổi Đảng");
    EXPECT_TRUE(i.member_data);
  }
  EXPECT_EQ(IndicatorOf("badges.proposed").shape, report::Shape::kFlow);
}

TEST(Catalogue, ResolvesCodeListsOfEveryDomain) {
  const auto two = ResolveIndicators("members.official,flows.admitted");
  ASSERT_TRUE(two.ok());
  ASSERT_EQ(two->size(), 2u);
  EXPECT_EQ((*two)[0]->code, "members.official");
  EXPECT_EQ((*two)[1]->code, "flows.admitted");
  EXPECT_EQ(ResolveIndicators("")->size(), IndicatorCatalogue().size());
  EXPECT_FALSE(ResolveIndicators("members.officiall").ok());
}

TEST(Catalogue, TheFlowsReportShowsFifteenKindsWithTheEventLabels) {
  const auto& kinds = FlowKinds();
  ASSERT_EQ(kinds.size(), 15u);
  EXPECT_EQ(kinds.front().kind, "admitted");
  EXPECT_EQ(kinds.front().label, "Kết nạp vào Đảng");
  EXPECT_EQ(kinds.back().kind, "died");
  for (const auto& k : kinds) {
    EXPECT_EQ(IndicatorOf("flows." + k.kind).label, k.label);
  }
}

TEST(Catalogue, MeetingsHaveTheirFiguresWithTheVocabularysLabels) {
  for (const auto& k : vocab::Table<MeetingKind>()) {
    const auto& i = IndicatorOf("meetings." + std::string(k.code));
    EXPECT_EQ(i.label, k.label);
    EXPECT_EQ(i.shape, report::Shape::kFlow);
    EXPECT_EQ(i.unit, "buổi");
  }
  for (const char* code :
       {"meetings.held", "meetings.regular_due", "meetings.thematic_due", "meetings.units",
        "meetings.units_meeting_all", "meetings.absent_unexcused", "meetings.higher_attended"}) {
    EXPECT_TRUE(IndicatorOf(code).per.empty()) << code;
  }
  for (const char* code : {"meetings.held_percent", "meetings.units_meeting_all_percent",
                           "meetings.attendance_percent", "meetings.attendance_min",
                           "meetings.attendance_max", "meetings.higher_percent"}) {
    EXPECT_EQ(IndicatorOf(code).unit, "%") << code;
    EXPECT_FALSE(IndicatorOf(code).per.empty()) << code;
  }
  EXPECT_TRUE(IndicatorOf("meetings.attendance_percent").member_data);
  EXPECT_FALSE(IndicatorOf("meetings.held").member_data);
  // Every figure has the list behind it.
  for (const auto& i : IndicatorCatalogue()) {
    if (i.code.starts_with("meetings.")) {
      EXPECT_TRUE(report::Listable(i)) << i.code;
    }
  }
}

TEST(Catalogue, DuesHaveTheirFiguresInDong) {
  for (const char* code :
       {"dues.due", "dues.collected", "dues.extra", "dues.arrears_amount", "dues.remitted"}) {
    EXPECT_EQ(IndicatorOf(code).unit, "đồng") << code;
    EXPECT_EQ(IndicatorOf(code).shape, report::Shape::kFlow) << code;
    EXPECT_TRUE(report::Listable(IndicatorOf(code))) << code;
  }
  EXPECT_EQ(IndicatorOf("dues.collected_percent").unit, "%");
  EXPECT_EQ(IndicatorOf("dues.arrears_members").unit, "lượt");
  EXPECT_FALSE(IndicatorOf("dues.collected").member_data);
}

}  // namespace
}  // namespace dangbo::service
