// The admission step table through RecordStep on a real database: the whole path to a new
// probationary member, the order of steps, and bad input that writes nothing.
#include "service/admission/admission.h"

#include <gtest/gtest.h>

#include "service/lifecycle/lifecycle_test_fixture.h"

namespace dangbo::service::testing {
namespace {

class AdmissionTest : public LifecycleTest {
 protected:
  void Populate() override {
    LifecycleTest::Populate();
    intro1_ = AddMember(a1_, "Trần Văn Giới");
    intro2_ = AddMember(a1_, "Lê Thị Thiệu");
    AddMember(a1_, "Phạm Văn Ba");
    CandidateInput in;
    in.org_id = a1_.id;
    in.full_name = "Nguyễn Thị Ưu Tú";
    in.sex = "female";
    in.birth_date = "1998-03-04";
    in.general_education = "12/12";
    in.identified_on = "2026-01-10";
    auto c = CreateCandidate(*env_, op_, in);
    ASSERT_TRUE(c.ok()) << c.error().detail;
    id_ = c->id;
  }

  Result<StepResult> Step(StepInput in) { return RecordStep(*env_, op_, id_, in); }

  StepInput Introducers() {
    StepInput in{.step = "introducers", .on = "2026-03-02"};
    in.introducer1_id = intro1_;
    in.introducer2_id = intro2_;
    in.introducer1_since = in.introducer2_since = "2024-01-01";
    return in;
  }

  int64_t Version() { return Count("SELECT version FROM candidate WHERE id = ?", {id_}); }
  int64_t Audits() { return Count("SELECT COUNT(*) FROM audit_log"); }

