// Checking JSON bodies against their schema, and reading their fields.
#include "http/body.h"

#include "base/date.h"

namespace dangbo::http {

namespace {

constexpr int64_t kInt32Min = -2147483648LL;
constexpr int64_t kInt32Max = 2147483647LL;
constexpr int64_t kMaxId = 9007199254740991LL;  // 2^53 - 1: exact in every JSON client
constexpr size_t kMaxErrors = 50;               // a body with more errors reports these
constexpr size_t kMaxPlainBody = 1024 * 1024;   // bodies without file contents

std::string Quoted(const std::string& path) { return "Trường “" + path + "”"; }

// Characters (code points) of valid UTF-8; -1 when invalid. Bytes checked: overlongs,
// surrogates and values above U+10FFFF are invalid.
int64_t Utf8Length(const std::string& s) {
  int64_t n = 0;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80           ? 1
                 : (c >> 5) == 0x6  ? 2
                 : (c >> 4) == 0xE  ? 3
                 : (c >> 3) == 0x1E ? 4
                                    : 0;
    if (len == 0 || i + len > s.size()) return -1;
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return -1;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    i += len;
    ++n;
  }
  return n;
}

// C0 controls (except \n, \r and \t in multi-line text), DEL, and C1 controls (U+0080-U+009F).
bool HasControl(const std::string& s, bool multiline) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20) {
      if (multiline && (c == '\n' || c == '\r' || c == '\t')) continue;
      return true;
    }
    if (c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < s.size()) {
      const auto n = static_cast<unsigned char>(s[i + 1]);
      if (n >= 0x80 && n <= 0x9F) return true;
    }
  }
  return false;
}

int64_t TextMax(const FieldSpec& f) {
  if (f.max > 0) return f.max;
  return f.multiline ? kLongText : kShortText;
}

class Checker {
 public:
  void Object(const nlohmann::json& body, const BodySchema& schema, const std::string& prefix) {
    for (const auto& [key, value] : body.items()) {
      if (full()) return;
      if (schema.Find(key) == nullptr) {
        const std::string shown = Utf8Length(key) < 0 || key.size() > 60 || HasControl(key, false)
                                      ? std::string("?")
                                      : key;
        Fail(prefix + shown, Quoted(prefix + shown) + " không được hỗ trợ ở yêu cầu này.");
      }
    }
    for (const auto& f : schema.fields) {
      if (full()) return;
      const std::string path = prefix + f.name;
      const auto it = body.find(f.name);
      if (it == body.end() || it->is_null()) {
        if (f.required) Fail(path, Quoted(path) + " là bắt buộc.");
        continue;
      }
      Value(*it, f, path);
    }
  }

  // A file over its size limit is refused as such (422), whatever else is wrong.
  Status status() const {
    if (file_limit_mb_ > 0) {
      Error e = Error::Make(ErrorKind::kRuleViolated, "file_too_large", "Tệp quá lớn",
                            "Tệp quá lớn: mỗi tệp tối đa " + std::to_string(file_limit_mb_) +
                                " MB. Hãy chia thành nhiều tệp nhỏ hơn rồi nhập lần lượt.");
      e.fields = v_.ToStatus().error().fields;
      return e;
    }
    return v_.ToStatus();
  }

 private:
  bool full() const { return count_ >= kMaxErrors; }
  void Fail(const std::string& path, std::string message) {
    if (full()) return;
    ++count_;
    v_.Fail(path, std::move(message));
  }

  void Value(const nlohmann::json& j, const FieldSpec& f, const std::string& path) {
    switch (f.kind) {
      case FieldKind::kText:
      case FieldKind::kDate:
      case FieldKind::kBase64:
        if (!j.is_string()) return Fail(path, Quoted(path) + " phải là chuỗi ký tự.");
        return String(j.get_ref<const std::string&>(), f, path);
      case FieldKind::kInt:
      case FieldKind::kId:
        return Integer(j, f, path);
      case FieldKind::kBool:
        if (!j.is_boolean()) Fail(path, Quoted(path) + " phải là true hoặc false.");
        return;
      case FieldKind::kTexts:
      case FieldKind::kIds:
      case FieldKind::kObjects:
        return List(j, f, path);
    }
  }

