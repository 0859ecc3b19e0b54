// Propaganda on both engines: activities in the actor's subtree with the figures their kind
// needs (bad input refused in Vietnamese with nothing written), outsiders answered as for a
// missing record, voiding audited, a document studied by many units all or nothing, Directive
// 05 models and collaborators (no overlapping service), and the indicators (sessions, the
// participation rate, conferences, units registering models, collaborators serving).
#include "service/propaganda/propaganda.h"

#include <gtest/gtest.h>

#include "report/period.h"
#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/report/catalogue.h"
#include "service/report/indicators.h"

namespace dangbo::service {
namespace {

class PropagandaTest : public testing::LifecycleTest {
 protected:
  void Populate() override {
    LifecycleTest::Populate();
    tuyengiao_a_ = ActorFor(MakeUser("tuyengiao.a", a_.id, {"propaganda_staff"}), "10.0.0.9");
  }
  static ActivityInput Study(int64_t invited, int64_t attended, const char* on = "2026-03-10") {
    return {.kind = "study_session",
            .held_on = on,
            .title = "Học tập, quán triệt Nghị quyết 57-NQ/TW",
            .document_no = "57-NQ/TW",
            .document_kind = "resolution",
            .invited = invited,
            .attended = attended};
  }
  int64_t Rows(const char* table) { return Count(std::string("SELECT COUNT(*) FROM ") + table); }
  Actor tuyengiao_a_;
};

TEST_F(PropagandaTest, BadInputIsRefusedInVietnameseAndNothingIsWritten) {
  auto more = CreateActivity(*env_, tuyengiao_a_, a1_.id, Study(10, 11));
  ASSERT_FALSE(more.ok());
  EXPECT_EQ(more.error().kind, ErrorKind::kInvalid);
  EXPECT_NE(more.error().detail.find("không được lớn hơn"), std::string::npos)
      << more.error().detail;
  ASSERT_FALSE(more.error().fields.empty());
  EXPECT_EQ(more.error().fields[0].field, "attended");
  ActivityInput no_doc = Study(10, 9);
  no_doc.document_no = "";
  EXPECT_FALSE(CreateActivity(*env_, tuyengiao_a_, a1_.id, no_doc).ok());
  EXPECT_FALSE(CreateActivity(*env_, tuyengiao_a_, a1_.id, Study(10, 9, "2026-02-30")).ok());
  EXPECT_FALSE(CreateActivity(*env_, tuyengiao_a_, a1_.id, Study(10, 9, "2027-01-05")).ok());
  ActivityInput conference{.kind = "online_conference", .held_on = "2026-04-02", .title = "HN"};
  auto no_points = CreateActivity(*env_, tuyengiao_a_, a_.id, conference);
  ASSERT_FALSE(no_points.ok());
  EXPECT_NE(no_points.error().detail.find("điểm cầu"), std::string::npos)
      << no_points.error().detail;
  ActivityInput cooking = Study(10, 9);
  cooking.kind = "cooking";
  EXPECT_FALSE(CreateActivity(*env_, tuyengiao_a_, a1_.id, cooking).ok());
  // Outside the scope: a missing organization, the refusal audited.
  auto outside = CreateActivity(*env_, tuyengiao_a_, b1_.id, Study(10, 9));
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(Rows("propaganda_activity"), 0);
  EXPECT_EQ(Refusals("propaganda.activity_create"), 1);
}

TEST_F(PropagandaTest, ActivitiesAreScopedChangedAndVoidedWithAudit) {
  auto s = CreateActivity(*env_, tuyengiao_a_, a1_.id, Study(40, 39));
  ASSERT_TRUE(s.ok()) << s.error().detail;
  EXPECT_EQ(ActivityJson(*s)["rate"].get<double>(), 97.5);
  // A conference keeps its figures and drops those of other kinds.
  ActivityInput conf{.kind = "online_conference",
                     .held_on = "2026-05-20",
                     .title = "Hội nghị trực tuyến quán triệt Nghị quyết Đại hội XIV",
                     .invited = 99,
                     .attended = 1200,
                     .points = 68,
                     .entries = 3};
  auto c = CreateActivity(*env_, tuyengiao_a_, a_.id, conf);
  ASSERT_TRUE(c.ok()) << c.error().detail;
  EXPECT_EQ(c->points, 68);
  EXPECT_FALSE(c->invited.has_value());
  EXPECT_FALSE(c->entries.has_value());
  // Staff of B neither see nor change it: answered as missing.
  auto hidden = GetActivity(*env_, staff_b_, s->id);
  ASSERT_FALSE(hidden.ok());
  auto missing = GetActivity(*env_, staff_b_, s->id + 1000);
  EXPECT_EQ(hidden.error().kind, missing.error().kind);
  EXPECT_EQ(hidden.error().detail,
            "Không tìm thấy hoạt động tuyên giáo có mã " + std::to_string(s->id) + ".");
  auto list_b = ListActivities(*env_, staff_b_, a_.id, {});
  ASSERT_FALSE(list_b.ok());
  EXPECT_EQ(list_b.error().kind, ErrorKind::kNotFound);
  EXPECT_FALSE(VoidActivity(*env_, staff_b_, s->id, "Nhầm").ok());
  // org_staff read but do not write.
  auto read = ListActivities(*env_, staff_a_, a_.id, {.kind = "study_session"});
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->total, 1);
  EXPECT_EQ(CreateActivity(*env_, staff_a_, a1_.id, Study(5, 5)).error().kind,
            ErrorKind::kForbidden);
  // A change is audited before/after; the kind stays.
  ActivityInput change = Study(40, 40);
  change.expected_version = s->version;
  auto changed = UpdateActivity(*env_, tuyengiao_a_, s->id, change);
  ASSERT_TRUE(changed.ok()) << changed.error().detail;
  EXPECT_EQ(changed->attended, 40);
  change.kind = "contest";
  EXPECT_FALSE(UpdateActivity(*env_, tuyengiao_a_, s->id, change).ok());
  EXPECT_FALSE(VoidActivity(*env_, tuyengiao_a_, s->id, "  ").ok());
  ASSERT_TRUE(VoidActivity(*env_, tuyengiao_a_, s->id, "Ghi trùng").ok());
  EXPECT_FALSE(GetActivity(*env_, tuyengiao_a_, s->id).ok());
  EXPECT_EQ(Audits("propaganda.activity_create"), 2);
  EXPECT_EQ(Audits("propaganda.activity_update"), 1);
  EXPECT_EQ(Audits("propaganda.activity_void"), 1);
}

TEST_F(PropagandaTest, ManyUnitsStudyOneDocumentAllOrNothing) {
  StudyBatchInput batch{.title = "Học tập Chỉ thị 35-CT/TW",
                        .document_no = "35-CT/TW",
                        .document_kind = "directive",
                        .held_on = "2026-06-04",
                        .rows = {{a1_.id, 20, 20, ""}, {b1_.id, 10, 10, ""}}};
  auto outside = RecordStudyByUnits(*env_, tuyengiao_a_, a_.id, batch);
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().kind, ErrorKind::kNotFound);
  batch.rows[1] = {a2_.id, 10, 12, ""};
  auto bad = RecordStudyByUnits(*env_, tuyengiao_a_, a_.id, batch);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().detail.find("Dòng 2"), std::string::npos) << bad.error().detail;
  EXPECT_EQ(Rows("propaganda_activity"), 0);
  batch.rows[1] = {a2_.id, 10, 9, ""};
  auto ok = RecordStudyByUnits(*env_, tuyengiao_a_, a_.id, batch);
  ASSERT_TRUE(ok.ok()) << ok.error().detail;
  EXPECT_EQ(*ok, 2);
  EXPECT_EQ(Audits("propaganda.activity_create"), 2);
}

