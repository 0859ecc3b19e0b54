// /api/orgs/{id}/propaganda-activities, …/study-sessions, …/directive05-models,
// …/opinion-collaborators (a subtree's records, new ones) and /api/propaganda-activities/{id},
// /api/directive05-models/{id}, /api/opinion-collaborators/{id} (one record: read, change,
// void).
#include "service/propaganda/propaganda.h"

#include "http/app.h"
#include "http/problem.h"

namespace dangbo::http {

namespace {

const Rule kReadOrg = Rule::On(Action::kPropagandaRead, Target::kOrg);
const Rule kWriteOrg = Rule::On(Action::kPropagandaWrite, Target::kOrg);
const Rule kReadActivity = Rule::On(Action::kPropagandaRead, Target::kPropaganda);
const Rule kWriteActivity = Rule::On(Action::kPropagandaWrite, Target::kPropaganda);
const Rule kWriteModel = Rule::On(Action::kPropagandaWrite, Target::kDirective05);
const Rule kWriteCollaborator = Rule::On(Action::kPropagandaWrite, Target::kCollaborator);

service::ActivityInput ReadActivityBody(BodyReader& r) {
  service::ActivityInput in;
  in.kind = r.String("kind");
  in.held_on = r.String("held_on");
  in.ends_on = r.String("ends_on");
  in.title = r.String("title");
  in.document_no = r.String("document_no");
  in.document_kind = r.String("document_kind");
  in.invited = r.Int("invited");
  in.attended = r.Int("attended");
  in.points = r.Int("points");
  in.entries = r.Int("entries");
  in.prizes = r.Int("prizes");
  in.opinions = r.Int("opinions");
  in.topics = r.String("topics");
  in.summary = r.String("summary");
  in.note = r.String("note");
  in.expected_version = r.Int("version").value_or(0);
  return in;
}

service::ModelInput ReadModelBody(BodyReader& r) {
  service::ModelInput in;
  in.year = static_cast<int>(r.Int("year").value_or(0));
  in.kind = r.String("kind");
  in.member_id = r.Int("member_id");
  in.name = r.String("name");
  in.registered_on = r.String("registered_on");
  in.recognized_on = r.String("recognized_on");
  in.note = r.String("note");
  in.expected_version = r.Int("version").value_or(0);
  return in;
}

service::CollaboratorInput ReadCollaboratorBody(BodyReader& r) {
  service::CollaboratorInput in;
  in.member_id = r.Int("member_id").value_or(0);
  in.from_on = r.String("from_on");
  in.to_on = r.String("to_on");
  in.decision_no = r.String("decision_no");
  in.note = r.String("note");
  in.expected_version = r.Int("version").value_or(0);
  return in;
}

service::StudyBatchInput ReadStudyBatch(BodyReader& r) {
  service::StudyBatchInput in;
  in.title = r.String("title");
  in.document_no = r.String("document_no");
  in.document_kind = r.String("document_kind");
  in.held_on = r.String("held_on");
  r.Objects("rows",
            {.missing = "Cần danh sách đơn vị (rows).",
             .not_list = "Danh sách đơn vị (rows) phải là một danh sách.",
             .not_object = "Mỗi đơn vị phải là một đối tượng."},
            [&](BodyReader& item) {
              in.rows.push_back({item.Int("org_id").value_or(0), item.Int("invited").value_or(0),
                                 item.Int("attended").value_or(0), item.String("held_on")});
            });
  return in;
}

// POST /api/orgs/{id}/<what>: reads the body with `read` and answers 201 with the record.
template <typename In, typename Read, typename Create, typename ToJson>
auto CreateHandler(const service::Env& env, Read read, Create create, ToJson json) {
  return [&env, read, create, json](Call& c) -> Response {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<In>(c.req, read);
    if (!in.ok()) return Problem(in.error());
    return Respond(create(env, c.actor(), *id, *in), json, 201);
  };
}

// POST /api/<what>/{id}: the change, answered with the record.
template <typename In, typename Read, typename Update, typename ToJson>
auto UpdateHandler(const service::Env& env, Read read, Update update, ToJson json) {
  return [&env, read, update, json](Call& c) -> Response {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<In>(c.req, read);
    if (!in.ok()) return Problem(in.error());
    return Respond(update(env, c.actor(), *id, *in), json);
  };
}

void AddActivityRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/orgs/{id}/propaganda-activities", kReadOrg, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    service::ActivityQuery q;
    auto year = IntQuery(c.req, "year", 0);
    if (!year.ok()) return Problem(year.error());
    q.year = *year;
    q.kind = c.req.Query("kind");
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    return Respond(service::ListActivities(env, c.actor(), *id, q),
                   PageJson(service::ActivityJson));
  });
  app.Add(Method::kPost, "/api/orgs/{id}/propaganda-activities", kWriteOrg,
          CreateHandler<service::ActivityInput>(env, ReadActivityBody, service::CreateActivity,
                                                service::ActivityJson));
  app.Add(Method::kPost, "/api/orgs/{id}/study-sessions", kWriteOrg, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::StudyBatchInput>(c.req, ReadStudyBatch);
    if (!in.ok()) return Problem(in.error());
    return Respond(
        service::RecordStudyByUnits(env, c.actor(), *id, *in),
        [](int64_t n) {
          return nlohmann::json{{"recorded", n}};
        },
        201);
  });
  app.Add(Method::kGet, "/api/propaganda-activities/{id}", kReadActivity, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::GetActivity(env, c.actor(), *id), service::ActivityJson);
  });
  app.Add(Method::kPost, "/api/propaganda-activities/{id}", kWriteActivity,
          UpdateHandler<service::ActivityInput>(env, ReadActivityBody, service::UpdateActivity,
                                                service::ActivityJson));
  app.Add(Method::kPost, "/api/propaganda-activities/{id}/void", kWriteActivity,
          VoidByIdHandler([&env](const service::Actor& actor, int64_t id, const std::string& why) {
            return service::VoidActivity(env, actor, id, why);
          }));
}

void AddMovementRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/orgs/{id}/directive05-models", kReadOrg, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    service::ModelQuery q;
    auto year = IntQuery(c.req, "year", 0);
    if (!year.ok()) return Problem(year.error());
    q.year = *year;
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    return Respond(service::ListModels(env, c.actor(), *id, q), PageJson(service::ModelJson));
  });
  app.Add(Method::kPost, "/api/orgs/{id}/directive05-models", kWriteOrg,
          CreateHandler<service::ModelInput>(env, ReadModelBody, service::CreateModel,
                                             service::ModelJson));
  app.Add(Method::kPost, "/api/directive05-models/{id}", kWriteModel,
          UpdateHandler<service::ModelInput>(env, ReadModelBody, service::UpdateModel,
                                             service::ModelJson));
  app.Add(Method::kPost, "/api/directive05-models/{id}/void", kWriteModel,
          VoidByIdHandler([&env](const service::Actor& actor, int64_t id, const std::string& why) {
            return service::VoidModel(env, actor, id, why);
          }));
  app.Add(Method::kGet, "/api/orgs/{id}/opinion-collaborators", kReadOrg, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    service::CollaboratorQuery q;
    q.at = c.req.Query("at");
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    return Respond(service::ListCollaborators(env, c.actor(), *id, q),
                   PageJson(service::CollaboratorJson));
  });
  app.Add(Method::kPost, "/api/orgs/{id}/opinion-collaborators", kWriteOrg,
          CreateHandler<service::CollaboratorInput>(
              env, ReadCollaboratorBody, service::CreateCollaborator, service::CollaboratorJson));
  app.Add(Method::kPost, "/api/opinion-collaborators/{id}", kWriteCollaborator,
          UpdateHandler<service::CollaboratorInput>(
              env, ReadCollaboratorBody, service::UpdateCollaborator, service::CollaboratorJson));
  app.Add(Method::kPost, "/api/opinion-collaborators/{id}/void", kWriteCollaborator,
          VoidByIdHandler([&env](const service::Actor& actor, int64_t id, const std::string& why) {
            return service::VoidCollaborator(env, actor, id, why);
          }));
}

}  // namespace

void RegisterPropagandaRoutes(App& app) {
  AddActivityRoutes(app);
  AddMovementRoutes(app);
}

}  // namespace dangbo::http
