// /api/members/*: search, read, create, change, timeline of member files.
#include <algorithm>
#include <map>
#include <set>

#include "base/crypto.h"
#include "base/date.h"
#include "http/app.h"
#include "http/problem.h"
#include "service/lifecycle/member_events.h"
#include "service/members/member_import.h"
#include "service/members/member_spans.h"
#include "service/members/members.h"

namespace dangbo::http {

namespace {

// Reads a list of sub-records ({from_date, to_date, title, detail}) from `field`.
std::vector<service::SubRecord> ReadRecords(const std::string& field, BodyReader& r) {
  std::vector<service::SubRecord> out;
  r.Objects(field,
            {.not_list = "Trường “" + field + "” phải là danh sách.",
             .not_object = "Mỗi dòng phải là một đối tượng."},
            [&](BodyReader& rr) {
              out.push_back({rr.String("from_date"), rr.String("to_date"), rr.String("title"),
                             rr.String("detail")});
            });
  return out;
}

Result<service::MemberInput> ReadMember(const Request& req, int64_t* version) {
  auto body = ParseJsonBody(req);
  if (!body.ok()) return body.error();
  BodyReader r(*body);
  service::MemberInput in;
  in.org_id = r.Int("org_id").value_or(0);
  for (const auto& f : service::MemberFields())
    service::SetMemberField(in, f.name, r.String(f.name));
  in.work = ReadRecords("work", r);
  in.training = ReadRecords("training", r);
  in.rewards = ReadRecords("rewards", r);
  in.family = ReadRecords("family", r);
  in.confirm_duplicate = r.Bool("confirm_duplicate");
  if (version) {
    const auto v = r.Int("version");
    if (!v)
      r.Fail("version", "Thiếu phiên bản hồ sơ (version) để tránh ghi đè thay đổi của người khác.");
    *version = v.value_or(0);
  }
  if (Status s = r.status(); !s) return s.error();
  return in;
}

struct ImportRequest {
  std::string filename;
  std::string bytes;
  int64_t org_id = 0;
  std::set<int> exclude_rows;
  int64_t rows_offset = 0;  // the preview's page of rows
  int64_t rows_limit = service::kPreviewMaxRows;
};

Result<ImportRequest> ReadImport(const Request& req) {
  auto body = ParseJsonBody(req);
  if (!body.ok()) return body.error();
  BodyReader r(*body);
  ImportRequest in;
  in.filename = r.String("filename");
  const std::string b64 = r.String("content_base64");
  in.org_id = r.Int("org_id").value_or(0);
  // Row numbers are ids of at most kWebImportMaxRows-ish values (checked by the schema).
  for (int64_t row : r.Ints("exclude_rows")) {
    if (row > 0 && row <= INT32_MAX) in.exclude_rows.insert(static_cast<int>(row));
  }
  in.rows_offset = r.Int("rows_offset").value_or(0);
  in.rows_limit = r.Int("rows_limit").value_or(service::kPreviewMaxRows);
  if (Status s = r.status(); !s) return s.error();
  if (b64.empty() || !Base64Decode(b64, &in.bytes)) {
    return Error::Invalid("Nội dung tệp không hợp lệ (cần base64).",
                          {{"content_base64", "Hãy chọn lại tệp."}});
  }
  if (in.filename.empty()) in.filename = "tệp không tên";
  return in;
}

// The preview: columns, totals, every row number with errors and a count per field in error,
// and the page [offset, offset + limit) of rows with their values and errors.
nlohmann::json PreviewJson(const service::ImportPreview& p, int64_t offset, int64_t limit) {
  nlohmann::json columns = nlohmann::json::array(), rows = nlohmann::json::array();
  for (const auto& c : p.columns) {
    columns.push_back(
        {{"index", c.index},
         {"header", c.header},
         {"field", c.field.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.field)}});
  }
  nlohmann::json invalid_rows = nlohmann::json::array();
  std::map<std::string, int64_t> by_field;
  for (const auto& r : p.rows) {
    if (!r.errors.empty()) invalid_rows.push_back(r.row);
    for (const auto& e : r.errors) ++by_field[e.field];
  }
  nlohmann::json summary = nlohmann::json::array();
  for (const auto& [field, count] : by_field)
    summary.push_back({{"field", field}, {"rows", count}});
  const auto total = static_cast<int64_t>(p.rows.size());
  const int64_t end = std::min(total, offset + limit);
  for (int64_t i = std::min(offset, total); i < end; ++i) {
    const service::ImportRow& r = p.rows[static_cast<size_t>(i)];
    nlohmann::json values = {{"org", r.org_text}};
    for (const auto& f : service::MemberFields()) {
      const std::string v = service::GetMemberField(r.input, f.name);
      if (!v.empty()) values[f.name] = v;
    }
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& e : r.errors) errors.push_back({{"field", e.field}, {"message", e.message}});
    rows.push_back(
        {{"row", r.row}, {"org_id", r.input.org_id}, {"values", values}, {"errors", errors}});
  }
  return {{"columns", columns},
          {"rows", rows},
          {"valid", p.valid},
          {"invalid", p.invalid},
          {"total_rows", total},
          {"rows_offset", offset},
          {"rows_limit", limit},
          {"next_offset", end < total ? nlohmann::json(end) : nlohmann::json(nullptr)},
          {"invalid_rows", invalid_rows},
          {"error_summary", summary},
          {"limits",
           {{"max_bytes", service::kWebImportMaxBytes}, {"max_rows", service::kWebImportMaxRows}}}};
}

