// The body schema of every write route, in one table: App checks each write request's body
// against its route's schema (after the session, before the handler), so handlers and
// services only ever see bodies of known fields, types, ranges and lengths.
#include <map>
#include <utility>

#include "http/app.h"
#include "service/meetings/meetings.h"
#include "service/members/member_import.h"
#include "service/members/members.h"

namespace dangbo::http {

namespace {

using namespace field;  // NOLINT: the builders read as a table

constexpr int64_t kCount = 1'000'000;  // votes, targets: non-negative counts
constexpr int64_t kPassword = 1'024;

std::vector<FieldSpec> Join(std::vector<std::vector<FieldSpec>> parts) {
  std::vector<FieldSpec> out;
  for (auto& p : parts) {
    for (auto& f : p) out.push_back(std::move(f));
  }
  return out;
}

const std::vector<FieldSpec> kDecision = {Date("effective_on"), Text("decision_no", 100),
                                          Date("decision_date")};
const std::vector<FieldSpec> kLetter = {Text("letter_no", 100), Date("letter_date")};
const std::vector<FieldSpec> kNote = {LongText("note")};

const BodySchema kRecord = {
    {Date("from_date"), Date("to_date"), Text("title"), LongText("detail")}};
const BodySchema kSplitPart = {{Text("name", 255), Text("kind", 40), Ids("member_ids", 100'000)}};

// The member file's scalar fields: dates as dates, names 100 characters, the rest 500.
std::vector<FieldSpec> MemberScalars() {
  std::vector<FieldSpec> out = {Id("org_id"), Bool("confirm_duplicate")};
  for (const auto& f : service::MemberFields()) {
    const std::string name = f.name;
    const bool date = name == "birth_date" || name == "admitted_on" || name == "official_on" ||
                      name == "card_issued_on";
    const bool person = name == "full_name" || name == "other_name";
    out.push_back(date ? Date(name) : Text(name, person ? kNameText : kShortText));
  }
  return out;
}

std::vector<FieldSpec> MemberFile() {
  return Join({MemberScalars(),
               {Objects("work", kRecord, 200), Objects("training", kRecord, 200),
                Objects("rewards", kRecord, 200), Objects("family", kRecord, 200)}});
}

// Base64 of the largest file the web import takes, with room for padding.
constexpr int64_t kImportBase64 = (service::kWebImportMaxBytes + 2) / 3 * 4;

using Key = std::pair<Method, std::string>;

// Inspection and discipline: programmes, cases, conclusions, follow-up; decisions, appeals.
void AddCaseBodies(std::map<Key, BodySchema>& t) {
  auto add = [&t](Method m, const char* pattern, std::vector<FieldSpec> fields) {
    t[{m, pattern}] = BodySchema{std::move(fields)};
  };
  const Method post = Method::kPost;
  const std::vector<FieldSpec> reason = {LongText("reason", 2'000)};
  add(post, "/api/orgs/{id}/inspection-programmes",
      {Int("year", 1930, 2200).Required(), Text("title", 500).Required(), Text("decision_no", 100),
       Date("approved_on"), LongText("note")});
  add(post, "/api/orgs/{id}/inspections",
      {Text("kind", 40).Required(), Text("subject", 20).Required(), Id("subject_org_id"),
       Id("member_id"), Id("programme_id"), Text("title", 500).Required(), LongText("team", 2'000),
       Date("started_on").Required(), Date("planned_end_on"), LongText("documents")});
  add(post, "/api/inspections/{id}/conclusion",
      {Date("concluded_on").Required(), Bool("violation"), LongText("conclusion").Required(),
       LongText("remedies"), Date("fix_due_on"), Int("version", 0, INT32_MAX)});
  add(post, "/api/inspections/{id}/steps",
      {Date("on").Required(), LongText("note").Required(), Bool("close")});
  add(post, "/api/inspections/{id}/void", reason);
  add(post, "/api/orgs/{id}/discipline",
      {Text("subject", 20).Required(), Id("member_id"), Id("subject_org_id"),
       Id("inspection_case_id"), Text("form", 40).Required(), Text("post", 200),
       Date("violation_on").Required(), LongText("violation", 2'000).Required(),
       Text("decision_no", 100).Required(), Date("decided_on").Required(), Date("received_on"),
       LongText("note", 2'000)});
  add(post, "/api/discipline/{id}/appeal",
      {Date("appeal_on").Required(), Int("version", 0, INT32_MAX)});
  add(post, "/api/discipline/{id}/appeal-decision",
      {Text("outcome", 20).Required(), Date("decided_on").Required(), Text("decision_no", 100),
       Text("new_form", 40), Int("version", 0, INT32_MAX)});
  add(post, "/api/discipline/{id}/void", reason);
}

// Meetings: the record, attendance marks, minutes (base64 of at most 5 MB), assignments.
void AddMeetingBodies(std::map<Key, BodySchema>& t) {
  static const BodySchema kMark = {{Id("member_id").Required(), Text("status", 40).Required()}};
  const std::vector<FieldSpec> meeting = {Id("org_id"),
                                          Text("kind", 40),
                                          Date("planned_on"),
                                          Date("held_on"),
                                          Text("topic"),
                                          Id("chair_member_id"),
                                          Id("recorder_member_id"),
                                          Id("higher_member_id"),
                                          Text("chair_name", kNameText),
                                          Text("recorder_name", kNameText),
                                          Text("higher_name", kNameText),
                                          LongText("resolution"),
                                          Text("quality", 40),
                                          Int("version", 0, INT32_MAX)};
  t[{Method::kPost, "/api/meetings"}] = BodySchema{meeting};
  t[{Method::kPost, "/api/meetings/{id}"}] = BodySchema{meeting};
  t[{Method::kPost, "/api/meetings/{id}/void"}] = BodySchema{{LongText("reason", 2'000)}};
  t[{Method::kPost, "/api/meetings/{id}/attendance"}] =
      BodySchema{{Objects("marks", kMark, 2'000).Required()}};
  t[{Method::kPost, "/api/meetings/{id}/minutes"}] =
      BodySchema{{Text("filename", 255).Required(),
                  Base64("content_base64", (service::kMinutesMaxBytes + 2) / 3 * 4).Required()}};
  t[{Method::kPost, "/api/orgs/{id}/meetings/plan"}] =
      BodySchema{{Int("year", 1930, 2200).Required(), Int("day", 1, 31)}};
  t[{Method::kPost, "/api/orgs/{id}/meeting-assignments"}] =
      BodySchema{{Id("member_id").Required(), Date("from_on"), LongText("note", 2'000)}};
  t[{Method::kPost, "/api/orgs/{id}/meeting-assignments/{aid}/end"}] =
      BodySchema{{Date("to_on").Required()}};
}

// Dues: a month's collection (one line per member), corrections, bases, reliefs, remittances.
void AddDuesBodies(std::map<Key, BodySchema>& t) {
  constexpr int64_t kMoney = 1'000'000'000;  // đồng paid in a month
  constexpr int64_t kBase = 2'000'000'000;   // a salary or a unit's month (int32, as every int)
  static const BodySchema kLine = {{Id("member_id").Required(), Int("paid", 0, kMoney),
                                    Int("extra", 0, kMoney), Text("receipt_no", 100),
                                    Text("reason", 500)}};
  t[{Method::kPost, "/api/orgs/{id}/dues/collect"}] = BodySchema{
      {Text("month", 7).Required(), Date("paid_on"), Objects("lines", kLine, 2'000).Required()}};
  t[{Method::kPost, "/api/orgs/{id}/dues/corrections"}] = BodySchema{
      {Text("month", 7).Required(), Id("member_id").Required(), Int("paid_delta", -kMoney, kMoney),
       Int("extra_delta", -kMoney, kMoney), Text("reason", 500).Required(), Date("on")}};
  t[{Method::kPost, "/api/members/{id}/dues/basis"}] =
      BodySchema{{Text("from_month", 7).Required(), Text("income", 40).Required(),
                  Int("amount", 0, kBase), LongText("note", 2'000)}};
  t[{Method::kPost, "/api/members/{id}/dues/relief"}] = BodySchema{
      {Text("kind", 40).Required(), Text("reason", 40).Required(), Int("percent", 1, 100),
       Text("from_month", 7).Required(), Text("to_month", 7), LongText("note", 2'000)}};
  t[{Method::kPost, "/api/orgs/{id}/dues/remit"}] =
      BodySchema{{Text("month", 7).Required(), Date("remitted_on"), Int("amount", 0, kBase),
                  LongText("note", 2'000)}};
  t[{Method::kPost, "/api/orgs/{id}/dues/retention"}] =
      BodySchema{{Text("from_month", 7).Required(), Int("keep_percent", 0, 100).Required(),
                  LongText("note", 2'000)}};
}

// Rewards: awards and their voiding; emulation movements and models.
void AddRewardBodies(std::map<Key, BodySchema>& t) {
  const Method post = Method::kPost;
  const BodySchema why = {{LongText("reason", 2'000).Required()}};
  t[{post, "/api/orgs/{id}/rewards"}] = BodySchema{
      {Text("subject", 20).Required(), Id("member_id"), Text("recipient", 300),
       Text("form", 40).Required(), Text("level", 40).Required(),
       Text("decision_no", 100).Required(), Date("decided_on").Required(),
       LongText("reason", 2'000).Required(), Text("period_label", 200), Id("emulation_id")}};
  t[{post, "/api/rewards/{id}/void"}] = why;
  t[{post, "/api/orgs/{id}/emulations"}] =
      BodySchema{{Text("kind", 40).Required(), Text("title", 500).Required(),
                  Date("starts_on").Required(), Date("ends_on"), LongText("note", 2'000)}};
  t[{post, "/api/emulations/{id}/void"}] = why;
  // Objects() keeps a pointer to the schema of its items: it must outlive the table.
  static const BodySchema kCultureItem = {{Id("host_unit_id").Required(), Bool("registered"),
                                           Text("result", 20), Text("decision_no", 100),
                                           Date("decided_on"), LongText("note", 1'000)}};
  t[{Method::kPut, "/api/orgs/{id}/culture/{year}"}] =
      BodySchema{{Objects("items", kCultureItem, 5'000).Required()}};
  // Numbers as text ("94,5"): the service reads them the Vietnamese way.
  t[{post, "/api/orgs/{id}/congress-targets"}] =
      BodySchema{{Text("term", 20).Required(), Text("title", 500).Required(), Text("unit", 40),
                  Text("comparison", 20).Required(), Text("indicator", 100), Text("term_plan", 20),
                  Int("position", 0, 1'000)}};
  t[{Method::kPut, "/api/congress-targets/{id}/years/{year}"}] =
      BodySchema{{Text("plan", 20), Text("actual", 20), LongText("note", 1'000)}};
  t[{post, "/api/congress-targets/{id}/void"}] = why;
  t[{post, "/api/orgs/{id}/documents"}] = BodySchema{
      {Text("kind", 20).Required(), Text("number", 60).Required(), Text("issuer", 200),
       Date("issued_on").Required(), LongText("title", 1'000).Required(), LongText("note", 2'000)}};
  t[{Method::kPut, "/api/orgs/{id}/documents/{did}/implementation"}] =
      BodySchema{{Date("studied_on"), Date("plan_on"), Text("plan_no", 60), Date("resolution_on"),
                  Text("resolution_no", 60), LongText("note", 2'000)}};
  t[{post, "/api/documents/{id}/void"}] = why;
}

// Training: classes, learners, results and certificates; cadre planning and roadmaps.
void AddTrainingBodies(std::map<Key, BodySchema>& t) {
  const Method post = Method::kPost;
  const BodySchema reason = {{LongText("reason", 2'000)}};
  const BodySchema cls = {{Text("kind", 40).Required(), Text("title", 500).Required(),
                           Date("starts_on").Required(), Date("ends_on").Required(),
                           Text("place", 500), LongText("note", 2'000),
                           Int("version", 0, INT32_MAX)}};
  t[{post, "/api/orgs/{id}/training-classes"}] = cls;
  t[{post, "/api/training-classes/{id}"}] = cls;
  t[{post, "/api/training-classes/{id}/void"}] = reason;
  t[{post, "/api/training-classes/{id}/learners"}] =
      BodySchema{{Ids("member_ids", 2'000), Ids("candidate_ids", 2'000)}};
  t[{post, "/api/training-classes/{id}/learners/{lid}/result"}] =
      BodySchema{{Text("result", 20).Required(), Text("grade", 20), Text("certificate_no", 100),
                  Date("certificate_on")}};
  // Required here: a learner's removal and a certificate's voiding need their reason.
  const BodySchema why = {{LongText("reason", 2'000).Required()}};
  t[{post, "/api/training-classes/{id}/learners/{lid}/remove"}] = why;
  t[{post, "/api/training-classes/{id}/learners/{lid}/void-certificate"}] = why;
  // Objects() keeps a pointer to the schema of its items: it must outlive the table.
  static const BodySchema kRoadmapItem = {
      {Text("kind", 40).Required(), Date("due_on").Required(), LongText("note", 2'000)}};
  const std::vector<FieldSpec>& roadmap = kRoadmapItem.fields;
  t[{post, "/api/orgs/{id}/cadre-plans"}] = BodySchema{
      {Text("term", 20).Required(), Id("member_id").Required(), Text("post", 40).Required(),
       Date("added_on").Required(), Text("added_decision_no", 100).Required(),
       Text("target_theory", 20), Date("theory_by"), LongText("note", 2'000),
       Objects("roadmap", kRoadmapItem, 50)}};
  t[{post, "/api/cadre-plans/{id}"}] =
      BodySchema{{Text("target_theory", 20), Date("theory_by"), LongText("note", 2'000),
                  Int("version", 0, INT32_MAX)}};
  t[{post, "/api/cadre-plans/{id}/remove"}] =
      BodySchema{{Date("removed_on").Required(), Text("removed_decision_no", 100).Required(),
                  LongText("reason", 2'000)}};
  t[{post, "/api/cadre-plans/{id}/void"}] = reason;
  t[{post, "/api/cadre-plans/{id}/roadmap"}] = BodySchema{roadmap};
  t[{post, "/api/cadre-plans/{id}/roadmap/{rid}/remove"}] = why;
}

// Propaganda: activities, a document studied by many units, Directive 05 models,
// public-opinion collaborators.
void AddPropagandaBodies(std::map<Key, BodySchema>& t) {
  const Method post = Method::kPost;
  const BodySchema reason = {{LongText("reason", 2'000)}};
  const int64_t kMax = 10'000'000;
  const BodySchema activity = {
      {Text("kind", 40), Date("held_on").Required(), Date("ends_on"), Text("title", 500).Required(),
       Text("document_no", 100), Text("document_kind", 40), Int("invited", 0, kMax),
       Int("attended", 0, kMax), Int("points", 0, kMax), Int("entries", 0, kMax),
       Int("prizes", 0, kMax), Int("opinions", 0, kMax), LongText("topics", 1'000),
       LongText("summary", 5'000), LongText("note", 2'000), Int("version", 0, INT32_MAX)}};
  t[{post, "/api/orgs/{id}/propaganda-activities"}] = activity;
  t[{post, "/api/propaganda-activities/{id}"}] = activity;
  t[{post, "/api/propaganda-activities/{id}/void"}] = reason;
  // Objects() keeps a pointer to the schema of its items: it must outlive the table.
  static const BodySchema kStudyRow = {{Id("org_id").Required(), Int("invited", 0, kMax).Required(),
                                        Int("attended", 0, kMax).Required(), Date("held_on")}};
  t[{post, "/api/orgs/{id}/study-sessions"}] =
      BodySchema{{Text("title", 500).Required(), Text("document_no", 100).Required(),
                  Text("document_kind", 40).Required(), Date("held_on").Required(),
                  Objects("rows", kStudyRow, 5'000).Required()}};
  const BodySchema model = {{Int("year", 0, 9999).Required(), Text("kind", 40).Required(),
                             Id("member_id"), Text("name", 500).Required(),
                             Date("registered_on").Required(), Date("recognized_on"),
                             LongText("note", 2'000), Int("version", 0, INT32_MAX)}};
  t[{post, "/api/orgs/{id}/directive05-models"}] = model;
  t[{post, "/api/directive05-models/{id}"}] = model;
  t[{post, "/api/directive05-models/{id}/void"}] = reason;
  const BodySchema collaborator = {{Id("member_id"), Date("from_on").Required(), Date("to_on"),
                                    Text("decision_no", 100), LongText("note", 2'000),
                                    Int("version", 0, INT32_MAX)}};
  t[{post, "/api/orgs/{id}/opinion-collaborators"}] = collaborator;
  t[{post, "/api/opinion-collaborators/{id}"}] = collaborator;
  t[{post, "/api/opinion-collaborators/{id}/void"}] = reason;
}

// Members' own space: a correction request, its answer, a member's own account.
void AddSelfBodies(std::map<Key, BodySchema>& t) {
  t[{Method::kPost, "/api/me/corrections"}] =
      BodySchema{{Text("field", 40), LongText("requested", 2'000), LongText("note", 2'000)}};
  t[{Method::kPost, "/api/corrections/{id}/resolve"}] =
      BodySchema{{Text("state", 20), LongText("resolution", 2'000)}};
  t[{Method::kPost, "/api/members/{id}/account"}] =
      BodySchema{{Text("username", kNameText), Text("password", kPassword)}};
}

std::map<Key, BodySchema> BuildTable() {
  const BodySchema event = {Join({kDecision, kNote})};
  std::map<Key, BodySchema> t;
  auto add = [&t](Method m, const std::string& pattern, std::vector<FieldSpec> fields) {
    t[{m, pattern}] = BodySchema{std::move(fields)};
  };
  const Method kPost = Method::kPost, kPut = Method::kPut, kDelete = Method::kDelete;

  add(kPost, "/api/auth/login",
      {Text("username", kNameText).Required(), Text("password", kPassword).Required()});
  add(kPost, "/api/auth/logout", {});
  add(kPost, "/api/auth/password",
      {Text("current_password", kPassword), Text("new_password", kPassword)});
  add(kPost, "/api/users",
      {Text("username", kNameText), Text("display_name", kNameText), Id("org_id"),
       Texts("roles", 20), Text("password", kPassword)});
  add(kPost, "/api/users/{id}/password", {Text("password", kPassword)});

  add(kPost, "/api/orgs",
      Join(
          {{Id("parent_id"), Text("kind", 40), Text("name", 255), Id("host_unit_id")}, kDecision}));
  add(kPost, "/api/orgs/{id}/rename", Join({{Text("name", 255)}, kDecision}));
  add(kPost, "/api/orgs/{id}/move", Join({{Id("parent_id")}, kDecision}));
  add(kPost, "/api/orgs/{id}/upgrade", Join({{Text("first_branch_name", 255)}, kDecision}));
  add(kPost, "/api/orgs/{id}/merge", Join({{Id("target_id"), Id("target_branch_id")}, kDecision}));
  add(kPost, "/api/orgs/{id}/split", Join({{Objects("parts", kSplitPart, 50)}, kDecision}));
  add(kPost, "/api/orgs/{id}/dissolve", kDecision);
  add(kPost, "/api/host-units", {Text("name", 255), Text("kind", 40)});
  add(kPost, "/api/orgs/{id}/committee",
      {Text("term", 20).Required(), Text("person_name", kNameText).Required(), Id("member_id"),
       Text("position", 40), Bool("heads_host_unit"), Date("from_date"), Date("to_date")});
  add(kDelete, "/api/orgs/{id}/committee/{cid}", {});

  add(kPost, "/api/members", MemberFile());
  // A member read with GET may be sent back whole: its read-only fields are checked and ignored.
  add(kPut, "/api/members/{id}",
      Join({MemberFile(),
            {Int("version", 0, INT32_MAX).Required(), Id("id"), Text("org_name", 255),
             Text("status", 40), Text("status_label", 100), Bool("masked"), Text("created_at", 40),
             Text("updated_at", 40)}}));
  const std::vector<FieldSpec> import = {
      Text("filename", 255), Base64("content_base64", kImportBase64).Required(), Id("org_id")};
  add(kPost, "/api/members/import/preview",
      Join({import,
            {Int("rows_offset", 0, service::kWebImportMaxRows),
             Int("rows_limit", 1, service::kPreviewMaxRows)}}));
  add(kPost, "/api/members/import/commit",
      Join({import, {Ids("exclude_rows", service::kWebImportMaxRows)}}));

  add(kPost, "/api/candidates",
      {Id("org_id"), Text("full_name", kNameText), Text("sex", 20), Date("birth_date"),
       Text("national_id", 20), Text("ethnicity", kNameText), Text("religion", kNameText),
       Text("general_education", 20), Text("occupation"), Text("job_title"), Text("home_town"),
       Text("residence"), Date("identified_on"), LongText("note")});
  add(kPost, "/api/candidates/{id}/steps",
      {Text("step", 40), Date("on"), Text("certificate_no", 100), Id("introducer1_id"),
       Id("introducer2_id"), Date("introducer1_since"), Date("introducer2_since"),
       Int("votes_for", 0, kCount), Int("votes_total", 0, kCount), Text("decision_no", 100),
       LongText("reason"), Int("version", 0, INT32_MAX)});
  add(kPost, "/api/members/{id}/recognition",
      {Date("resolution_on"), Text("decision_no", 100), Date("decision_date"), Bool("recognize"),
       LongText("reason")});
  add(kPut, "/api/orgs/{id}/targets/{year}", {Int("target", 0, kCount).Required()});
  add(kPut, "/api/holidays/{day}", {Text("name", 255), Text("kind", 40)});
  add(kPost, "/api/orgs/{id}/report-snapshots",
      {Text("title", 300), Text("number", 60), Date("issued_on")});
  add(kPost, "/api/report-snapshots/{id}/void", {LongText("reason")});
  add(kDelete, "/api/holidays/{day}", {});

  add(kPost, "/api/members/{id}/transfer-out",
      Join({kDecision, kLetter, kNote, {Text("external_unit")}}));
  add(kPost, "/api/transfers/in",
      Join({MemberScalars(), kDecision, kLetter, kNote, {Text("external_unit")}}));
  add(kPost, "/api/members/{id}/transfer-internal",
      Join({kDecision, kLetter, kNote, {Id("to_org_id"), Bool("confirm_now")}}));
  add(kPost, "/api/members/{id}/transfer-temporary",
      Join({kDecision,
            kLetter,
            kNote,
            {Text("purpose", 40), Date("until_on"), Id("to_org_id"), Text("external_unit"),
             Bool("confirm_now")}}));
  add(kPost, "/api/transfers/{id}/confirm", kNote);
  add(kPost, "/api/transfers/{id}/cancel", {LongText("reason")});
  add(kPost, "/api/transfers/{id}/return", Join({kNote, {Date("returned_on")}}));

  add(kPost, "/api/members/{id}/card", Join({event.fields, {Text("card_no", 40)}}));
  add(kPost, "/api/members/{id}/card/reissue",
      Join({event.fields,
            {Text("card_no", 40), Text("reason", 40), LongText("reason_text", 2'000)}}));
  add(kPost, "/api/members/{id}/exempt", Join({event.fields, {LongText("reason", 2'000)}}));
  add(kPost, "/api/members/{id}/remove",
      Join({event.fields, {Text("reason", 40), LongText("reason_text", 2'000)}}));
  add(kPost, "/api/members/{id}/readmit", Join({event.fields, {Date("vote_on"), Id("org_id")}}));
  for (const char* verb : {"exemption-end", "expel", "leave", "death"}) {
    t[{kPost, std::string("/api/members/{id}/") + verb}] = event;
  }
  add(kPost, "/api/members/{id}/events/{event_id}/void", {LongText("reason", 2'000)});
  AddMeetingBodies(t);
  AddDuesBodies(t);
  AddTrainingBodies(t);
  AddPropagandaBodies(t);
  AddSelfBodies(t);
  AddRewardBodies(t);

  const std::vector<FieldSpec> rating_step = {Int("year", 2000, 2200).Required(),
                                              Text("step", 20).Required(),
                                              Date("on").Required(),
                                              Text("level", 20),
                                              Int("score", 0, 100),
                                              Text("approval_no", 100),
                                              LongText("note", 2'000),
                                              Int("version", 0, INT32_MAX)};
  add(kPost, "/api/members/{id}/ratings", rating_step);
  add(kPost, "/api/orgs/{id}/ratings", rating_step);
  add(kPost, "/api/members/{id}/badges",
      {Int("milestone", 1, 100).Required(), Date("round_on").Required(), Text("basis", 20),
       Date("proposed_on").Required(), LongText("note", 2'000)});
  add(kPost, "/api/badges/steps",
      {Id("badge_id").Required(), Text("step", 20).Required(), Text("decision_no", 100), Date("on"),
       LongText("reason", 2'000), Int("version", 0, INT32_MAX)});
  AddCaseBodies(t);
  return t;
}

}  // namespace

const BodySchema* RouteBody(Method method, const std::string& pattern) {
  static const std::map<Key, BodySchema> kTable = BuildTable();
  const auto it = kTable.find({method, pattern});
  return it == kTable.end() ? nullptr : &it->second;
}

}  // namespace dangbo::http