  int64_t intro1_ = 0, intro2_ = 0, id_ = 0;
};

TEST_F(AdmissionTest, TheWholePathMakesAProbationaryMember) {
  ASSERT_TRUE(Step({.step = "class", .on = "2026-02-01", .certificate_no = "12/GCN"}).ok());
  ASSERT_TRUE(Step({.step = "dossier", .on = "2026-03-01"}).ok());
  auto intro = Step(Introducers());
  ASSERT_TRUE(intro.ok()) << intro.error().detail;
  auto vote = Step({.step = "vote", .on = "2026-04-01", .votes_for = 3, .votes_total = 3});
  ASSERT_TRUE(vote.ok()) << vote.error().detail;
  EXPECT_EQ(vote->candidate.status, "voted");
  auto dec = Step({.step = "decision", .on = "2026-05-04", .decision_no = "45-QĐ/ĐU"});
  ASSERT_TRUE(dec.ok()) << dec.error().detail;
  auto cer = Step({.step = "ceremony", .on = "2026-05-19"});
  ASSERT_TRUE(cer.ok()) << cer.error().detail;
  ASSERT_TRUE(cer->member_id.has_value());
  EXPECT_EQ(cer->candidate.status, "admitted");
  EXPECT_EQ(Text("SELECT status FROM member WHERE id = ?", {*cer->member_id}), "probationary");
  EXPECT_EQ(Text("SELECT decision_no FROM member_event WHERE member_id = ? AND kind = 'admitted'",
                 {*cer->member_id}),
            "45-QĐ/ĐU");
  // A closed file takes no further step.
  auto more = Step({.step = "withdraw", .on = "2026-05-20", .reason = "thử"});
  ASSERT_FALSE(more.ok());
  EXPECT_EQ(more.error().code, "candidate_closed");
}

// A candidate who turns 18 only after a class certificate taken now would run out gets a
// notice (not a refusal): when to take the class; after the class, that it must be taken again.
TEST_F(AdmissionTest, ATooYoungCandidateIsToldWhenTheClassWouldStillCount) {
  const auto grown = GetCandidate(*env_, op_, id_);
  ASSERT_TRUE(grown.ok());
  EXPECT_EQ(grown->age_notice, "");
  CandidateInput in;
  in.org_id = a1_.id;
  in.full_name = "Võ Minh Trẻ";
  in.sex = "male";
  in.birth_date = "2012-05-20";  // 18 on 20/05/2030
  in.general_education = "9/12";
  in.identified_on = "2024-09-01";  // a certificate of that day counts until 01/09/2029
  const auto young = CreateCandidate(*env_, op_, in);
  ASSERT_TRUE(young.ok()) << young.error().detail;
  EXPECT_EQ(young->age_notice,
            "Quần chúng đủ 18 tuổi vào ngày 20/05/2030; giấy chứng nhận lớp bồi dưỡng nhận thức "
            "về Đảng có giá trị 60 tháng, nên học lớp từ ngày 20/05/2025 trở đi.");
  EXPECT_EQ(CandidateJson(*young)["age_notice"], young->age_notice);
}

TEST_F(AdmissionTest, StepsFollowTheirOrder) {
  auto early_vote = Step({.step = "vote", .on = "2026-04-01", .votes_for = 3, .votes_total = 3});
  ASSERT_FALSE(early_vote.ok());
  EXPECT_EQ(early_vote.error().code, "steps_missing");
  auto proposal = Step({.step = "proposal", .on = "2026-04-01"});
  ASSERT_FALSE(proposal.ok());
  EXPECT_EQ(proposal.error().code, "step_out_of_order");
  ASSERT_TRUE(Step({.step = "dossier", .on = "2026-03-01"}).ok());
  auto before_last = Step({.step = "class", .on = "2026-02-01", .certificate_no = "1"});
  ASSERT_FALSE(before_last.ok());
  ASSERT_EQ(before_last.error().fields.size(), 1u);
  EXPECT_EQ(before_last.error().fields[0].field, "on");
  // Refusing may be dated before the last step (the decision may come late on paper).
  EXPECT_TRUE(Step({.step = "refuse", .on = "2026-02-15", .reason = "Không đủ tiêu chuẩn"}).ok());
}

TEST_F(AdmissionTest, BadInputWritesNothing) {
  const int64_t version = Version(), audits = Audits();
  for (const StepInput& in : {StepInput{.step = "promote", .on = "2026-02-01"},
                              StepInput{.step = "class", .on = "2026-02-01"},
                              StepInput{.step = "class", .on = "2026-13-01", .certificate_no = "1"},
                              StepInput{.step = "dossier", .on = "2099-01-01"},
                              StepInput{.step = "decision", .on = "2026-02-01"},
                              StepInput{.step = "refuse", .on = "2026-02-01", .reason = "  "}}) {
    auto r = Step(in);
    ASSERT_FALSE(r.ok()) << in.step;
    EXPECT_EQ(r.error().kind, ErrorKind::kInvalid) << in.step;
    EXPECT_FALSE(r.error().fields.empty()) << in.step;
  }
  StepInput same = Introducers();
  same.introducer2_id = intro1_;
  EXPECT_FALSE(Step(same).ok());
  EXPECT_EQ(Version(), version);
  EXPECT_EQ(Audits(), audits);
}

TEST_F(AdmissionTest, EveryStepOfTheVocabularyIsInTheStepTable) {
  for (AdmissionStep step : vocab::All<AdmissionStep>()) {
    const std::string code(vocab::Code(step));
    auto r = Step({.step = code, .on = "not a date"});
    ASSERT_FALSE(r.ok()) << code;
    ASSERT_EQ(r.error().fields.size(), 1u) << code;
    EXPECT_EQ(r.error().fields[0].field, "on") << code;  // a known step: only the date is wrong
  }
  auto unknown = Step({.step = "promote", .on = "2026-02-01"});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().fields[0].field, "step");
  EXPECT_EQ(CandidateStatusLabel("withdrawn"), "Thôi xem xét");
}

TEST_F(AdmissionTest, IntroducersMustSitInTheSameUnit) {
  const int64_t outsider = AddMember(a2_, "Võ Văn Khác");
  StepInput in = Introducers();
  in.introducer2_id = outsider;
  auto r = Step(in);
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.error().fields.size(), 1u);
  EXPECT_EQ(r.error().fields[0].field, "introducer2_id");
}

}  // namespace
}  // namespace dangbo::service::testing
