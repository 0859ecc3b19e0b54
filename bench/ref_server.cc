// The HTTP ceiling for `make bench`: a minimal Boost.Beast server on the same machine that
// answers every request with the same 200-byte JSON body, one io_context per thread, reading
// and writing on the I/O threads (no worker hand-off, no routing, no database). dangbo's
// HTTP figures are recorded as ratios to this server measured in the same run.
//
//   dangbo-refserver --listen 127.0.0.1:PORT [--threads N]   (N: one per core by default)
#include <utility>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

// 200 bytes: a small JSON object such as /healthz answers.
const std::string& Body() {
  static const std::string body = [] {
    std::string b = R"({"status":"ok","database":"ok","search_index":"ready","pad":")";
    const std::string tail = "\"}";
    b.append(200 - b.size() - tail.size(), 'x');
    return b + tail;
  }();
  return body;
}

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  explicit Connection(tcp::socket s) : stream_(std::move(s)) {}

  void Start() {
    beast::error_code ec;
    stream_.socket().set_option(tcp::no_delay(true), ec);
    Read();
  }

 private:
  void Read() {
    req_ = {};
    bhttp::async_read(stream_, buffer_, req_,
                      beast::bind_front_handler(&Connection::OnRead, shared_from_this()));
  }

  void OnRead(beast::error_code ec, std::size_t) {
    if (ec) return Close();
    res_ = {};
    res_.version(req_.version());
    res_.result(bhttp::status::ok);
    res_.set(bhttp::field::server, "ref");
    res_.set(bhttp::field::content_type, "application/json");
    res_.keep_alive(req_.keep_alive());
    res_.body() = Body();
    res_.prepare_payload();
    bhttp::async_write(stream_, res_,
                       beast::bind_front_handler(&Connection::OnWrite, shared_from_this()));
  }

  void OnWrite(beast::error_code ec, std::size_t) {
    if (ec || !res_.keep_alive()) return Close();
    Read();
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  bhttp::request<bhttp::string_body> req_;
  bhttp::response<bhttp::string_body> res_;
};

struct Options {
  std::string host = "127.0.0.1";
  unsigned short port = 0;
  int threads = 0;
};

bool Parse(int argc, char** argv, Options* o) {
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string k = argv[i], v = argv[i + 1];
    if (k == "--listen") {
      const size_t colon = v.rfind(':');
      if (colon == std::string::npos) return false;
      o->host = v.substr(0, colon);
      o->port = static_cast<unsigned short>(std::atoi(v.c_str() + colon + 1));
    } else if (k == "--threads") {
      o->threads = std::atoi(v.c_str());
    } else {
      return false;
    }
  }
  return o->port != 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!Parse(argc, argv, &o)) {
    std::fprintf(stderr, "usage: dangbo-refserver --listen HOST:PORT [--threads N]\n");
    return 2;
  }
  const int n = o.threads > 0 ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::unique_ptr<asio::io_context>> ios;
  for (int i = 0; i < n; ++i) ios.push_back(std::make_unique<asio::io_context>(1));
  tcp::acceptor acceptor(*ios[0], tcp::endpoint(asio::ip::make_address(o.host), o.port));
  size_t next = 0;
  std::function<void()> accept = [&] {
    acceptor.async_accept(*ios[next++ % ios.size()], [&](beast::error_code ec, tcp::socket s) {
      if (!ec) std::make_shared<Connection>(std::move(s))->Start();
      accept();
    });
  };
  accept();
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> guards;
  for (auto& io : ios) guards.push_back(asio::make_work_guard(*io));
  std::vector<std::thread> threads;
  for (int i = 1; i < n; ++i) threads.emplace_back([&, i] { ios[i]->run(); });
  ios[0]->run();
  for (auto& t : threads) t.join();
  return 0;
}
