// The narrative on hand-made answers (no database): the seeds' sentences with Vietnamese
// figures, clauses whose figures are missing or zero left out, "chưa kết nạp" for a zero
// admission; the options' checks; the official report's words.
#include "service/report/narrative.h"

#include <gtest/gtest.h>

#include <deque>

namespace dangbo::service {
namespace {

// Indicators with the catalogue's codes, made here so that the test fixes the figures.
struct Answer {
  std::deque<report::Indicator> indicators;
  IndicatorAnswer a;

  Answer() {
    a.org.id = 7;
    a.org.kind = OrgKind::kSuperiorCommittee;
    a.org.name = "Đảng bộ Khối các cơ quan tỉnh";
    a.at = *Date::Parse("2022-08-31");
    a.period = report::FirstMonthsPeriod(2022, 8);
  }
  Answer& Count(const std::string& code, int64_t n) {
    indicators.push_back({code, code, report::Shape::kStock, "đảng viên"});
    a.values.push_back({&indicators.back(), n});
    return *this;
  }
  Answer& Percent(const std::string& code, std::optional<double> p) {
    indicators.push_back({code, code, report::Shape::kFlow, "%"});
    indicators.back().per = {{"s", "target"}};
    a.values.push_back({&indicators.back(), 0, p});
    return *this;
  }
};

TEST(Narrative, TheSeedsSentences) {
  Answer x;
  x.Count("orgs.grassroots", 68)
      .Count("members.total", 4374)
      .Count("members.official", 4210)
      .Count("members.probationary", 164)
      .Count("members.exempt", 0)
      .Count("flows.admitted", 331)
      .Percent("admission.percent", 94.5714)
      .Count("flows.recognized", 290)
      .Count("transfers.out", 120)
      .Count("transfers.in", 45)
      .Count("flows.card_issued", 0)
      .Count("flows.died", 2)
      .Count("flows.removed", 0)
      .Count("org_events.established", 0);
  const auto n = Narrative(x.a);
  ASSERT_EQ(n.size(), 3u) << (n.empty() ? "" : n.back());
  EXPECT_EQ(n[0],
            "Tính đến ngày 31/08/2022, Đảng bộ có 68 tổ chức cơ sở đảng với 4.374 đảng viên "
            "(4.210 đảng viên chính thức, 164 đảng viên dự bị).");
  EXPECT_EQ(n[1],
            "Trong 8 tháng đầu năm 2022, đã kết nạp 331 đảng viên mới, đạt 94,57% so với chỉ "
            "tiêu đề ra; công nhận chính thức 290 đảng viên; chuyển sinh hoạt đi 120 lượt, tiếp "
            "nhận 45 lượt.");
  EXPECT_EQ(n[2], "Cũng trong thời gian này, có 2 đảng viên từ trần.");
}

TEST(Narrative, ZerosMissingFiguresAndOtherPeriods) {
  Answer x;
  x.a.org.kind = OrgKind::kBranch;
  x.a.period = report::QuarterPeriod(2023, 3);
  x.a.at = *Date::Parse("2023-09-30");
  x.Count("members.total", 12)
      .Count("members.official", 12)
      .Count("members.probationary", 0)
      .Count("flows.admitted", 0)
      .Percent("admission.percent", std::nullopt)
      .Count("transfers.out", 0)
      .Count("flows.transferred_in", 3);
  const auto n = Narrative(x.a);
  ASSERT_EQ(n.size(), 2u);
  // A zero breakdown is not spelled out; the branch is "Chi bộ".
  EXPECT_EQ(n[0], "Tính đến ngày 30/09/2023, Chi bộ có 12 đảng viên.");
  // A zero admission is said; a missing transfers.in falls back to the event's count.
  EXPECT_EQ(n[1], "Trong quý III/2023, chưa kết nạp đảng viên mới; tiếp nhận 3 lượt.");

  // Only flows, no admission asked: the sentence starts with what there is.
  Answer y;
  auto custom = report::CustomPeriod(*Date::Parse("2022-06-01"), *Date::Parse("2022-09-30"));
  y.a.period = *custom;
  y.Count("transfers.out", 1).Count("org_events.dissolved", 2);
  const auto m = Narrative(y.a);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0], "Từ ngày 01/06/2022 đến ngày 30/09/2022, chuyển sinh hoạt đi 1 lượt.");
  EXPECT_EQ(m[1], "Cũng trong thời gian này, giải thể 2 tổ chức đảng.");

