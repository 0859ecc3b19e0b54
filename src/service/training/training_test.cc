// Training on both engines: classes in the organiser's subtree, learners by kind (candidates
// only in "nhận thức về Đảng" classes), bad input refused with nothing written, a candidate's
// certificate filling the admission file and undone when voided (refused once the branch has
// voted), a member's theory certificate raising the level only upward with a training record,
// and the indicators (classes, learners, committee members trained x/y with the people behind).
#include "service/training/training.h"

#include <gtest/gtest.h>

#include "report/period.h"
#include "service/admission/admission.h"
#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/orgs/org_details.h"
#include "service/report/catalogue.h"
#include "service/report/indicators.h"

namespace dangbo::service {
namespace {

class TrainingTest : public testing::LifecycleTest {
 protected:
  TrainingClassInput Class(const char* kind, const char* from = "2026-03-02",
                           const char* to = "2026-03-06") {
    return {.kind = kind, .title = "Lớp khóa I năm 2026", .starts_on = from, .ends_on = to};
  }

  int64_t AddCandidate(const Org& org, const char* name) {
    CandidateInput in;
    in.org_id = org.id;
    in.full_name = name;
    in.sex = "female";
    in.birth_date = "1998-03-04";
    in.general_education = "12/12";
    in.identified_on = "2026-01-10";
    auto c = CreateCandidate(*env_, op_, in);
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().detail);
    return c.ok() ? c->id : 0;
  }

  int64_t Learner(const TrainingClass& c, size_t i = 0) { return c.learner_list.at(i).id; }
  int64_t ClassRows() { return Count("SELECT COUNT(*) FROM training_class"); }
};

TEST_F(TrainingTest, BadInputIsRefusedInVietnameseAndNothingIsWritten) {
  auto no_kind = CreateTrainingClass(*env_, staff_a_, a_.id, Class("cooking"));
  ASSERT_FALSE(no_kind.ok());
  EXPECT_EQ(no_kind.error().kind, ErrorKind::kInvalid);
  EXPECT_NE(no_kind.error().detail.find("Loại lớp"), std::string::npos);
  auto backwards =
      CreateTrainingClass(*env_, staff_a_, a_.id, Class("new_member", "2026-03-06", "2026-03-02"));
  ASSERT_FALSE(backwards.ok());
  EXPECT_NE(backwards.error().detail.find("bế giảng"), std::string::npos);
  auto bad_date = CreateTrainingClass(*env_, staff_a_, a_.id, Class("new_member", "2026-02-30"));
  ASSERT_FALSE(bad_date.ok());
  // Outside the scope: answered as a missing organization, refusal audited.
  auto outside = CreateTrainingClass(*env_, staff_b_, a_.id, Class("new_member"));
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(ClassRows(), 0);
  EXPECT_EQ(Refusals("training.class_create"), 1);
}

TEST_F(TrainingTest, LearnersComeFromTheSubtreeAndFitTheKind) {
  const int64_t member = AddMember(a1_, "Đảng Viên Một");
  const int64_t outsider = AddMember(b1_, "Đảng Viên Ngoài");
  const int64_t candidate = AddCandidate(a1_, "Quần Chúng Một");
  auto cls = CreateTrainingClass(*env_, staff_a_, a_.id, Class("new_member"));
  ASSERT_TRUE(cls.ok()) << cls.error().detail;
  auto mixed = AddLearners(*env_, staff_a_, cls->id, {member}, {candidate});
  ASSERT_FALSE(mixed.ok());
  EXPECT_EQ(mixed.error().code, "learner_kind");
  auto foreign = AddLearners(*env_, staff_a_, cls->id, {member, outsider}, {});
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_learner"), 0);  // all or nothing
  auto ok = AddLearners(*env_, staff_a_, cls->id, {member, member}, {});
  ASSERT_TRUE(ok.ok()) << ok.error().detail;
  EXPECT_EQ(ok->learners, 1);
  // Another committee's staff do not see the class at all.
  auto hidden = GetTrainingClass(*env_, staff_b_, cls->id);
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().kind, ErrorKind::kNotFound);
  auto listed = ListTrainingClasses(*env_, staff_a_, root_.id, {});
  ASSERT_FALSE(listed.ok());  // the root is outside staff A's scope
  auto mine = ListTrainingClasses(*env_, secretary_a1_, a1_.id, {});
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(mine->total, 0);  // organised by A, above the branch
  EXPECT_EQ(Audits("training.learners_add"), 1);
}

