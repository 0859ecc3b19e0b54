// The higher-level documents' indicators in the report catalogue.
#pragma once

namespace dangbo::service {

// Registers the fact tables higher_document (by kind, dated by issue) and
// document_implementation (study sessions, action plans, thematic resolutions, each dated)
// with the documents.* indicators. REQUIRES: called once, by the catalogue.
void RegisterDocumentIndicators();

}  // namespace dangbo::service
