// The server with a stub handler over real sockets: connection cap, early errors with the
// security headers, and whose X-Forwarded-For is believed.
#include "http/server.h"

#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <mutex>
#include <string>
#include <vector>

namespace dangbo::http {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

class ServerTest : public ::testing::Test {
 protected:
  void StartServer(ServerOptions o) {
    o.port = 0;
    o.io_threads = 1;
    o.workers = 2;
    server_ = std::make_unique<Server>(o, [this](Request& req) {
      std::lock_guard lock(mu_);
      seen_addr_ = req.client_addr;
      seen_secure_ = req.secure;
      return Response::Text(200, "ok", "text/plain");
    });
    port_ = server_->Start();
  }
  void TearDown() override {
    if (server_) server_->Stop();
  }

  tcp::socket Connect() {
    tcp::socket s(io_);
    s.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port_));
    return s;
  }
  // Sends raw bytes and reads until the server closes or the answer is complete.
  std::string Exchange(tcp::socket& s, const std::string& raw) {
    asio::write(s, asio::buffer(raw));
    std::string out;
    char buf[4096];
    boost::system::error_code ec;
    for (;;) {
      const size_t n = s.read_some(asio::buffer(buf), ec);
      if (ec) break;
      out.append(buf, n);
      const size_t head = out.find("\r\n\r\n");
      const size_t cl = out.find("Content-Length: ");
      if (head != std::string::npos && cl != std::string::npos && cl < head) {
        const size_t len = std::stoul(out.substr(cl + 16));
        if (out.size() >= head + 4 + len) break;
      }
    }
    return out;
  }
  std::string Get(const std::string& extra_headers = "") {
    tcp::socket s = Connect();
    return Exchange(s, "GET /x HTTP/1.1\r\nHost: t\r\n" + extra_headers + "\r\n");
  }

  asio::io_context io_;
  std::unique_ptr<Server> server_;
  uint16_t port_ = 0;
  std::mutex mu_;
  std::string seen_addr_;
  bool seen_secure_ = false;
};

TEST_F(ServerTest, ConnectionsBeyondTheCapGet503AndTheServerStaysUp) {
  ServerOptions o;
  o.max_connections = 3;
  StartServer(o);
  std::vector<tcp::socket> idle;
  for (int i = 0; i < 3; ++i) idle.push_back(Connect());
  // The accepts above are asynchronous: wait until the server holds all three.
  std::string refused;
  for (int tries = 0; tries < 200 && refused.find(" 503 ") == std::string::npos; ++tries) {
    tcp::socket s = Connect();
    refused = Exchange(s, "GET /x HTTP/1.1\r\nHost: t\r\n\r\n");
  }
  EXPECT_NE(refused.find("HTTP/1.1 503"), std::string::npos) << refused;
  EXPECT_NE(refused.find("too_many_connections"), std::string::npos);
  EXPECT_NE(refused.find("Content-Security-Policy"), std::string::npos);
  idle.clear();  // closing them frees room
  std::string ok;
  for (int tries = 0; tries < 200 && ok.find(" 200 ") == std::string::npos; ++tries) ok = Get();
  EXPECT_NE(ok.find("HTTP/1.1 200"), std::string::npos) << ok;
}

TEST_F(ServerTest, IdleAndSlowConnectionsAreClosedAtTheirTimeout) {
  ServerOptions o;
  o.idle_timeout = std::chrono::seconds(1);
  StartServer(o);
  const auto t0 = std::chrono::steady_clock::now();
  tcp::socket idle = Connect();
  // A slow client: half a request line, then nothing.
  tcp::socket slow = Connect();
  asio::write(slow, asio::buffer(std::string("GET /x HT")));
  char buf[64];
  boost::system::error_code ec;
  idle.read_some(asio::buffer(buf), ec);
  EXPECT_TRUE(ec == asio::error::eof || ec == asio::error::connection_reset) << ec.message();
  slow.read_some(asio::buffer(buf), ec);
  EXPECT_TRUE(ec == asio::error::eof || ec == asio::error::connection_reset) << ec.message();
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(20));
}

TEST_F(ServerTest, EarlyErrorsCarrySecurityHeaders) {
  ServerOptions o;
  o.max_body_bytes = 10;
  StartServer(o);
  tcp::socket s = Connect();
  const std::string big = Exchange(
      s, "POST /x HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\n" + std::string(100, 'a'));
  EXPECT_NE(big.find("HTTP/1.1 413"), std::string::npos) << big;
  EXPECT_NE(big.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(big.find("X-Content-Type-Options: nosniff"), std::string::npos);
  tcp::socket s2 = Connect();
  const std::string bad = Exchange(s2, "GET /%zz HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_NE(bad.find("HTTP/1.1 400"), std::string::npos) << bad;
  EXPECT_NE(bad.find("X-Frame-Options: DENY"), std::string::npos);
}

TEST_F(ServerTest, ForwardedForIsIgnoredUnlessThePeerIsATrustedProxy) {
  StartServer({});
  Get("X-Forwarded-For: 203.0.113.9\r\nX-Forwarded-Proto: https\r\n");
  {
    std::lock_guard lock(mu_);
    EXPECT_EQ(seen_addr_, "127.0.0.1");
    EXPECT_FALSE(seen_secure_);
  }
  server_->Stop();
  ServerOptions o;
  o.trusted_proxies = {"127.0.0.1"};
  StartServer(o);
  // The left part is whatever the client wrote; the proxy appended the real address.
  Get("X-Forwarded-For: 10.9.9.9, 203.0.113.9\r\nX-Forwarded-Proto: https\r\n");
  {
    std::lock_guard lock(mu_);
    EXPECT_EQ(seen_addr_, "203.0.113.9");
    EXPECT_TRUE(seen_secure_);
  }
  Get("X-Forwarded-For: not-an-address\r\n");
  std::lock_guard lock(mu_);
  EXPECT_EQ(seen_addr_, "127.0.0.1");
}

}  // namespace
}  // namespace dangbo::http