  void String(const std::string& s, const FieldSpec& f, const std::string& path) {
    if (f.kind == FieldKind::kBase64) {
      if (static_cast<int64_t>(s.size()) > f.max) {
        file_limit_mb_ = f.max / 4 * 3 / (1024 * 1024);
        return Fail(path, "Tệp quá lớn: mỗi tệp tối đa " + std::to_string(file_limit_mb_) + " MB.");
      }
      if (s.find_first_not_of(
              "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") !=
          std::string::npos) {
        return Fail(path, Quoted(path) + " phải là dữ liệu base64.");
      }
      if (f.required && s.empty()) Fail(path, Quoted(path) + " là bắt buộc.");
      return;
    }
    const int64_t chars = Utf8Length(s);
    if (chars < 0) return Fail(path, Quoted(path) + " không phải văn bản UTF-8 hợp lệ.");
    if (f.kind == FieldKind::kDate) {
      if (s.empty()) {
        if (f.required) Fail(path, Quoted(path) + " là bắt buộc.");
      } else if (!dangbo::Date::Parse(s)) {
        Fail(path, Quoted(path) + " phải là một ngày có thật, dạng YYYY-MM-DD.");
      }
      return;
    }
    if (chars > TextMax(f)) {
      return Fail(path, Quoted(path) + " dài quá " + std::to_string(TextMax(f)) + " ký tự.");
    }
    if (HasControl(s, f.multiline)) {
      return Fail(path, Quoted(path) + " chứa ký tự điều khiển không được phép.");
    }
    if (f.required && s.find_first_not_of(" \t\r\n") == std::string::npos) {
      Fail(path, Quoted(path) + " không được để trống.");
    }
  }

  void Integer(const nlohmann::json& j, const FieldSpec& f, const std::string& path) {
    const bool id = f.kind == FieldKind::kId;
    const int64_t lo = id ? 1 : (f.max == 0 && f.min == 0 ? kInt32Min : f.min);
    const int64_t hi = id ? kMaxId : (f.max == 0 && f.min == 0 ? kInt32Max : f.max);
    const std::string range = id ? Quoted(path) + " phải là mã số nguyên dương."
                                 : Quoted(path) + " phải là số nguyên từ " + std::to_string(lo) +
                                       " đến " + std::to_string(hi) + ".";
    if (!j.is_number_integer()) return Fail(path, range);
    if (j.is_number_unsigned()) {  // the parser stores every non-negative integer so
      const uint64_t v = j.get<uint64_t>();
      if (v > static_cast<uint64_t>(hi) || (lo > 0 && v < static_cast<uint64_t>(lo))) {
        Fail(path, range);
      }
      return;
    }
    const int64_t v = j.get<int64_t>();
    if (v < lo || v > hi) Fail(path, range);
  }

  void List(const nlohmann::json& j, const FieldSpec& f, const std::string& path) {
    if (!j.is_array()) return Fail(path, Quoted(path) + " phải là danh sách.");
    const int64_t max = f.max > 0 ? f.max : kMaxListItems;
    if (static_cast<int64_t>(j.size()) > max) {
      return Fail(path, Quoted(path) + " có quá " + std::to_string(max) + " phần tử.");
    }
    FieldSpec item = f;
    item.name.clear();
    item.max = 0;
    item.kind = f.kind == FieldKind::kTexts ? FieldKind::kText : FieldKind::kId;
    for (size_t i = 0; i < j.size() && !full(); ++i) {
      const std::string at = path + "[" + std::to_string(i) + "]";
      if (f.kind != FieldKind::kObjects) {
        if (j[i].is_null()) {
          Fail(at, Quoted(at) + " không được để trống.");
        } else {
          Value(j[i], item, at);
        }
      } else if (!j[i].is_object()) {
        Fail(at, Quoted(at) + " phải là một đối tượng.");
      } else {
        Object(j[i], *f.items, at + ".");
      }
    }
  }

