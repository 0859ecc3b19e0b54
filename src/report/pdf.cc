// Word to PDF: LibreOffice headless in a child process, one temporary directory per call.
#include "report/pdf.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

extern char** environ;

namespace dangbo::report {

namespace {

namespace fs = std::filesystem;

std::string Soffice() {
  for (const char* p : {"/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"}) {
    if (::access(p, X_OK) == 0) return p;
  }
  return "";
}

// Runs argv, waiting at most `limit`; kills it after that. Returns the exit status, or -1.
int RunWithin(const std::vector<std::string>& argv, std::chrono::seconds limit) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return -1;
  const auto deadline = std::chrono::steady_clock::now() + limit;
  int status = 0;
  while (true) {
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (done < 0) return -1;
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

}  // namespace

bool PdfAvailable() { return !Soffice().empty(); }

Result<std::string> DocxToPdf(const std::string& docx) {
  const std::string soffice = Soffice();
  if (soffice.empty()) {
    return Error::Make(ErrorKind::kUnavailable, "pdf_unavailable", "Không tạo được PDF",
                       "Máy chủ chưa cài LibreOffice nên không tạo được tệp PDF; hãy tải bản "
                       "Word (.docx).");
  }
  std::string tmpl = (fs::temp_directory_path() / "dangbo-pdf-XXXXXX").string();
  if (mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  const fs::path dir = tmpl;
  struct Cleanup {
    fs::path dir;
    ~Cleanup() {
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  } cleanup{dir};
  {
    std::ofstream out(dir / "tai-lieu.docx", std::ios::binary);
    out.write(docx.data(), static_cast<std::streamsize>(docx.size()));
    if (!out) throw std::runtime_error("cannot write the document for conversion");
  }
  const int status =
      RunWithin({soffice, "--headless", "--norestore", "--nologo",
                 "-env:UserInstallation=file://" + (dir / "profile").string(), "--convert-to",
                 "pdf", "--outdir", dir.string(), (dir / "tai-lieu.docx").string()},
                std::chrono::seconds(120));
  std::ifstream in(dir / "tai-lieu.pdf", std::ios::binary);
  if (status != 0 || !in) {
    throw std::runtime_error("LibreOffice did not convert the document (status " +
                             std::to_string(status) + ")");
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace dangbo::report
