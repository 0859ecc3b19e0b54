// Higher-level documents: the vocabulary, the documents seen from an organization (its own and
// those of the organizations above it) with the coverage of its grassroots organizations, one
// document with a row per grassroots organization, and their JSON.
#include "service/documents/documents.h"

#include <array>

#include "service/core/access.h"
#include "service/documents/documents_internal.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {

namespace {

constexpr const char* kDocumentSelect =
    "SELECT d.id, d.org_id, o.name, d.kind, d.number, d.issuer, d.issued_on, d.title, d.note, "
    "o.path FROM higher_document d JOIN org o ON o.id = d.org_id ";

HigherDocument DocumentFromRow(const store::Row& r) {
  HigherDocument d;
  d.id = r.Int(0);
  d.org_id = r.Int(1);
  d.org_name = r.Text(2);
  d.kind = r.Text(3);
  d.number = r.Text(4);
  d.issuer = r.OptText(5).value_or("");
  d.issued_on = r.Text(6);
  d.title = r.Text(7);
  d.note = r.OptText(8).value_or("");
  return d;
}

// The grassroots organizations of the subtree at `path` with their implementation of `doc`.
std::vector<Implementation> UnitsOf(store::Transaction& tx, const std::string& path, int64_t doc) {
  std::vector<Implementation> out;
  tx.Each(
      "SELECT o.id, o.name, i.studied_on, i.plan_on, i.plan_no, i.resolution_on, "
      "i.resolution_no, i.note FROM org o LEFT JOIN document_implementation i ON i.org_id = o.id "
      "AND i.document_id = ? WHERE o.kind IN ('grassroots_committee', 'grassroots_branch') AND "
      "o.ended_on IS NULL AND o.path >= ? AND o.path < ? ORDER BY o.path",
      {doc, path, path + "~"}, [&out](const store::Row& r) {
        out.push_back({r.Int(0), r.Text(1), r.OptText(2).value_or(""), r.OptText(3).value_or(""),
                       r.OptText(4).value_or(""), r.OptText(5).value_or(""),
                       r.OptText(6).value_or(""), r.OptText(7).value_or("")});
      });
  return out;
}

void Cover(HigherDocument& d, const std::vector<Implementation>& units) {
  d.units = static_cast<int64_t>(units.size());
  for (const Implementation& u : units) {
    if (!u.studied_on.empty()) ++d.studied;
    if (!u.plan_on.empty()) ++d.planned;
    if (!u.resolution_on.empty()) ++d.resolved;
  }
}

}  // namespace

namespace documents_internal {

Error DocumentNotFound(int64_t id) {
  return Error::NotFound("Không tìm thấy văn bản có mã " + std::to_string(id) + ".");
}

std::optional<HigherDocument> LoadDocumentFrom(store::Transaction& tx, const Actor& actor,
                                               const std::string& org_path, int64_t id) {
  const auto r =
      tx.QueryOne(std::string(kDocumentSelect) + "WHERE d.id = ? AND d.voided_at IS NULL", {id});
  if (!r) return std::nullopt;
  const std::string path = r->Text(9);
  if (!InScope(actor, path) && org_path.rfind(path, 0) != 0) return std::nullopt;
  return DocumentFromRow(*r);
}

}  // namespace documents_internal

using namespace documents_internal;  // NOLINT: this domain's own helpers

Result<std::vector<HigherDocument>> ListDocuments(const Env& env, const Actor& actor,
                                                  int64_t org_id, int year) {
  if (year != 0 && (year < 1930 || year > 2200)) {
    return Error::Invalid("Năm không hợp lệ.", {{"year", "Năm không hợp lệ."}});
  }
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  if (Status s = Authorize(actor, Action::kReportRead, org->path); !s) return s.error();
  std::vector<HigherDocument> out;
  store::Transaction tx = env.db.BeginRead();
  // Followed here, above (the path's prefixes) or below (the subtree).
  std::string where =
      "WHERE d.voided_at IS NULL AND (substr(CAST(? AS TEXT), 1, length(o.path)) = o.path OR "
      "(o.path >= ? AND o.path < ?))";
  store::Params params = {org->path, org->path, org->path + "~"};
  AndWithinYear(where, params, "d.issued_on", year);
  tx.Each(std::string(kDocumentSelect) + where + " ORDER BY d.issued_on DESC, d.id DESC LIMIT 500",
          params, [&out](const store::Row& r) { out.push_back(DocumentFromRow(r)); });
  for (HigherDocument& d : out) Cover(d, UnitsOf(tx, org->path, d.id));
  return out;
}

Result<HigherDocument> GetDocument(const Env& env, const Actor& actor, int64_t org_id, int64_t id) {
  auto org = GetOrg(env, actor, org_id);
  if (!org.ok()) return org.error();
  if (Status s = Authorize(actor, Action::kReportRead, org->path); !s) return s.error();
  store::Transaction tx = env.db.BeginRead();
  auto d = LoadDocumentFrom(tx, actor, org->path, id);
  if (!d) return DocumentNotFound(id);
  d->implementations = UnitsOf(tx, org->path, id);
  Cover(*d, d->implementations);
  return *d;
}

nlohmann::json HigherDocumentJson(const HigherDocument& d) {
  nlohmann::json units = nlohmann::json::array();
  for (const Implementation& i : d.implementations) {
    units.push_back({{"org_id", i.org_id},
                     {"org_name", i.org_name},
                     {"studied_on", i.studied_on},
                     {"plan_on", i.plan_on},
                     {"plan_no", i.plan_no},
                     {"resolution_on", i.resolution_on},
                     {"resolution_no", i.resolution_no},
                     {"note", i.note}});
  }
  return {{"id", d.id},
          {"org_id", d.org_id},
          {"org_name", d.org_name},
          {"kind", d.kind},
          {"kind_label", std::string(vocab::LabelOf<DocumentKind>(d.kind))},
          {"number", d.number},
          {"issuer", d.issuer},
          {"issued_on", d.issued_on},
          {"title", d.title},
          {"note", d.note},
          {"units", d.units},
          {"studied", d.studied},
          {"planned", d.planned},
          {"resolved", d.resolved},
          {"implementations", std::move(units)}};
}

}  // namespace dangbo::service
