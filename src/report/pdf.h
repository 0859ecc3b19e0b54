// Word to PDF through LibreOffice, where the machine has it: the printable documents and
// reports are made as .docx; a PDF is that file rendered by `soffice --convert-to pdf`.
#pragma once

#include <string>

#include "base/result.h"

namespace dangbo::report {

// Whether LibreOffice (soffice) is installed.
bool PdfAvailable();
// Converts a .docx package to PDF in a private temporary directory (its own LibreOffice
// profile, so that concurrent conversions do not share one), within 120 seconds. Without
// LibreOffice: kUnavailable with a Vietnamese message; a failed conversion is a fault.
Result<std::string> DocxToPdf(const std::string& docx);

}  // namespace dangbo::report
