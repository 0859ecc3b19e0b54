// Documents of higher levels (nghị quyết, chỉ thị, kết luận, hướng dẫn, quy định, numbered like
// "22-NQ/TW", "81-KL/TU") recorded by a committee, and how each grassroots organization of its
// subtree implemented them: study session held, action plan issued, thematic resolution
// issued, with dates — "100% cấp ủy ban hành chương trình hành động, > 60% ban hành nghị quyết
// chuyên đề".
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
#include "service/core/kinds.h"

namespace dangbo::service {

// The kind of a document (higher_document.kind) is DocumentKind of service/core/kinds.h.

struct Implementation {
  int64_t org_id = 0;  // a grassroots organization (TCCSĐ)
  std::string org_name;
  std::string studied_on, plan_on, plan_no, resolution_on, resolution_no, note;
};

struct HigherDocument {
  int64_t id = 0;
  int64_t org_id = 0;  // the committee following its implementation
  std::string org_name, kind, number, issuer, issued_on, title, note;
  // Over the grassroots organizations of the subtree read: how many, and those that held the
  // study session, issued the action plan, issued a thematic resolution.
  int64_t units = 0, studied = 0, planned = 0, resolved = 0;
  std::vector<Implementation> implementations;  // GetDocument only: every unit, done or not
};

struct DocumentInput {
  std::string kind, number, issuer, issued_on, title, note;
};
// Records a higher-level document followed by organization `org_id` (target.write).
Result<HigherDocument> CreateDocument(const Env& env, const Actor& actor, int64_t org_id,
                                      const DocumentInput& in);
Status VoidDocument(const Env& env, const Actor& actor, int64_t id, const std::string& reason);

// The documents followed by `org_id` or the organizations above it, issued in `year` (0: any),
// with the coverage of the grassroots organizations of `org_id`'s subtree (report.read).
Result<std::vector<HigherDocument>> ListDocuments(const Env& env, const Actor& actor,
                                                  int64_t org_id, int year);
// One document seen from `org_id` (as ListDocuments) with a row per grassroots organization.
Result<HigherDocument> GetDocument(const Env& env, const Actor& actor, int64_t org_id, int64_t id);

struct ImplementationInput {
  std::string studied_on, plan_on, plan_no, resolution_on, resolution_no, note;
};
// Records how grassroots organization `org_id` implemented document `id` (target.write in its
// subtree; the document followed by it or an organization above it). Dates not before the
// document's and not in the future; empty ones clear the step.
Result<Implementation> RecordImplementation(const Env& env, const Actor& actor, int64_t org_id,
                                            int64_t id, const ImplementationInput& in);

nlohmann::json HigherDocumentJson(const HigherDocument& d);

}  // namespace dangbo::service
