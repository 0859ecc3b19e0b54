// Reports as recorded on a past moment and frozen reports, against a real database (both
// engines): a correction recorded later changes today's figures but not those "as recorded"
// before it; a frozen report is reproduced as recorded and compared with today's.
#include "service/report/frozen.h"

#include "report/as_recorded.h"
#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/lifecycle/member_events.h"
#include "service/lifecycle/transfers.h"

namespace dangbo::service::testing {
namespace {

class FrozenTest : public LifecycleTest {
 protected:
  // The value of `code` for `org` at 30/11/2026 in 2026, as recorded at `recorded`.
  int64_t Value(const Org& org, const char* code, const std::string& recorded = "") {
    auto indicators = ResolveIndicators(code);
    EXPECT_TRUE(indicators.ok());
    IndicatorQuery q{org.id, Date(2026, 11, 30), *report::ParsePeriod("2026"), *indicators};
    q.recorded = recorded;
    auto a = Indicators(*env_, op_, q);
    EXPECT_TRUE(a.ok()) << (a.ok() ? "" : a.error().detail);
    return a.ok() ? a->values.at(0).count : -1;
  }
  void Advance(int days) { clock_.Advance(std::chrono::hours(24 * days)); }
  std::string Now() { return FormatTimestamp(clock_.Now()); }

  int64_t TransferOut(int64_t member, const char* on) {
    TransferOutInput in{{on, "12-QĐ/ĐUK", ""}, "Đảng bộ tỉnh Lâm Đồng", {"5-GGT", on}, ""};
    auto r = service::TransferOut(*env_, op_, member, in);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().detail);
    return r.ok() && r->event_id ? *r->event_id : 0;
  }
};

TEST_F(FrozenTest, ACorrectionRecordedLaterLeavesTheFiguresAsRecordedBefore) {
  const int64_t an = AddMember(a1_, "Nguyễn Văn An");
  AddMember(a1_, "Trần Thị Bình");
  Advance(1);
  const std::string before_out = Now();
  Advance(1);
  const int64_t event = TransferOut(an, "2026-11-10");  // entered late, dated 10/11
  Advance(1);
  const std::string after_out = Now();
  EXPECT_EQ(Value(root_, "members.total"), 1);
  EXPECT_EQ(Value(root_, "flows.transferred_out"), 1);
  EXPECT_EQ(Value(root_, "members.total", before_out), 2);  // not yet known then
  EXPECT_EQ(Value(root_, "flows.transferred_out", before_out), 0);
  EXPECT_EQ(Value(a1_, "members.total", after_out), 1);

  Advance(2);  // the transfer was a mistake: voided
  auto v = VoidMemberEvent(*env_, op_, an, event, "Ghi nhầm đảng viên");
  ASSERT_TRUE(v.ok()) << v.error().detail;
  Advance(1);
  EXPECT_EQ(Value(root_, "members.total"), 2);
  EXPECT_EQ(Value(root_, "flows.transferred_out"), 0);
  EXPECT_EQ(Value(root_, "members.total", after_out), 1);  // as the office reported then
  EXPECT_EQ(Value(root_, "flows.transferred_out", after_out), 1);
  EXPECT_EQ(Value(root_, "members.total", Now()), 2);
  EXPECT_EQ(Value(a1_, "members.official", before_out), 2);
}

TEST_F(FrozenTest, AFrozenReportIsReproducedAndComparedWithToday) {
  const int64_t an = AddMember(a1_, "Nguyễn Văn An");
  AddMember(b1_, "Lê Văn Cường");
  Advance(1);
  auto indicators = ResolveIndicators("members.total,flows.transferred_out");
  ASSERT_TRUE(indicators.ok());
  IndicatorQuery q{root_.id, Date(2026, 11, 30), *report::ParsePeriod("2026"), *indicators};
  q.breakdown = "grassroots";
  auto s = FreezeReport(*env_, op_, {q, "Báo cáo tháng 11/2026", "15-BC/ĐUK", "2026-11-22"});
  ASSERT_TRUE(s.ok()) << s.error().detail;
  EXPECT_EQ(s->answer["indicators"][0]["value"], 2);

  Advance(1);
  TransferOut(an, "2026-11-15");  // recorded after the report was sent
  auto c = CompareSnapshot(*env_, op_, s->id);
  ASSERT_TRUE(c.ok()) << c.error().detail;
  const nlohmann::json j = ComparisonJson(*c);
  EXPECT_TRUE(j["reproduced"].get<bool>());
  EXPECT_EQ(j["rows"][0]["frozen"], 2);
  EXPECT_EQ(j["rows"][0]["recorded"], 2);
  EXPECT_EQ(j["rows"][0]["now"], 1);
  EXPECT_EQ(j["rows"][0]["change"], -1);
  EXPECT_EQ(j["rows"][1]["now"], 1);
  EXPECT_EQ(j["changed"], 4);  // the bloc's two figures and a1's unit row (total, out)
  int64_t a_rows = 0;          // the TCCSĐ rows name their organization
  for (const auto& r : j["rows"]) {
    if (r["org"].is_object() && r["org"]["id"] == a_.id && r["change"] != 0) ++a_rows;
  }
  EXPECT_EQ(a_rows, 2);
  auto list = ListSnapshots(*env_, op_, root_.id, 1, 10);
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->total, 1);
}