TEST_F(TrainingTest, CandidateCertificateFeedsTheAdmissionFileAndIsUndoneWhenVoided) {
  const int64_t candidate = AddCandidate(a1_, "Quần Chúng Hai");
  auto cls = CreateTrainingClass(*env_, staff_a_, a_.id, Class("candidate_awareness"));
  ASSERT_TRUE(cls.ok());
  auto with = AddLearners(*env_, staff_a_, cls->id, {}, {candidate});
  ASSERT_TRUE(with.ok()) << with.error().detail;
  const int64_t lid = Learner(*with);
  auto early = RecordResult(*env_, staff_a_, cls->id, lid,
                            {"completed", "good", "12-GCN/TTCT", "2026-03-01"});
  ASSERT_FALSE(early.ok());
  EXPECT_NE(early.error().detail.find("trước ngày bế giảng"), std::string::npos);
  auto done = RecordResult(*env_, staff_a_, cls->id, lid,
                           {"completed", "good", "12-GCN/TTCT", "2026-03-10"});
  ASSERT_TRUE(done.ok()) << done.error().detail;
  auto file = GetCandidate(*env_, op_, candidate);
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->class_certificate_no, "12-GCN/TTCT");
  EXPECT_EQ(file->class_completed_on, "2026-03-10");
  EXPECT_FALSE(file->certificate_valid_until.empty());
  // Voiding undoes it while the file is still being prepared.
  ASSERT_TRUE(VoidCertificate(*env_, staff_a_, cls->id, lid, "Ghi nhầm số").ok());
  file = GetCandidate(*env_, op_, candidate);
  EXPECT_EQ(file->class_certificate_no, "");
  EXPECT_EQ(file->class_completed_on, "");
  // Recorded again, then the branch votes: the certificate can no longer be voided.
  ASSERT_TRUE(
      RecordResult(*env_, staff_a_, cls->id, lid, {"completed", "", "13-GCN/TTCT", "2026-03-10"})
          .ok());
  store::Transaction tx = db_->BeginWrite();
  tx.Exec("UPDATE candidate SET status = 'voted' WHERE id = ?", {candidate});
  tx.Commit();
  auto refused = VoidCertificate(*env_, staff_a_, cls->id, lid, "Thử hủy");
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().detail.find("biểu quyết"), std::string::npos);
  auto void_class = VoidTrainingClass(*env_, staff_a_, cls->id, "Thử hủy lớp");
  ASSERT_FALSE(void_class.ok());
  EXPECT_EQ(Text("SELECT class_certificate_no FROM candidate WHERE id = ?", {candidate}),
            "13-GCN/TTCT");
  EXPECT_EQ(Audits("training.result"), 2);
}

