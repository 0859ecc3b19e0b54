// Higher-level documents in the report engine: documents recorded by the kind, dated by their
// issue (placed at the committee following them), and the grassroots organizations' steps —
// study session held, action plan issued, thematic resolution issued — each dated by itself.
#include "service/documents/documents_indicators.h"

#include <string>
#include <vector>

#include "report/as_recorded.h"
#include "report/indicator.h"
#include "service/core/span_history.h"
#include "service/documents/documents.h"

namespace dangbo::service {

namespace {

// Each implementation as up to three dated steps (studied, planned, resolved), one row per
// step taken: a join with the three step names rather than a UNION, so the flow engine finds
// a unit's steps by its index (report/flow.h, DrivenFromWhere).
std::string StepSql() {
  const auto by_step = [](const char* studied, const char* planned, const char* resolved) {
    return std::string("CASE s.kind WHEN 'studied' THEN i.") + studied + " WHEN 'planned' THEN i." +
           planned + " ELSE i." + resolved + " END";
  };
  const std::string done_on = by_step("studied_on", "plan_on", "resolution_on");
  return "(SELECT i.id, i.org_id, " + done_on + " AS done_on, s.kind, d.voided_at, d.number || " +
         "COALESCE(' — ' || " + by_step("note", "plan_no", "resolution_no") +
         ", '') AS detail FROM document_implementation i JOIN higher_document d ON d.id = "
         "i.document_id CROSS JOIN (SELECT 'studied' AS kind UNION ALL SELECT 'planned' UNION "
         "ALL SELECT 'resolved') s WHERE " +
         done_on + " IS NOT NULL)";
}

void Flow(const std::string& code, const std::string& label, const char* unit, const char* source,
          const std::vector<std::string>& keys) {
  report::Register(report::SumOf(code, label, report::Shape::kFlow, unit, source, keys, false));
}

}  // namespace

void RegisterDocumentIndicators() {
  // Documents are only ever added and voided: as recorded by their creation. Each TCCSĐ's
  // implementation is rewritten whole; the row replaced keeps its version.
  report::RegisterRecordedTable(
      {"higher_document",
       "id, org_id, kind, number, issuer, issued_on, title, note, created_at, updated_at, "
       "void_reason",
       "", "voided_at", "created_at"});
  report::RegisterRecordedTable(VersionedReading("document_implementation"));
  report::FactTable docs;
  docs.name = "higher_document";
  docs.from = "(SELECT id, org_id, issued_on, kind, voided_at, number, title FROM higher_document)";
  docs.date_col = "issued_on";
  docs.voided_col = "voided_at";
  docs.list_select = "'org', e.org_id, e.number, o.name, e.issued_on, e.title";
  report::RegisterFactTable(docs);

  report::FactTable steps;
  steps.name = "document_step";
  steps.from = StepSql();
  steps.date_col = "done_on";
  steps.voided_col = "voided_at";
  steps.list_select = "'org', e.org_id, o.name, o.name, e.done_on, e.detail";
  report::RegisterFactTable(steps);

  std::vector<std::string> kinds;
  for (const auto& k : vocab::Table<DocumentKind>()) kinds.emplace_back(k.code);
  Flow("documents.total", "Văn bản cấp trên ban hành trong kỳ (theo dõi thực hiện)", "văn bản",
       "higher_document", kinds);
  for (const auto& k : vocab::Table<DocumentKind>()) {
    Flow("documents." + std::string(k.code), std::string(k.label) + " của cấp trên", "văn bản",
         "higher_document", {std::string(k.code)});
  }
  Flow("documents.studied", "Lượt tổ chức học tập, quán triệt văn bản cấp trên", "lượt",
       "document_step", {"studied"});
  Flow("documents.planned", "Chương trình, kế hoạch thực hiện văn bản cấp trên đã ban hành",
       "văn bản", "document_step", {"planned"});
  Flow("documents.resolved", "Nghị quyết chuyên đề thực hiện văn bản cấp trên đã ban hành",
       "văn bản", "document_step", {"resolved"});
}

}  // namespace dangbo::service
