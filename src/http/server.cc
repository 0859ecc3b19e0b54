// Boost.Beast/Asio implementation of the server. The only file that includes Beast.
#include "http/server.h"

#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "http/problem.h"
#include "http/security_headers.h"

namespace dangbo::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {

class Session;

}  // namespace

struct Server::Impl {
  ServerOptions options;
  Handler handler;
  std::vector<std::unique_ptr<asio::io_context>> ios;
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> guards;
  std::vector<std::thread> threads;
  std::unique_ptr<asio::thread_pool> workers;
  std::unique_ptr<tcp::acceptor> acceptor;
  size_t next_io = 0;

  std::atomic<bool> stopping{false};
  std::atomic<int> queued{0};
  std::atomic<int> connections{0};  // live Session objects
  int max_connections = 0;

  // Accept errors (EMFILE when out of descriptors): wait before retrying, log once per
  // interval with a count instead of once per failure.
  std::unique_ptr<asio::steady_timer> accept_retry;
  std::chrono::steady_clock::time_point accept_logged{};
  int accept_failures = 0;

  // In-flight requests (read complete, response not yet written), for the graceful stop.
  std::mutex mu;
  std::condition_variable idle_cv;
  int inflight = 0;
  std::map<Session*, std::weak_ptr<Session>> sessions;
  bool stopped = false;

  void Accept();
  void OnAcceptError(const beast::error_code& ec);
  void RefuseConnection(tcp::socket socket);
  std::string ClientAddress(const std::string& peer, const std::string& forwarded) const;
  bool TrustedProxy(const std::string& peer) const;
  void BeginRequest() {
    std::lock_guard lock(mu);
    ++inflight;
  }
  void EndRequest() {
    std::lock_guard lock(mu);
    if (--inflight == 0) idle_cv.notify_all();
  }
};