  // Nothing to say: no sentence.
  Answer z;
  z.Count("members.total", 0).Count("transfers.in", 0);
  EXPECT_TRUE(Narrative(z.a).empty());
}

TEST(Narrative, OptionsAreChecked) {
  EXPECT_TRUE(CheckDocxOptions({}).ok());
  EXPECT_TRUE(CheckDocxOptions({"125-BC/ĐUK", "TP. Hồ Chí Minh"}).ok());
  for (const DocxOptions& bad :
       std::vector<DocxOptions>{{"<b>1</b>", ""}, {std::string(21, '1'), ""}, {"1\n2", ""}}) {
    const Status s = CheckDocxOptions(bad);
    ASSERT_FALSE(s.ok()) << bad.number;
    EXPECT_EQ(s.error().fields.at(0).field, "number");
  }
  for (const std::string& place :
       {std::string("Hà Nội 2"), std::string(51, 'a'), std::string("\xff")}) {
    const Status s = CheckDocxOptions({"", place});
    ASSERT_FALSE(s.ok()) << place;
    EXPECT_EQ(s.error().fields.at(0).field, "place");
    EXPECT_NE(s.error().fields.at(0).message.find("Địa danh"), std::string::npos);
  }
}

TEST(Narrative, TheOfficialReportsWords) {
  Answer x;
  x.Count("members.total", 2700);
  auto d = IndicatorDocument(x.a, "Đảng bộ tỉnh Hà Nam", {});
  EXPECT_EQ(d.superior, "Đảng bộ tỉnh Hà Nam");
  EXPECT_EQ(d.issuer, "Đảng ủy Khối các cơ quan tỉnh");
  EXPECT_EQ(d.number_line, "Số       -BC/ĐUK");
  EXPECT_EQ(d.place_date, "Hà Nội, ngày 31 tháng 8 năm 2022");
  EXPECT_EQ(d.subtitle, "Số liệu công tác xây dựng Đảng 8 tháng đầu năm 2022");
  EXPECT_EQ(d.paragraphs,
            (std::vector<std::string>{"Tính đến ngày 31/08/2022, Đảng bộ có 2.700 đảng viên."}));
  EXPECT_EQ(d.signer_for, "T/M Ban Thường vụ");
  EXPECT_EQ(d.recipients.front(), "- Đảng ủy tỉnh Hà Nam (để báo cáo),");
  ASSERT_EQ(d.grid.columns.size(), 1u);

  x.a.org.kind = OrgKind::kGrassrootsBranch;
  x.a.org.name = "Chi bộ Sở Tư pháp";
  d = IndicatorDocument(x.a, "", {"12", "Hà Nam"});
  EXPECT_EQ(d.superior, "Chi bộ Sở Tư pháp");  // no parent: its own name
  EXPECT_EQ(d.issuer, "Chi bộ Sở Tư pháp");
  EXPECT_EQ(d.number_line, "Số 12-BC/CB");
  EXPECT_EQ(d.place_date, "Hà Nam, ngày 31 tháng 8 năm 2022");
  EXPECT_EQ(d.signer_for, "T/M Chi bộ");
  EXPECT_EQ(IndicatorDocument(x.a, "", {"7-BC/CB", ""}).number_line, "Số 7-BC/CB");
  EXPECT_EQ(IndicatorDocxFileName(x.a), "bao-cao-7-2022-08-31.docx");
}

}  // namespace
}  // namespace dangbo::service