  Validator v_;
  size_t count_ = 0;
  int64_t file_limit_mb_ = 0;
};

bool HasFileField(const BodySchema& schema) {
  for (const auto& f : schema.fields) {
    if (f.kind == FieldKind::kBase64) return true;
  }
  return false;
}

const char* KindName(FieldKind k) {
  switch (k) {
    case FieldKind::kText:
      return "text";
    case FieldKind::kDate:
      return "date";
    case FieldKind::kInt:
      return "int";
    case FieldKind::kId:
      return "id";
    case FieldKind::kBool:
      return "bool";
    case FieldKind::kTexts:
      return "texts";
    case FieldKind::kIds:
      return "ids";
    case FieldKind::kObjects:
      return "objects";
    case FieldKind::kBase64:
      return "base64";
  }
  return "text";
}

}  // namespace

namespace field {
FieldSpec Text(std::string name, int64_t max_chars) {
  return {.name = std::move(name), .kind = FieldKind::kText, .max = max_chars};
}
FieldSpec LongText(std::string name, int64_t max_chars) {
  return {.name = std::move(name), .kind = FieldKind::kText, .max = max_chars, .multiline = true};
}
FieldSpec Date(std::string name) { return {.name = std::move(name), .kind = FieldKind::kDate}; }
FieldSpec Int(std::string name, int64_t min, int64_t max) {
  return {.name = std::move(name), .kind = FieldKind::kInt, .max = max, .min = min};
}
FieldSpec Id(std::string name) { return {.name = std::move(name), .kind = FieldKind::kId}; }
FieldSpec Bool(std::string name) { return {.name = std::move(name), .kind = FieldKind::kBool}; }
FieldSpec Texts(std::string name, int64_t max_items) {
  return {.name = std::move(name), .kind = FieldKind::kTexts, .max = max_items};
}
FieldSpec Ids(std::string name, int64_t max_items) {
  return {.name = std::move(name), .kind = FieldKind::kIds, .max = max_items};
}
FieldSpec Objects(std::string name, const BodySchema& items, int64_t max_items) {
  return {.name = std::move(name), .kind = FieldKind::kObjects, .max = max_items, .items = &items};
}
FieldSpec Base64(std::string name, int64_t max_bytes) {
  return {.name = std::move(name), .kind = FieldKind::kBase64, .max = max_bytes};
}
}  // namespace field

const FieldSpec* BodySchema::Find(const std::string& name) const {
  for (const auto& f : fields) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

Status CheckBody(const nlohmann::json& body, const BodySchema& schema) {
  Checker c;
  c.Object(body, schema, "");
  return c.status();
}

Result<nlohmann::json> ReadBody(const Request& req, const BodySchema& schema) {
  if (!HasFileField(schema) && req.body.size() > kMaxPlainBody) {
    return Error::Make(ErrorKind::kRuleViolated, "payload_too_large", "Dữ liệu gửi lên quá lớn",
                       "Dữ liệu gửi lên vượt quá " + std::to_string(kMaxPlainBody / 1024) +
                           " KB, giới hạn của chức năng này.");
  }
  nlohmann::json body = nlohmann::json::object();
  if (!req.body.empty()) {
    auto parsed = ParseJsonBody(req);
    if (!parsed.ok()) return parsed.error();
    body = std::move(*parsed);
  }
  if (Status s = CheckBody(body, schema); !s) return s.error();
  return body;
}

nlohmann::json SchemaJson(const BodySchema& schema) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& f : schema.fields) {
    nlohmann::json j = {{"name", f.name}, {"type", KindName(f.kind)}, {"required", f.required}};
    if (f.kind == FieldKind::kText) {
      j["max_length"] = TextMax(f);
      j["multiline"] = f.multiline;
    }
    if (f.kind == FieldKind::kInt) {
      j["min"] = f.max == 0 && f.min == 0 ? kInt32Min : f.min;
      j["max"] = f.max == 0 && f.min == 0 ? kInt32Max : f.max;
    }
    if (f.kind == FieldKind::kBase64) j["max_length"] = f.max;
    if (f.kind == FieldKind::kObjects) j["items"] = SchemaJson(*f.items);
    out.push_back(std::move(j));
  }
  return out;
}

