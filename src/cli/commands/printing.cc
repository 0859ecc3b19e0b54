// Implementation of `dangbo print`: one of the printable forms of service::PrintForms() as a
// Word file, or PDF when the output name ends in .pdf (LibreOffice needed).
#include "cli/commands/printing.h"

#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "report/pdf.h"
#include "service/printing/printing.h"

namespace dangbo::cli {

namespace {

struct PrintOpts {
  std::string form, out;
  long long id = 0;
};

std::string FormList() {
  std::string list;
  for (const service::PrintForm& f : service::PrintForms()) {
    list += std::string(list.empty() ? "" : ", ") + f.code + " (" + f.label + ")";
  }
  return list;
}

}  // namespace

std::function<int()> AddPrintCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<PrintOpts>();
  Runs runs;
  auto* cmd =
      app.add_subcommand("print", "In giấy tờ: phiếu đảng viên, giấy giới thiệu, quyết định");
  cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  cmd->add_option("form", o->form, "Mẫu: " + FormList())->required();
  cmd->add_option("id", o->id, "Mã đảng viên, việc chuyển sinh hoạt hoặc quần chúng")->required();
  cmd->add_option("--out", o->out, "Tệp ghi ra: .docx, hoặc .pdf (cần LibreOffice)")->required();
  RunWithServices(runs, cmd, db, [o](const service::Env& env, const service::Actor& op) {
    const service::PrintForm* form = service::FindPrintForm(o->form);
    if (form == nullptr) {
      std::cerr << "Lỗi: không có mẫu “" << o->form << "”. Các mẫu: " << FormList() << ".\n";
      return 2;
    }
    auto docx = form->docx(env, op, o->id);
    if (!docx.ok()) return PrintError(docx.error());
    if (o->out.ends_with(".pdf")) {
      auto pdf = report::DocxToPdf(*docx);
      if (!pdf.ok()) return PrintError(pdf.error());
      return WriteFileOrFail(o->out, *pdf);
    }
    return WriteFileOrFail(o->out, *docx);
  });
  return RunChosen(std::move(runs));
}

}  // namespace dangbo::cli
