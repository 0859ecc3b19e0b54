// Inspection and supervision (kiểm tra, giám sát; Điều 32 Điều lệ): a committee's yearly
// programme and its cases — kind, subject (an organization or a member), team, dates,
// documents, the conclusion (violation found or not, what to fix, by when) and the dated
// follow-up until closed. Files are confidential (see ReadsAllCaseFiles).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "base/vocab.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/core/page.h"

namespace dangbo::service {

enum class InspectionKind {
  kRegularSupervision,   // giám sát thường xuyên
  kThematicSupervision,  // giám sát chuyên đề
  kViolationSigns,       // kiểm tra khi có dấu hiệu vi phạm
  kLowerInspection,  // kiểm tra việc thực hiện nhiệm vụ kiểm tra của cấp dưới
  kFinance,          // kiểm tra thu, nộp đảng phí và tài chính đảng
};
std::span<const vocab::Entry<InspectionKind>> VocabOf(InspectionKind);
// Who a case (inspection or discipline) is about.
enum class CaseSubject { kMember, kOrg };
std::span<const vocab::Entry<CaseSubject>> VocabOf(CaseSubject);
enum class InspectionStatus { kOpen, kConcluded, kClosed };
std::span<const vocab::Entry<InspectionStatus>> VocabOf(InspectionStatus);

struct InspectionProgramme {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string org_name;
  int year = 0;
  std::string title, decision_no, approved_on, note;
  int64_t cases = 0;
};

struct InspectionStep {
  int64_t id = 0;
  std::string on, note, by;
};

struct InspectionCase {
  int64_t id = 0;
  std::optional<int64_t> programme_id;
  int64_t org_id = 0;  // the subject's unit
  std::string org_name;
  int64_t handling_org_id = 0;
  std::string handling_org_name;
  std::string kind, subject;
  std::optional<int64_t> member_id;
  std::string member_name;
  std::string title, team, started_on, planned_end_on, documents, status;
  std::string concluded_on;
  std::optional<bool> violation;
  std::string conclusion, remedies, fix_due_on, closed_on;
  bool closed_on_time = false;  // closed on or before the due date for fixes
  int64_t version = 0;
  std::vector<InspectionStep> steps;  // GetInspection only
};

struct ProgrammeInput {
  int year = 0;
  std::string title, decision_no, approved_on, note;
};
// Sets the yearly programme of committee `org_id` (inspection.write): one per year.
Result<InspectionProgramme> CreateProgramme(const Env& env, const Actor& actor, int64_t org_id,
                                            const ProgrammeInput& in);
Result<std::vector<InspectionProgramme>> ListProgrammes(const Env& env, const Actor& actor,
                                                        int64_t org_id);

struct InspectionInput {
  std::string kind;
  std::string subject;         // member | org
  int64_t subject_org_id = 0;  // subject org: the organization
  int64_t member_id = 0;       // subject member
  int64_t programme_id = 0;    // 0: outside the programme
  std::string title, team, started_on, planned_end_on, documents;
};
// Opens a case conducted by committee `org_id` on a subject inside its subtree.
Result<InspectionCase> CreateInspection(const Env& env, const Actor& actor, int64_t org_id,
                                        const InspectionInput& in);

struct ConclusionInput {
  std::string concluded_on;
  bool violation = false;
  std::string conclusion, remedies, fix_due_on;
  int64_t expected_version = 0;
};
// Records the conclusion of an open case; without a violation or anything to fix it closes.
Result<InspectionCase> ConcludeInspection(const Env& env, const Actor& actor, int64_t id,
                                          const ConclusionInput& in);

struct FollowUpInput {
  std::string on, note;
  bool close = false;  // the fixes are done: the case is closed on `on`
};
Result<InspectionCase> RecordFollowUp(const Env& env, const Actor& actor, int64_t id,
                                      const FollowUpInput& in);
Status VoidInspection(const Env& env, const Actor& actor, int64_t id, const std::string& reason);

struct InspectionQuery {
  int year = 0;  // started in the year; 0 any
  std::string kind, status;
  int page = 1;
  int page_size = 50;
};
// Cases about the subtree of `org_id` (its units or members) or conducted by it; a reader of
// every case file sees all, others (secretaries) only the cases their organization conducts.
Result<Page<InspectionCase>> ListInspections(const Env& env, const Actor& actor, int64_t org_id,
                                             const InspectionQuery& q);
Result<InspectionCase> GetInspection(const Env& env, const Actor& actor, int64_t id);

nlohmann::json InspectionJson(const InspectionCase& c);
nlohmann::json ProgrammeJson(const InspectionProgramme& p);

}  // namespace dangbo::service
