// Static files: every way out of the web root that a probe tried, and what must still work.
#include "http/static_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "http/message.h"

namespace dangbo::http {
namespace {

namespace fs = std::filesystem;

void Write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("dangbo-static-" + std::to_string(::getpid()));
    fs::remove_all(base_);
    Write(base_ / "dist/index.html", "INDEX");
    Write(base_ / "dist/assets/app-1.js", "APP");
    Write(base_ / "dist/dangbo.db", "DATABASE");
    Write(base_ / "dist/.env", "HIDDEN");
    Write(base_ / "secret.txt", "SECRET");
    Write(base_ / "dangbo.db.credentials", "PASSWORD");
    fs::create_directory_symlink(base_, base_ / "dist/up");
    files_ = std::make_unique<StaticFiles>((base_ / "dist").string());
  }
  void TearDown() override { fs::remove_all(base_); }

  Response Get(const std::string& raw_path) {
    Request req;
    req.target = raw_path;
    EXPECT_TRUE(UrlDecode(raw_path, &req.path, false));
    return files_->Serve(req);
  }

  fs::path base_;
  std::unique_ptr<StaticFiles> files_;
};

TEST_F(StaticFilesTest, ServesFilesAndFallsBackToTheAppForRoutes) {
  EXPECT_EQ(Get("/assets/app-1.js").body, "APP");
  EXPECT_EQ(Get("/assets/app-1.js").Header("Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(Get("/").body, "INDEX");
  EXPECT_EQ(Get("/members/12").body, "INDEX");
  EXPECT_EQ(Get("/missing.js").status, 404);
}

TEST_F(StaticFilesTest, NeverLeavesTheRoot) {
  const std::string outside = (base_ / "secret.txt").string();
  for (const std::string& p : std::vector<std::string>{
           "//etc/passwd", "/" + outside, "/%2F" + outside.substr(1), "/%2Fetc%2Fpasswd",
           "/../secret.txt", "/assets/../../secret.txt", "/%2E%2E/secret.txt", "/up/secret.txt",
           "/up/dangbo.db.credentials", "/up/dist/index.html", "/..%5Csecret.txt", "/assets/%00.js",
           "/dangbo.db", "/.env", "/assets/./app-1.js"}) {
    const Response r = Get(p);
    EXPECT_EQ(r.body.find("SECRET"), std::string::npos) << p;
    EXPECT_EQ(r.body.find("PASSWORD"), std::string::npos) << p;
    EXPECT_EQ(r.body.find("DATABASE"), std::string::npos) << p;
    EXPECT_EQ(r.body.find("HIDDEN"), std::string::npos) << p;
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << p;
  }
}

}  // namespace
}  // namespace dangbo::http
