// The printable forms' routes, one per row of service::PrintForms():
// GET /api/{members|transfers|candidates}/{id}/print/<form>?format=docx|pdf.
#include "service/printing/printing.h"

#include "http/app.h"
#include "http/problem.h"
#include "report/pdf.h"

namespace dangbo::http {

namespace {

std::string Base(Target t) {
  switch (t) {
    case Target::kTransfer:
      return "/api/transfers/{id}/print/";
    case Target::kCandidate:
      return "/api/candidates/{id}/print/";
    default:
      return "/api/members/{id}/print/";
  }
}

Result<std::string> PrintFormatParam(const Request& req) {
  const std::string format = req.Query("format", "docx");
  if (format == "docx" || format == "pdf") return format;
  return Error::Invalid("Định dạng tệp không hợp lệ: chọn docx (văn bản Word) hoặc pdf.",
                        {{"format", "Định dạng phải là docx hoặc pdf."}});
}

}  // namespace

void RegisterPrintingRoutes(App& app) {
  const service::Env& env = app.env();
  for (const service::PrintForm& f : service::PrintForms()) {
    const service::PrintForm* form = &f;
    app.Add(Method::kGet, Base(f.target) + f.code, Rule::On(Action::kMemberRead, f.target),
            [&env, form](Call& c) {
              auto id = c.IdParam("id");
              if (!id.ok()) return Problem(id.error());
              auto format = PrintFormatParam(c.req);
              if (!format.ok()) return Problem(format.error());
              auto docx = form->docx(env, c.actor(), *id);
              if (!docx.ok()) return Problem(docx.error());
              const std::string stem = std::string(form->file_stem) + "-" + std::to_string(*id);
              if (*format == "docx") return Response::Attachment(std::move(*docx), stem + ".docx");
              auto pdf = report::DocxToPdf(*docx);
              if (!pdf.ok()) return Problem(pdf.error());
              return Response::Attachment(std::move(*pdf), stem + ".pdf");
            });
  }
}

}  // namespace dangbo::http
