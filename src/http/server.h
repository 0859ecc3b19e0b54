// The HTTP/1.1 server: one io_context per core for sockets, a bounded pool of worker
// threads for handlers (which do blocking database work; requests that do none may be
// answered on the I/O thread, see ServerOptions::runs_inline), keep-alive, size and time
// limits, and a graceful stop in which in-flight requests finish.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "http/message.h"

namespace dangbo::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;   // 0: pick a free port
  int io_threads = 0;     // 0: one per core
  int workers = 8;        // handler threads (size the database pool to match)
  int max_queued = 2048;  // requests waiting for a worker beyond this get 503
  size_t max_body_bytes = 32 * 1024 * 1024;
  size_t max_header_bytes = 16 * 1024;
  std::chrono::seconds read_timeout{30};    // to read one whole request, or write an answer
  std::chrono::seconds idle_timeout{30};    // keep-alive connection with no request
  std::chrono::seconds shutdown_grace{30};  // in-flight requests get this long on stop
  // Open connections beyond this get a 503 and are closed. 0: derived from the open-file
  // limit (which Start raises to its hard maximum), leaving room for database files.
  int max_connections = 0;
  // Peers whose X-Forwarded-For / X-Forwarded-Proto are believed (reverse proxies). From any
  // other peer those headers are ignored, so a client cannot choose its own address.
  std::vector<std::string> trusted_proxies;
  // Requests this says do no blocking work (nothing read from the database) are answered on
  // the I/O thread that read them, without the hand-off to a worker and back.
  std::function<bool(const Request&)> runs_inline;
};

using Handler = std::function<Response(Request&)>;

class Server {
 public:
  Server(ServerOptions options, Handler handler);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts serving; returns the bound port. Throws std::runtime_error when the
  // address cannot be bound.
  uint16_t Start();
  // Serves until SIGINT or SIGTERM, then stops gracefully.
  void RunUntilSignal();
  // Stops accepting, lets in-flight requests finish (up to the grace period), closes idle
  // connections, joins every thread. Idempotent.
  void Stop();

  struct Impl;  // server.cc only

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace dangbo::http