namespace {

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Server::Impl& server) : stream_(std::move(socket)), server_(server) {
    ++server_.connections;
  }

  void Start() {
    {
      std::lock_guard lock(server_.mu);
      server_.sessions[this] = weak_from_this();
    }
    beast::error_code ec;
    const auto ep = stream_.socket().remote_endpoint(ec);
    peer_ = ec ? "unknown" : ep.address().to_string();
    stream_.socket().set_option(tcp::no_delay(true), ec);
    Read(server_.options.idle_timeout);
  }

  ~Session() {
    std::lock_guard lock(server_.mu);
    server_.sessions.erase(this);
    --server_.connections;
  }

  // Called on the session's executor during shutdown: idle connections close now,
  // busy ones close after their response.
  void CloseIfIdle() {
    if (!busy_) {
      beast::error_code ec;
      stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
      stream_.close();
    }
  }

  auto executor() { return stream_.get_executor(); }

 private:
  void Read(std::chrono::seconds first_byte_timeout) {
    parser_.emplace();
    parser_->body_limit(server_.options.max_body_bytes);
    parser_->header_limit(static_cast<std::uint32_t>(server_.options.max_header_bytes));
    stream_.expires_after(first_byte_timeout);
    bhttp::async_read(stream_, buffer_, *parser_,
                      beast::bind_front_handler(&Session::OnRead, shared_from_this()));
  }

  void OnRead(beast::error_code ec, std::size_t) {
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout ||
        ec == asio::error::operation_aborted || ec == asio::error::connection_reset ||
        ec == asio::error::eof) {
      return Close();
    }
    if (ec == bhttp::error::body_limit) {
      return WriteError(413, "payload_too_large", "Dữ liệu gửi lên quá lớn",
                        "Kích thước dữ liệu vượt quá giới hạn cho phép.");
    }
    if (ec == bhttp::error::header_limit) {
      return WriteError(431, "headers_too_large", "Phần đầu yêu cầu quá lớn",
                        "Phần đầu (header) của yêu cầu vượt quá giới hạn cho phép.");
    }
    if (ec) {
      return WriteError(400, "bad_request", "Yêu cầu không hợp lệ", "Không đọc được yêu cầu HTTP.");
    }
    auto raw = parser_->release();
    keep_alive_ = raw.keep_alive();
    version_ = raw.version();
    if (server_.stopping) keep_alive_ = false;

    auto req = std::make_shared<Request>();
    req->method =
        ParseMethod(std::string_view(raw.method_string().data(), raw.method_string().size()));
    req->target = std::string(raw.target());
    for (const auto& field : raw) {
      std::string name(field.name_string());
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string value(field.value());
      auto [it, inserted] = req->headers.emplace(name, value);
      if (!inserted) it->second += (name == "cookie" ? "; " : ", ") + value;
    }
    req->body = std::move(raw.body());
    req->client_addr = server_.ClientAddress(peer_, req->Header("x-forwarded-for"));
    if (server_.TrustedProxy(peer_)) req->secure = req->Header("x-forwarded-proto") == "https";
    const size_t q = req->target.find('?');
    std::string raw_path = req->target.substr(0, q);
    if (!UrlDecode(raw_path, &req->path, false) || req->path.empty() || req->path[0] != '/' ||
        req->path.find('\0') != std::string::npos) {
      return WriteError(400, "bad_path", "Đường dẫn không hợp lệ",
                        "Đường dẫn trong yêu cầu không hợp lệ.");
    }
    if (q != std::string::npos)
      req->query = ParseQuery(std::string_view(req->target).substr(q + 1));

    if (server_.options.runs_inline && server_.options.runs_inline(*req)) {
      busy_ = true;
      server_.BeginRequest();
      return Write(Answer(*req), req->method == Method::kHead);
    }
    if (server_.queued.load() >= server_.options.max_queued) {
      return WriteError(503, "overloaded", "Máy chủ đang quá tải",
                        "Máy chủ đang bận xử lý nhiều yêu cầu. Hãy thử lại sau giây lát.");
    }
    busy_ = true;
    server_.BeginRequest();
    ++server_.queued;
    asio::post(*server_.workers, [self = shared_from_this(), req] {
      --self->server_.queued;
      Response res = self->Answer(*req);
      const bool head = req->method == Method::kHead;
      asio::post(self->executor(), [self, res = std::move(res), head]() mutable {
        self->Write(std::move(res), head);
      });
    });
  }

  // The handler's answer; a fault escaping it is a 500, logged.
  Response Answer(Request& req) {
    try {
      return server_.handler(req);
    } catch (const std::exception& e) {
      spdlog::error("handler fault on {}: {}", req.path, e.what());
      return Problem(500, "internal", "Lỗi hệ thống",
                     "Máy chủ gặp lỗi khi xử lý yêu cầu. Lỗi đã được ghi lại.");
    }
  }

  void WriteError(int status, const char* code, const char* title, const char* detail) {
    keep_alive_ = false;
    busy_ = true;
    server_.BeginRequest();
    Response res = Problem(status, code, title, detail);
    AddSecurityHeaders("", false, res);
    drain_ = true;
    Write(std::move(res), false);
  }

  void Write(Response res, bool head) {
    auto out = std::make_shared<bhttp::response<bhttp::string_body>>();
    out->version(version_ ? version_ : 11);
    out->result(static_cast<unsigned>(res.status));
    out->set(bhttp::field::server, "dangbo");
    for (const auto& [k, v] : res.headers) out->insert(k, v);
    if (server_.stopping) keep_alive_ = false;
    out->keep_alive(keep_alive_);
    if (head) {
      out->content_length(res.body.size());
    } else {
      out->body() = std::move(res.body);
      out->prepare_payload();
    }
    stream_.expires_after(server_.options.read_timeout);
    bhttp::async_write(
        stream_, *out,
        [self = shared_from_this(), out](beast::error_code ec, std::size_t) { self->OnWrite(ec); });
  }

  void OnWrite(beast::error_code ec) {
    busy_ = false;
    server_.EndRequest();
    if (!ec && drain_) return Drain();
    if (ec || !keep_alive_ || server_.stopping) return Close();
    Read(server_.options.idle_timeout);
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.close();
  }

  // After an early error (413 while the client is still sending): closing with unread
  // data would reset the connection and the client would never see the answer. Half-close,
  // then read and discard what still arrives, for at most 2 s and 64 MiB.
  void Drain() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    drain_ = false;
    drain_buf_.resize(64 * 1024);
    stream_.expires_after(std::chrono::seconds(2));
    DrainSome(0);
  }
  void DrainSome(size_t total) {
    stream_.async_read_some(asio::buffer(drain_buf_), [self = shared_from_this(), total](
                                                          beast::error_code ec, std::size_t n) {
      if (ec || total + n > (64u << 20)) return self->Close();
      self->DrainSome(total + n);
    });
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  Server::Impl& server_;
  std::string peer_;
  bool keep_alive_ = false;
  unsigned version_ = 11;
  bool busy_ = false;
  bool drain_ = false;  // discard the rest of the request after the answer
  std::vector<char> drain_buf_;
};

}  // namespace