TEST_F(PropagandaTest, ModelsAndCollaborators) {
  const int64_t member = AddMember(a1_, "Cộng Tác Viên Một");
  const int64_t outsider = AddMember(b1_, "Đảng Viên Ngoài");
  ModelInput model{.year = 2026,
                   .kind = "collective",
                   .name = "Mô hình \"Dân vận khéo\" trong cải cách hành chính",
                   .registered_on = "2026-01-15"};
  auto m = CreateModel(*env_, tuyengiao_a_, a1_.id, model);
  ASSERT_TRUE(m.ok()) << m.error().detail;
  ModelInput wrong_year = model;
  wrong_year.registered_on = "2024-03-01";
  EXPECT_FALSE(CreateModel(*env_, tuyengiao_a_, a1_.id, wrong_year).ok());
  ModelInput person = model;
  person.kind = "individual";
  person.member_id = outsider;
  auto foreign = CreateModel(*env_, tuyengiao_a_, a1_.id, person);
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().detail.find("Ngoài"), std::string::npos);  // no name leaks
  model.recognized_on = "2026-10-20";
  ASSERT_TRUE(UpdateModel(*env_, tuyengiao_a_, m->id, model).ok());

  CollaboratorInput c{.member_id = member, .from_on = "2025-01-01"};
  auto col = CreateCollaborator(*env_, tuyengiao_a_, a_.id, c);
  ASSERT_TRUE(col.ok()) << col.error().detail;
  auto twice = CreateCollaborator(*env_, tuyengiao_a_, a_.id, {member, "2026-02-01"});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, "collaborator_overlap");
  EXPECT_FALSE(CreateCollaborator(*env_, tuyengiao_a_, a_.id, {outsider, "2026-02-01"}).ok());
  c.to_on = "2026-09-01";
  ASSERT_TRUE(UpdateCollaborator(*env_, tuyengiao_a_, col->id, c).ok());
  auto serving = ListCollaborators(*env_, tuyengiao_a_, a_.id, {.at = "2026-10-01"});
  ASSERT_TRUE(serving.ok());
  EXPECT_EQ(serving->total, 0);
  EXPECT_EQ(ListCollaborators(*env_, tuyengiao_a_, a_.id, {.at = "2026-03-01"})->total, 1);
  EXPECT_EQ(Audits("propaganda.collaborator_update"), 1);
  EXPECT_EQ(Audits("propaganda.model_update"), 1);
}