TEST_F(FrozenTest, RefusesBadInputAndOutsiders) {
  auto indicators = ResolveIndicators("members.total");
  ASSERT_TRUE(indicators.ok());
  IndicatorQuery q{a_.id, Date(2026, 11, 30), *report::ParsePeriod("2026"), *indicators};
  auto bad = FreezeReport(*env_, op_, {q, "", "", "2030-01-01"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.size(), 2u);  // title required, date not in the future
  auto s = FreezeReport(*env_, op_, {q, "Báo cáo", "", "2026-11-20"});
  ASSERT_TRUE(s.ok()) << s.error().detail;
  const Actor& outsider = staff_b_;
  auto seen = GetSnapshot(*env_, outsider, s->id);
  ASSERT_FALSE(seen.ok());
  EXPECT_EQ(seen.error().kind, ErrorKind::kNotFound);  // as for an id that does not exist
  EXPECT_EQ(seen.error().detail,
            "Không tìm thấy báo cáo đã lưu có mã " + std::to_string(s->id) + ".");
  EXPECT_EQ(GetSnapshot(*env_, outsider, s->id + 1000).error().kind, ErrorKind::kNotFound);
  EXPECT_TRUE(GetSnapshot(*env_, staff_a_, s->id).ok());
  auto voided = VoidSnapshot(*env_, outsider, s->id, "Sai");
  ASSERT_FALSE(voided.ok());
  EXPECT_EQ(voided.error().kind, ErrorKind::kNotFound);
  const Actor member = ActorFor(MakeUser("dangvien.a", a_.id, {"member"}), "10.0.0.8");
  EXPECT_EQ(FreezeReport(*env_, member, {q, "Báo cáo", "", "2026-11-20"}).error().kind,
            ErrorKind::kForbidden);
  auto v = VoidSnapshot(*env_, op_, s->id, "Gửi nhầm số liệu");
  ASSERT_TRUE(v.ok());
  EXPECT_FALSE(v->voided_at.empty());
  EXPECT_EQ(VoidSnapshot(*env_, op_, s->id, "Lần nữa").error().kind, ErrorKind::kConflict);
}

TEST(RecordedParam, DaysMomentsAndTheFuture) {
  TimePoint now;
  ASSERT_TRUE(ParseTimestamp("2026-11-21T01:00:00.000Z", &now));
  EXPECT_EQ(*report::ParseRecordedParam("", now), "");
  EXPECT_EQ(*report::ParseRecordedParam("2026-06-30", now), "2026-06-30T16:59:59.999Z");
  EXPECT_EQ(*report::ParseRecordedParam("2026-11-20T03:00:00.000Z", now),
            "2026-11-20T03:00:00.000Z");
  EXPECT_FALSE(report::ParseRecordedParam("2026-11-22", now).ok());
  EXPECT_FALSE(report::ParseRecordedParam("2026-11-21T02:00:00.000Z", now).ok());
  EXPECT_FALSE(report::ParseRecordedParam("hôm qua", now).ok());
}

}  // namespace
}  // namespace dangbo::service::testing