void Server::Impl::Accept() {
  asio::io_context& target = *ios[next_io++ % ios.size()];
  acceptor->async_accept(target, [this](beast::error_code ec, tcp::socket socket) {
    if (ec) {
      if (stopping || ec == asio::error::operation_aborted) return;
      return OnAcceptError(ec);
    }
    if (connections.load() >= max_connections) {
      RefuseConnection(std::move(socket));
    } else {
      std::make_shared<Session>(std::move(socket), *this)->Start();
    }
    if (!stopping) Accept();
  });
}

void Server::Impl::OnAcceptError(const beast::error_code& ec) {
  ++accept_failures;
  const auto now = std::chrono::steady_clock::now();
  if (now - accept_logged >= std::chrono::seconds(10)) {
    spdlog::warn("accept: {} ({} lần trong 10 giây qua; {} kết nối đang mở)", ec.message(),
                 accept_failures, connections.load());
    accept_logged = now;
    accept_failures = 0;
  }
  // Out of descriptors (or another transient error): retrying at once would spin a core.
  accept_retry->expires_after(std::chrono::milliseconds(100));
  accept_retry->async_wait([this](beast::error_code wait_ec) {
    if (!wait_ec && !stopping) Accept();
  });
}

// Over the connection cap: a short 503 written without blocking, then the socket closes.
void Server::Impl::RefuseConnection(tcp::socket socket) {
  Response res = Problem(503, "too_many_connections", "Máy chủ đang quá tải",
                         "Máy chủ đang có quá nhiều kết nối. Hãy thử lại sau giây lát.");
  AddSecurityHeaders("", false, res);
  bhttp::response<bhttp::string_body> out{bhttp::status::service_unavailable, 11};
  out.set(bhttp::field::server, "dangbo");
  for (const auto& [k, v] : res.headers) out.insert(k, v);
  out.keep_alive(false);
  out.body() = std::move(res.body);
  out.prepare_payload();
  beast::error_code ec;
  socket.non_blocking(true, ec);
  bhttp::write(socket, out, ec);
  socket.shutdown(tcp::socket::shutdown_both, ec);
  socket.close(ec);
}

bool Server::Impl::TrustedProxy(const std::string& peer) const {
  for (const auto& p : options.trusted_proxies) {
    if (p == peer) return true;
  }
  return false;
}

// The client is the peer, unless the peer is a trusted proxy: then the right-most address
// in X-Forwarded-For that is not itself a trusted proxy (the left part is client-written).
std::string Server::Impl::ClientAddress(const std::string& peer,
                                        const std::string& forwarded) const {
  if (forwarded.empty() || !TrustedProxy(peer)) return peer;
  std::string rest = forwarded;
  while (!rest.empty()) {
    const size_t comma = rest.rfind(',');
    std::string item = comma == std::string::npos ? rest : rest.substr(comma + 1);
    rest = comma == std::string::npos ? "" : rest.substr(0, comma);
    const size_t b = item.find_first_not_of(" \t");
    const size_t e = item.find_last_not_of(" \t");
    item = b == std::string::npos ? "" : item.substr(b, e - b + 1);
    beast::error_code ec;
    const auto addr = asio::ip::make_address(item, ec);
    if (ec) return peer;  // garbage: believe only what we saw
    if (!TrustedProxy(addr.to_string())) return addr.to_string();
  }
  return peer;
}