nlohmann::json MemberEventJson(const service::MemberEventRow& e) {
  return {
      {"id", e.id},
      {"kind", e.kind},
      {"kind_label", service::MemberEventKindLabel(e.kind)},
      {"occurred_on", e.occurred_on},
      {"org_id", e.org_id ? nlohmann::json(*e.org_id) : nullptr},
      {"org_name", e.org_name},
      {"decision_no", e.decision_no},
      {"detail", StoredJson(e.detail_json)},
      {"recorded_by", e.recorded_by},
      {"voided_at", e.voided_at.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.voided_at)}};
}

}  // namespace

Result<service::MemberQuery> ReadMemberQuery(const Request& req) {
  service::MemberQuery q;
  q.q = req.Query("q");
  q.status = req.Query("status");
  q.sex = req.Query("sex");
  q.ethnicity = req.Query("ethnicity");
  q.religion = req.Query("religion");
  q.theory_level = req.Query("theory_level");
  q.general_education = req.Query("general_education");
  for (auto [name, target] : {std::pair<const char*, int*>{"age_from", &q.age_from},
                              {"age_to", &q.age_to},
                              {"admitted_year", &q.admitted_year}}) {
    auto v = IntQuery(req, name, *target);
    if (!v.ok()) return v.error();
    *target = *v;
  }
  auto org = IntQuery(req, "org_id", 0);
  if (!org.ok()) return org.error();
  q.org_id = *org;
  if (Status s = ReadPaging(req, &q.page, &q.page_size); !s) return s.error();
  return q;
}

void RegisterMemberRoutes(App& app) {
  const service::Env& env = app.env();

  app.Add(Method::kGet, "/api/members", kMemberReader, [&env](Call& c) {
    auto q = ReadMemberQuery(c.req);
    if (!q.ok()) return Problem(q.error());
    return Respond(service::SearchMembers(env, c.actor(), *q),
                   PageJson(service::MemberSummaryJson));
  });

  app.Add(Method::kGet, "/api/members/export", kMemberReader, [&env](Call& c) {
    auto q = ReadMemberQuery(c.req);
    if (!q.ok()) return Problem(q.error());
    const std::string format = c.req.Query("format", "xlsx");
    if (format != "xlsx" && format != "csv") {
      return Problem(Error::Invalid("Định dạng xuất phải là xlsx hoặc csv.",
                                    {{"format", "Chọn xlsx hoặc csv."}}));
    }
    auto bytes = service::ExportMembers(
        env, c.actor(), *q,
        format == "csv" ? service::ExportFormat::kCsv : service::ExportFormat::kXlsx);
    if (!bytes.ok()) return Problem(bytes.error());
    const std::string name = "danh-sach-dang-vien-" + service::Today(env).Iso() + "." + format;
    return Response::Attachment(std::move(*bytes), name);
  });

  app.Add(Method::kGet, "/api/members/import/template", kMemberWriter, [](Call& c) {
    const std::string format = c.req.Query("format", "xlsx");
    if (format != "xlsx" && format != "csv") {
      return Problem(Error::Invalid("Định dạng tệp mẫu phải là xlsx hoặc csv.",
                                    {{"format", "Chọn xlsx hoặc csv."}}));
    }
    auto bytes = service::ImportTemplate(format == "csv" ? service::ExportFormat::kCsv
                                                         : service::ExportFormat::kXlsx);
    if (!bytes.ok()) return Problem(bytes.error());
    return Response::Attachment(std::move(*bytes), "mau-nhap-dang-vien." + format);
  });

  app.Add(Method::kPost, "/api/members/import/preview", kMemberWriter, [&env](Call& c) {
    auto in = ReadImport(c.req);
    if (!in.ok()) return Problem(in.error());
    return Respond(
        service::PreviewImport(env, c.actor(), in->bytes, in->org_id, service::kWebImportLimits),
        [&](const service::ImportPreview& p) {
          return PreviewJson(p, in->rows_offset, in->rows_limit);
        });
  });

  app.Add(Method::kPost, "/api/members/import/commit", kMemberWriter, [&env](Call& c) {
    auto in = ReadImport(c.req);
    if (!in.ok()) return Problem(in.error());
    return Respond(service::CommitImport(env, c.actor(), in->bytes, in->org_id, in->exclude_rows,
                                         in->filename, service::kWebImportLimits),
                   [](const service::ImportResult& r) {
                     return nlohmann::json{{"imported", r.imported}, {"ids", r.ids}};
                   });
  });

  app.Add(Method::kPost, "/api/members", kMemberWriter, [&env](Call& c) {
    auto in = ReadMember(c.req, nullptr);
    if (!in.ok()) return Problem(in.error());
    return Respond(service::CreateMember(env, c.actor(), *in), service::MemberJson, 201);
  });

  app.Add(Method::kGet, "/api/members/{id}", kReadMember, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::GetMember(env, c.actor(), *id), service::MemberJson);
  });

  app.Add(Method::kPut, "/api/members/{id}", kWriteMember, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    int64_t version = 0;
    auto in = ReadMember(c.req, &version);
    if (!in.ok()) return Problem(in.error());
    return Respond(service::UpdateMember(env, c.actor(), *id, *in, version), service::MemberJson);
  });

  app.Add(Method::kGet, "/api/members/{id}/timeline", kReadMember, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::MemberTimeline(env, c.actor(), *id), ItemsJson(MemberEventJson));
  });
}

}  // namespace dangbo::http
