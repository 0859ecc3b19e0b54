// The documents writes: a higher-level document recorded, voided when recorded by mistake, and
// a grassroots organization's implementation of it. Each checked in the organization's
// subtree and audited, in one transaction.
#include <string>

#include "base/date.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/span_history.h"
#include "service/core/validate.h"
#include "service/core/void_record.h"
#include "service/documents/documents.h"
#include "service/documents/documents_internal.h"
#include "text/text.h"

namespace dangbo::service {

using namespace documents_internal;  // NOLINT: this domain's own helpers

namespace {

store::Value OrNull(const std::string& s) {
  const std::string t = text::Trim(s);
  return t.empty() ? store::Null() : store::Value(t);
}

Status CheckDocumentInput(const DocumentInput& in, const Date& today) {
  Validator v;
  v.Check(vocab::Parse<DocumentKind>(in.kind).has_value(), "kind",
          "Loại văn bản phải là nghị quyết, chỉ thị, kết luận, hướng dẫn hoặc quy định.");
  CheckText(v, in.number, "number", "Số văn bản (ví dụ 22-NQ/TW)", 60, true);
  v.Check(text::Trim(in.number).find('/') != std::string::npos, "number",
          "Số văn bản ghi theo mẫu \"22-NQ/TW\", \"81-KL/TU\".");
  CheckText(v, in.issuer, "issuer", "Cơ quan ban hành", 200, false);
  CheckPastDate(v, in.issued_on, "issued_on", "Ngày ban hành", today, true);
  CheckText(v, in.title, "title", "Trích yếu", 1000, true);
  CheckText(v, in.note, "note", "Ghi chú", 2000, false);
  return v.ToStatus();
}

Status CheckImplementation(const ImplementationInput& in, const std::string& issued_on,
                           const Date& today) {
  Validator v;
  const std::pair<const char*, const std::string*> dates[] = {{"studied_on", &in.studied_on},
                                                              {"plan_on", &in.plan_on},
                                                              {"resolution_on", &in.resolution_on}};
  for (const auto& [field, value] : dates) {
    CheckPastDate(v, *value, field, "Ngày", today, false);
    v.Check(value->empty() || *value >= issued_on, field,
            "Ngày thực hiện không được trước ngày ban hành văn bản.");
  }
  CheckText(v, in.plan_no, "plan_no", "Số chương trình, kế hoạch", 60, false);
  CheckText(v, in.resolution_no, "resolution_no", "Số nghị quyết chuyên đề", 60, false);
  v.Check(in.plan_no.empty() || !in.plan_on.empty(), "plan_on",
          "Hãy ghi ngày ban hành chương trình, kế hoạch.");
  v.Check(in.resolution_no.empty() || !in.resolution_on.empty(), "resolution_on",
          "Hãy ghi ngày ban hành nghị quyết chuyên đề.");
  CheckText(v, in.note, "note", "Ghi chú", 2000, false);
  return v.ToStatus();
}

}  // namespace

Result<HigherDocument> CreateDocument(const Env& env, const Actor& actor, int64_t org_id,
                                      const DocumentInput& in) {
  if (Status s = CheckDocumentInput(in, Today(env)); !s) return s.error();
  AuditEntry audit{.action = "document.create", .entity = "higher_document", .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kTargetWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  const std::string now = FormatTimestamp(env.clock.Now());
  const int64_t id =
      tx.QueryRow(
            "INSERT INTO higher_document (org_id, kind, number, issuer, issued_on, title, note, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {org_id, in.kind, text::Trim(in.number), OrNull(in.issuer), in.issued_on,
             text::Trim(in.title), OrNull(in.note), now, now})
          .Int(0);
  const std::string path = tx.QueryRow("SELECT path FROM org WHERE id = ?", {org_id}).Text(0);
  auto d = LoadDocumentFrom(tx, actor, path, id);
  audit.entity_id = std::to_string(id);
  audit.after = HigherDocumentJson(*d);
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return *d;
}

Status VoidDocument(const Env& env, const Actor& actor, int64_t id, const std::string& reason) {
  // Only in the scope of the committee following it: an empty viewing path.
  return VoidRecord<HigherDocument>(
      env, actor, id, reason,
      {Action::kTargetWrite, "higher_document", "document.void", "higher_document"},
      [&actor, id](store::Transaction& tx) { return LoadDocumentFrom(tx, actor, "", id); },
      [id] { return DocumentNotFound(id); },
      [](store::Transaction&, const HigherDocument&) { return Status::Ok(); }, HigherDocumentJson);
}

Result<Implementation> RecordImplementation(const Env& env, const Actor& actor, int64_t org_id,
                                            int64_t id, const ImplementationInput& in) {
  // The dates against the document's own once it is read.
  if (Status s = CheckImplementation(in, "", Today(env)); !s) return s.error();
  AuditEntry audit{.action = "document.implementation",
                   .entity = "higher_document",
                   .entity_id = std::to_string(id),
                   .org_id = org_id};
  auto txr = BeginAuthorizedWrite(env, actor, Action::kTargetWrite, org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction tx = std::move(*txr);
  const auto org = tx.QueryRow("SELECT path, kind, name FROM org WHERE id = ?", {org_id});
  const auto d = LoadDocumentFrom(tx, actor, org.Text(0), id);
  if (!d) return DocumentNotFound(id);
  if (org.Text(1) != "grassroots_committee" && org.Text(1) != "grassroots_branch") {
    return Error::Invalid("Việc thực hiện văn bản được ghi cho tổ chức cơ sở đảng: " + org.Text(2) +
                              " không phải tổ chức cơ sở đảng.",
                          {{"org_id", "Không phải tổ chức cơ sở đảng."}});
  }
  if (Status s = CheckImplementation(in, d->issued_on, Today(env)); !s) return s.error();
  const auto before = tx.QueryOne(
      "SELECT studied_on, plan_on, resolution_on FROM document_implementation WHERE "
      "document_id = ? AND org_id = ?",
      {id, org_id});
  if (before) {
    audit.before = {{"studied_on", before->OptText(0).value_or("")},
                    {"plan_on", before->OptText(1).value_or("")},
                    {"resolution_on", before->OptText(2).value_or("")}};
  }
  const std::string now = FormatTimestamp(env.clock.Now());
  // The row replaced keeps its version (reports as recorded before this save).
  RetireVersions(tx, "document_implementation", "document_id = ? AND org_id = ?", {id, org_id},
                 now);
  tx.Exec("DELETE FROM document_implementation WHERE document_id = ? AND org_id = ?", {id, org_id});
  tx.Exec(
      "INSERT INTO document_implementation (document_id, org_id, studied_on, plan_on, plan_no, "
      "resolution_on, resolution_no, note, updated_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?)",
      {id, org_id, OrNull(in.studied_on), OrNull(in.plan_on), OrNull(in.plan_no),
       OrNull(in.resolution_on), OrNull(in.resolution_no), OrNull(in.note), now, now});
  Implementation out{org_id,
                     org.Text(2),
                     in.studied_on,
                     in.plan_on,
                     text::Trim(in.plan_no),
                     in.resolution_on,
                     text::Trim(in.resolution_no),
                     text::Trim(in.note)};
  audit.after = {{"studied_on", out.studied_on},
                 {"plan_on", out.plan_on},
                 {"resolution_on", out.resolution_on}};
  audit.detail = d->number;
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return out;
}

}  // namespace dangbo::service