namespace {

// Raises the soft open-file limit to the hard one; returns the limit now in force.
rlim_t RaiseOpenFileLimit() {
  struct rlimit rl {};
  if (getrlimit(RLIMIT_NOFILE, &rl) != 0) return 1024;
  if (rl.rlim_cur < rl.rlim_max) {
    struct rlimit want = rl;
    want.rlim_cur = rl.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &want) == 0) rl = want;
  }
  return rl.rlim_cur;
}

}  // namespace

Server::Server(ServerOptions options, Handler handler) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  impl_->handler = std::move(handler);
}

Server::~Server() { Stop(); }

uint16_t Server::Start() {
  Impl& s = *impl_;
  int n = s.options.io_threads;
  if (n <= 0) n = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  for (int i = 0; i < n; ++i) {
    s.ios.push_back(std::make_unique<asio::io_context>(1));
    s.guards.push_back(asio::make_work_guard(*s.ios.back()));
  }
  s.workers = std::make_unique<asio::thread_pool>(std::max(1, s.options.workers));
  // Descriptors beyond the connections: database files and pool, logs, the listener.
  const rlim_t files = RaiseOpenFileLimit();
  const int reserve = 64 + 2 * std::max(1, s.options.workers);
  const int derived = static_cast<int>(std::min<rlim_t>(files, 20000 + reserve)) - reserve;
  s.max_connections =
      s.options.max_connections > 0 ? s.options.max_connections : std::max(16, derived);

  beast::error_code ec;
  const auto address = asio::ip::make_address(s.options.host, ec);
  if (ec) throw std::runtime_error("địa chỉ không hợp lệ: " + s.options.host);
  const tcp::endpoint endpoint(address, s.options.port);
  s.acceptor = std::make_unique<tcp::acceptor>(*s.ios[0]);
  s.acceptor->open(endpoint.protocol(), ec);
  if (!ec) s.acceptor->set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) s.acceptor->bind(endpoint, ec);
  if (!ec) s.acceptor->listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    throw std::runtime_error("không mở được cổng " + s.options.host + ":" +
                             std::to_string(s.options.port) + ": " + ec.message());
  }
  const uint16_t port = s.acceptor->local_endpoint().port();
  s.accept_retry = std::make_unique<asio::steady_timer>(*s.ios[0]);
  s.Accept();
  for (auto& io : s.ios) {
    s.threads.emplace_back([&ioc = *io] { ioc.run(); });
  }
  return port;
}

void Server::RunUntilSignal() {
  asio::io_context signals_io(1);
  asio::signal_set signals(signals_io, SIGINT, SIGTERM);
  signals.async_wait([](beast::error_code, int sig) {
    spdlog::info("nhận tín hiệu {}, đang dừng máy chủ...", sig);
  });
  signals_io.run();
  Stop();
}

void Server::Stop() {
  Impl& s = *impl_;
  {
    std::lock_guard lock(s.mu);
    if (s.stopped || s.threads.empty()) return;
    s.stopped = true;
  }
  s.stopping = true;
  asio::post(*s.ios[0], [&s] {
    beast::error_code ec;
    s.acceptor->close(ec);
    s.accept_retry->cancel();
  });
  // Close idle keep-alive connections; busy ones close after their response.
  std::vector<std::shared_ptr<Session>> alive;
  {
    std::lock_guard lock(s.mu);
    for (auto& [ptr, weak] : s.sessions) {
      if (auto sp = weak.lock()) alive.push_back(std::move(sp));
    }
  }
  for (auto& sp : alive) {
    asio::post(sp->executor(), [sp] { sp->CloseIfIdle(); });
  }
  alive.clear();
  {
    std::unique_lock lock(s.mu);
    const bool drained =
        s.idle_cv.wait_for(lock, s.options.shutdown_grace, [&s] { return s.inflight == 0; });
    if (!drained) spdlog::warn("{} yêu cầu chưa xong khi hết thời gian chờ dừng", s.inflight);
  }
  s.workers->join();
  for (auto& g : s.guards) g.reset();
  for (auto& io : s.ios) io->stop();
  for (auto& t : s.threads) t.join();
  // Destroy pending handlers (and the sessions they hold) while `mu` still exists.
  s.acceptor.reset();
  s.accept_retry.reset();
  s.guards.clear();
  s.ios.clear();
}

}  // namespace dangbo::http
