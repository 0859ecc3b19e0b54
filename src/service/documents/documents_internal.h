// Internal to documents: the visibility of a document from an organization.
#pragma once

#include <optional>
#include <string>

#include "service/documents/documents.h"
#include "store/database.h"

namespace dangbo::service::documents_internal {

// The document `id` (not voided) when it is followed by the organization at `org_path` or
// one above it, or by one in the actor's scope; nullopt otherwise (missing and hidden answer
// alike). Coverage not filled.
std::optional<HigherDocument> LoadDocumentFrom(store::Transaction& tx, const Actor& actor,
                                               const std::string& org_path, int64_t id);
Error DocumentNotFound(int64_t id);

}  // namespace dangbo::service::documents_internal
