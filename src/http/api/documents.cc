// /api/orgs/{id}/documents (the higher-level documents seen from an organization with the
// coverage of its grassroots organizations; a new document), /api/orgs/{id}/documents/{did}
// (one document with a row per grassroots organization; PUT …/implementation records one
// organization's steps) and /api/documents/{id}/void.
#include "service/documents/documents.h"

#include "http/app.h"
#include "http/problem.h"

namespace dangbo::http {

namespace {

const Rule kReadDocuments = Rule::On(Action::kReportRead, Target::kOrg);
const Rule kWriteDocuments = Rule::On(Action::kTargetWrite, Target::kOrg);
const Rule kWriteDocument = Rule::On(Action::kTargetWrite, Target::kDocument);

}  // namespace

void RegisterDocumentRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/orgs/{id}/documents", kReadDocuments, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto year = IntQuery(c.req, "year", 0);
    if (!year.ok()) return Problem(year.error());
    return Respond(service::ListDocuments(env, c.actor(), *id, *year),
                   ItemsJson(service::HigherDocumentJson));
  });
  app.Add(Method::kPost, "/api/orgs/{id}/documents", kWriteDocuments, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::DocumentInput>(c.req, [](BodyReader& r) {
      return service::DocumentInput{r.String("kind"),      r.String("number"), r.String("issuer"),
                                    r.String("issued_on"), r.String("title"),  r.String("note")};
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::CreateDocument(env, c.actor(), *id, *in), service::HigherDocumentJson,
                   201);
  });
  app.Add(Method::kGet, "/api/orgs/{id}/documents/{did}", kReadDocuments, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto did = c.IdParam("did");
    if (!did.ok()) return Problem(did.error());
    return Respond(service::GetDocument(env, c.actor(), *id, *did), service::HigherDocumentJson);
  });
  app.Add(Method::kPut, "/api/orgs/{id}/documents/{did}/implementation", kWriteDocuments,
          [&env](Call& c) {
            auto id = c.IdParam("id");
            if (!id.ok()) return Problem(id.error());
            auto did = c.IdParam("did");
            if (!did.ok()) return Problem(did.error());
            auto in = ReadBody<service::ImplementationInput>(c.req, [](BodyReader& r) {
              return service::ImplementationInput{
                  r.String("studied_on"),    r.String("plan_on"),       r.String("plan_no"),
                  r.String("resolution_on"), r.String("resolution_no"), r.String("note")};
            });
            if (!in.ok()) return Problem(in.error());
            return Respond(service::RecordImplementation(env, c.actor(), *id, *did, *in),
                           [](const service::Implementation& i) {
                             return nlohmann::json{{"org_id", i.org_id},
                                                   {"org_name", i.org_name},
                                                   {"studied_on", i.studied_on},
                                                   {"plan_on", i.plan_on},
                                                   {"plan_no", i.plan_no},
                                                   {"resolution_on", i.resolution_on},
                                                   {"resolution_no", i.resolution_no},
                                                   {"note", i.note}};
                           });
          });
  app.Add(Method::kPost, "/api/documents/{id}/void", kWriteDocument,
          VoidByIdHandler([&env](const service::Actor& actor, int64_t id, const std::string& why) {
            return service::VoidDocument(env, actor, id, why);
          }));
}

}  // namespace dangbo::http