TEST_F(TrainingTest, TheoryCertificateRaisesTheLevelOnlyUpwardAndVoidingRestoresIt) {
  const int64_t low = AddMember(a1_, "Chưa Có Lý Luận");
  const int64_t high = AddMember(a1_, "Đã Cao Cấp");
  {
    store::Transaction tx = db_->BeginWrite();
    tx.Exec("UPDATE member SET theory_level = 'cao_cap' WHERE id = ?", {high});
    tx.Commit();
  }
  auto cls = CreateTrainingClass(*env_, staff_a_, a_.id, Class("theory_intermediate"));
  ASSERT_TRUE(cls.ok());
  auto with = AddLearners(*env_, staff_a_, cls->id, {low, high}, {});
  ASSERT_TRUE(with.ok());
  for (const auto& l : with->learner_list) {
    auto r = RecordResult(*env_, staff_a_, cls->id, l.id,
                          {"completed", "fair", "TC-" + std::to_string(l.id), "2026-03-20"});
    ASSERT_TRUE(r.ok()) << r.error().detail;
  }
  EXPECT_EQ(Text("SELECT theory_level FROM member WHERE id = ?", {low}), "trung_cap");
  EXPECT_EQ(Text("SELECT theory_level FROM member WHERE id = ?", {high}), "cao_cap");
  auto file = GetMember(*env_, op_, low);
  ASSERT_TRUE(file.ok());
  ASSERT_EQ(file->data.training.size(), 1u);
  EXPECT_NE(file->data.training[0].title.find("trung cấp"), std::string::npos);
  const int64_t lid =
      with->learner_list[0].member_id == low ? Learner(*with, 0) : Learner(*with, 1);
  ASSERT_TRUE(VoidCertificate(*env_, staff_a_, cls->id, lid, "Nhầm lớp").ok());
  EXPECT_EQ(Text("SELECT theory_level FROM member WHERE id = ?", {low}), "");
  EXPECT_EQ(
      Count("SELECT COUNT(*) FROM member_record WHERE member_id = ? AND kind = 'training'", {low}),
      0);
  auto bad =
      RecordResult(*env_, staff_a_, cls->id, lid, {"not_completed", "", "X-1", "2026-03-20"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().kind, ErrorKind::kInvalid);
  // Voiding the class undoes the other certificate (the higher level stays).
  ASSERT_TRUE(VoidTrainingClass(*env_, staff_a_, cls->id, "Lớp ghi nhầm").ok());
  EXPECT_EQ(Text("SELECT theory_level FROM member WHERE id = ?", {high}), "cao_cap");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member_record WHERE kind = 'training'"), 0);
  EXPECT_FALSE(GetTrainingClass(*env_, staff_a_, cls->id).ok());
}

TEST_F(TrainingTest, IndicatorsCountClassesLearnersAndCommitteeMembersTrained) {
  const int64_t sec = AddMember(a1_, "Bí Thư Một");
  const int64_t dep = AddMember(a1_, "Phó Bí Thư Một");
  for (auto [id, pos] : {std::pair{sec, "secretary"}, std::pair{dep, "deputy_secretary"}}) {
    ASSERT_TRUE(AddCommitteeSeat(*env_, op_,
                                 {.org_id = a1_.id,
                                  .term = "2025–2030",
                                  .person_name = id == sec ? "Bí Thư Một" : "Phó Bí Thư Một",
                                  .member_id = id,
                                  .position = pos})
                    .ok());
  }
  auto cls = CreateTrainingClass(*env_, staff_a_, a_.id, Class("committee_skills"));
  ASSERT_TRUE(cls.ok());
  auto with = AddLearners(*env_, staff_a_, cls->id, {sec, dep}, {});
  ASSERT_TRUE(with.ok());
  for (const auto& l : with->learner_list) {
    const bool completed = l.member_id == sec;
    ASSERT_TRUE(RecordResult(*env_, staff_a_, cls->id, l.id,
                             {completed ? "completed" : "not_completed", "", "", ""})
                    .ok());
  }
  auto codes = ResolveIndicators(
      "training.classes,training.learners_committee_skills,training.completed,"
      "training.committee_seats,training.committee_trained,training.committee_trained_percent");
  ASSERT_TRUE(codes.ok());
  auto values = Indicators(*env_, staff_a_,
                           {.org_id = a_.id,
                            .at = Date(2026, 11, 21),
                            .period = *report::ParsePeriod("2026"),
                            .indicators = *codes});
  ASSERT_TRUE(values.ok()) << values.error().detail;
  EXPECT_EQ(values->values[0].count, 1);
  EXPECT_EQ(values->values[1].count, 2);
  EXPECT_EQ(values->values[2].count, 1);
  EXPECT_EQ(values->values[3].count, 2);
  EXPECT_EQ(values->values[4].count, 1);
  ASSERT_TRUE(values->values[5].percent.has_value());
  EXPECT_DOUBLE_EQ(*values->values[5].percent, 50.0);
  auto people = IndicatorPeople(*env_, staff_a_,
                                {.org_id = a_.id,
                                 .indicator = &IndicatorOf("training.committee_trained"),
                                 .at = Date(2026, 11, 21),
                                 .period = *report::ParsePeriod("2026")});
  ASSERT_TRUE(people.ok()) << people.error().detail;
  ASSERT_EQ(people->items.size(), 1u);
  EXPECT_EQ(people->items[0].id, sec);
}

// A report as recorded on a day counts the learners and results as they stood: enrolled but
// not completed, then completed, then the certificate voided.
TEST_F(TrainingTest, FiguresAsRecordedKeepTheResultsOfThatDay) {
  const int64_t m = AddMember(a1_, "Học Viên Ghi Nhận");
  auto cls = CreateTrainingClass(*env_, staff_a_, a_.id, Class("new_member"));
  ASSERT_TRUE(cls.ok()) << cls.error().detail;
  auto with = AddLearners(*env_, staff_a_, cls->id, {m}, {});
  ASSERT_TRUE(with.ok()) << with.error().detail;
  const std::string enrolled = NextDay();
  NextDay();
  ASSERT_TRUE(RecordResult(*env_, staff_a_, cls->id, Learner(*with),
                           {"completed", "fair", "CN-01", "2026-03-10"})
                  .ok());
  const std::string completed = NextDay();
  NextDay();
  ASSERT_TRUE(VoidCertificate(*env_, staff_a_, cls->id, Learner(*with), "Nhầm người").ok());
  const char* codes = "training.classes,training.learners,training.completed";
  const Date at(2026, 3, 31);
  EXPECT_EQ(Figures(staff_a_, a_, codes, at, "2026-Q1"), (std::vector<int64_t>{1, 1, 0}));
  EXPECT_EQ(Figures(staff_a_, a_, codes, at, "2026-Q1", completed),
            (std::vector<int64_t>{1, 1, 1}));
  EXPECT_EQ(Figures(staff_a_, a_, codes, at, "2026-Q1", enrolled), (std::vector<int64_t>{1, 1, 0}));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_learner_retired"), 2);
}

}  // namespace
}  // namespace dangbo::service
