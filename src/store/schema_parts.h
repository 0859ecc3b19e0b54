// Internal: the SQL of each migration, one file per migration (schema_*.cc).
#pragma once

#include <string>
#include <vector>

namespace dangbo::store::schema {

const char* Registry();   // 0002: organizations with history, host units, committees, members
const char* Lifecycle();  // 0003: holidays, candidates, admission targets, transfers
const char* ChangeLog();  // 0004: member_change, filled by triggers

// A coded column and the codes it accepts (space-separated), as migrations 0005 and 0006
// fixed them.
struct CodedColumn {
  const char* table;
  const char* column;
  const char* codes;
};
// Every coded column with the list of the latest migration that fixed it.
const std::vector<CodedColumn>& CodedColumns();
const char* CodedColumnsSql();  // 0005: CHECK constraints (PostgreSQL) / triggers (SQLite)
const char* AuditActionsSql();  // 0006: the same for audit_log.action
// The codes migration `version` adds to columns an earlier migration fixed (their
// constraints replaced with the longer lists); "" when it adds none.
std::string ExtensionSql(int version);

const char* Recorded();       // 0008: span versions as recorded, frozen reports
const char* RecordedCases();  // 0019: the same for inspection and discipline cases, dues tallies
const char* RecordedRatingsBadges();  // 0025: ratings and badges keep their versions
const char* RecordedMeetings();       // 0026: meetings and their attendance, the same
const char* RecordedTraining();       // 0027: training classes and learners, the same
const char* RecordedPropaganda();     // 0028: propaganda activities, models, collaborators
const char* RecordedRewrites();       // 0029: culture units, documents' implementation by TCCSĐ

// "a b c" -> "'a','b','c'".
std::string SqlList(const std::string& codes);

const char* MeetingsSql();  // 0009: meetings, attendance, assignments
// The coded columns of 0009's tables.
const std::vector<CodedColumn>& MeetingCodedColumns();
const char* RatingsBadges();            // 0010: rating and badge tables
const char* RatingsBadgesCodesSql();    // 0010: their coded columns; audit_log.action widened
const char* InspectionDisciplineSql();  // 0011: inspection and discipline tables, audit actions
// The coded columns of 0011's tables.
const std::vector<CodedColumn>& InspectionDisciplineCodedColumns();
const char* DuesSql();  // 0012: dues bases, reliefs, payments, tallies, remittances, retention
const char* DuesStandingSql();  // 0023: each member's paid and unpaid months, units' kept months
// What dues_standing and dues_kept must hold, recomputed from the payments and the tallies
// (SELECTs with the tables' columns; `dangbo verify` compares).
const char* DuesStandingOfPayments();
const char* DuesKeptOfTallies();
// The coded columns of 0012's tables.
const std::vector<CodedColumn>& DuesCodedColumns();
const char* TrainingSql();  // 0013: training classes, learners, certificates; cadre planning
// The coded columns of 0013's tables.
const std::vector<CodedColumn>& TrainingCodedColumns();
const char* PropagandaSql();  // 0014: propaganda activities, Directive 05 models, collaborators
// The coded columns of 0014's tables.
const std::vector<CodedColumn>& PropagandaCodedColumns();
const char* SelfServiceSql();  // 0016: members' own accounts, correction requests
// The coded columns of 0016's tables.
const std::vector<CodedColumn>& SelfServiceCodedColumns();
const char* RewardsSql();  // 0015: awards, emulation movements
// The coded columns of 0015's tables.
const std::vector<CodedColumn>& RewardsCodedColumns();

}  // namespace dangbo::store::schema