Result<nlohmann::json> ParseJsonBody(const Request& req) {
  nlohmann::json body = nlohmann::json::parse(req.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded() || !body.is_object()) {
    return Error::Make(ErrorKind::kInvalid, "invalid_json", "Dữ liệu không hợp lệ",
                       "Nội dung gửi lên không phải là một đối tượng JSON hợp lệ.");
  }
  return body;
}

std::string BodyReader::String(const std::string& field) {
  const auto it = body_.find(field);
  if (it == body_.end() || it->is_null()) return "";
  if (!it->is_string()) {
    v_.Fail(field, "Trường “" + field + "” phải là chuỗi ký tự.");
    return "";
  }
  return it->get<std::string>();
}

std::optional<int64_t> BodyReader::Int(const std::string& field) {
  const auto it = body_.find(field);
  if (it == body_.end() || it->is_null()) return std::nullopt;
  if (!it->is_number_integer() ||
      (it->is_number_unsigned() && it->get<uint64_t>() > static_cast<uint64_t>(INT64_MAX))) {
    v_.Fail(field, "Trường “" + field + "” phải là số nguyên.");
    return std::nullopt;
  }
  return it->get<int64_t>();
}

template <typename T, typename Take>
std::vector<T> BodyReader::List(const std::string& field, const std::string& list,
                                const std::string& element, Take take) {
  std::vector<T> out;
  const auto it = body_.find(field);
  if (it == body_.end() || it->is_null()) return out;
  if (!it->is_array()) {
    v_.Fail(field, "Trường “" + field + "” phải là " + list + ".");
    return out;
  }
  for (const auto& e : *it) {
    std::optional<T> value = take(e);
    if (!value) {
      v_.Fail(field, "Mỗi phần tử của “" + field + "” phải là " + element + ".");
      return {};
    }
    out.push_back(std::move(*value));
  }
  return out;
}

std::vector<std::string> BodyReader::Strings(const std::string& field) {
  return List<std::string>(field, "danh sách", "chuỗi ký tự",
                           [](const nlohmann::json& e) -> std::optional<std::string> {
                             if (!e.is_string()) return std::nullopt;
                             return e.get<std::string>();
                           });
}

std::vector<int64_t> BodyReader::Ints(const std::string& field) {
  return List<int64_t>(
      field, "danh sách số", "số nguyên", [](const nlohmann::json& e) -> std::optional<int64_t> {
        if (!e.is_number_integer() ||
            (e.is_number_unsigned() && e.get<uint64_t>() > static_cast<uint64_t>(INT64_MAX))) {
          return std::nullopt;
        }
        return e.get<int64_t>();
      });
}

bool BodyReader::Bool(const std::string& field) {
  const auto it = body_.find(field);
  if (it == body_.end() || it->is_null()) return false;
  if (!it->is_boolean()) {
    v_.Fail(field, "Trường “" + field + "” phải là true hoặc false.");
    return false;
  }
  return it->get<bool>();
}

void BodyReader::Objects(const std::string& field, const ListTexts& texts,
                         const std::function<void(BodyReader&)>& each) {
  const auto it = body_.find(field);
  if (it == body_.end() || it->is_null()) {
    if (!texts.missing.empty()) v_.Fail(field, texts.missing);
    return;
  }
  if (!it->is_array()) {
    v_.Fail(field, texts.not_list);
    return;
  }
  for (size_t i = 0; i < it->size(); ++i) {
    const std::string at = field + "[" + std::to_string(i) + "]";
    if (!(*it)[i].is_object()) {
      v_.Fail(at, texts.not_object);
      continue;
    }
    BodyReader item((*it)[i]);
    each(item);
    if (Status s = item.status(); !s) {
      for (const auto& f : s.error().fields) v_.Fail(at + "." + f.field, f.message);
    }
  }
}

}  // namespace dangbo::http