TEST_F(PropagandaTest, IndicatorsCountSessionsRateConferencesUnitsAndCollaborators) {
  ASSERT_TRUE(CreateActivity(*env_, tuyengiao_a_, a1_.id, Study(50, 49)).ok());
  ASSERT_TRUE(CreateActivity(*env_, tuyengiao_a_, a2_.id, Study(50, 50)).ok());
  ActivityInput conf{.kind = "online_conference",
                     .held_on = "2026-05-20",
                     .title = "Hội nghị trực tuyến",
                     .attended = 1200,
                     .points = 68};
  ASSERT_TRUE(CreateActivity(*env_, tuyengiao_a_, a_.id, conf).ok());
  ModelInput model{
      .year = 2026, .kind = "collective", .name = "Mô hình", .registered_on = "2026-01-15"};
  ASSERT_TRUE(CreateModel(*env_, tuyengiao_a_, a1_.id, model).ok());
  ASSERT_TRUE(CreateModel(*env_, tuyengiao_a_, a1_.id, model).ok());
  ASSERT_TRUE(CreateModel(*env_, tuyengiao_a_, a2_.id, model).ok());
  const int64_t member = AddMember(a1_, "Cộng Tác Viên");
  ASSERT_TRUE(CreateCollaborator(*env_, tuyengiao_a_, a_.id, {member, "2025-06-01"}).ok());
  auto codes = ResolveIndicators(
      "propaganda.study_sessions,propaganda.study_rate,propaganda.conferences,"
      "propaganda.conference_points,propaganda.conference_participants,propaganda.d05_units,"
      "propaganda.d05_models,propaganda.collaborators");
  ASSERT_TRUE(codes.ok()) << codes.error().detail;
  auto values = Indicators(*env_, tuyengiao_a_,
                           {.org_id = a_.id,
                            .at = Date(2026, 11, 21),
                            .period = *report::ParsePeriod("2026"),
                            .indicators = *codes});
  ASSERT_TRUE(values.ok()) << values.error().detail;
  EXPECT_EQ(values->values[0].count, 2);
  ASSERT_TRUE(values->values[1].percent.has_value());
  EXPECT_DOUBLE_EQ(*values->values[1].percent, 99.0);
  EXPECT_EQ(values->values[2].count, 1);
  EXPECT_EQ(values->values[3].count, 68);
  EXPECT_EQ(values->values[4].count, 1200);
  EXPECT_EQ(values->values[5].count, 2);  // two units, three models
  EXPECT_EQ(values->values[6].count, 3);
  EXPECT_EQ(values->values[7].count, 1);
}

// A report as recorded before a correction counts the study session as it stood then.
TEST_F(PropagandaTest, FiguresAsRecordedBeforeACorrectionKeepTheAttendanceThen) {
  auto s = CreateActivity(*env_, tuyengiao_a_, a1_.id, Study(40, 30));
  ASSERT_TRUE(s.ok()) << s.error().detail;
  const std::string first = NextDay();
  NextDay();
  ActivityInput change = Study(40, 38);
  change.expected_version = s->version;
  ASSERT_TRUE(UpdateActivity(*env_, tuyengiao_a_, s->id, change).ok());
  const char* codes = "propaganda.study_sessions,propaganda.study_attended";
  EXPECT_EQ(Figures(op_, a_, codes, Date(2026, 3, 31), "2026-Q1"), (std::vector<int64_t>{1, 38}));
  EXPECT_EQ(Figures(op_, a_, codes, Date(2026, 3, 31), "2026-Q1", first),
            (std::vector<int64_t>{1, 30}));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM propaganda_activity_retired"), 1);
}

}  // namespace
}  // namespace dangbo::service
