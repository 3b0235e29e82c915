#include "common.h"

#include <omp.h>

namespace course {

Args::Args(napi_env env, napi_callback_info info, size_t expected, const char* function)
    : env_(env), argv_(expected), function_(function) {
  size_t argc = expected;
  if (napi_get_cb_info(env, info, &argc, argv_.data(), nullptr, nullptr) != napi_ok) {
    throw std::runtime_error(std::string(function) + ": could not read the arguments");
  }
  if (argc != expected) {
    throw std::runtime_error(std::string(function) + ": expected " + std::to_string(expected) +
                             " arguments, got " + std::to_string(argc));
  }
}

void Args::fail(const char* name, const std::string& what) const {
  throw std::runtime_error(std::string(function_) + ": " + name + " " + what);
}

float* Args::floats(size_t index, size_t length, const char* name) const {
  bool isTyped = false;
  napi_is_typedarray(env_, argv_[index], &isTyped);
  if (!isTyped) fail(name, "must be a Float32Array");
  napi_typedarray_type type;
  size_t count = 0;
  void* data = nullptr;
  napi_value buffer;
  size_t offset = 0;
  napi_get_typedarray_info(env_, argv_[index], &type, &count, &data, &buffer, &offset);
  if (type != napi_float32_array) fail(name, "must be a Float32Array");
  bool detached = false;
  napi_is_detached_arraybuffer(env_, buffer, &detached);
  if (detached || data == nullptr) {
    fail(name, "is a view of detached memory (the wasm heap grew after the view was taken)");
  }
  if (count != length) {
    fail(name, "has " + std::to_string(count) + " elements, expected " + std::to_string(length));
  }
  return static_cast<float*>(data);
}

float* Args::optionalFloats(size_t index, size_t length, const char* name) const {
  napi_valuetype kind;
  napi_typeof(env_, argv_[index], &kind);
  if (kind == napi_null || kind == napi_undefined) return nullptr;
  return floats(index, length, name);
}

double Args::number(size_t index, const char* name) const {
  double value = 0;
  if (napi_get_value_double(env_, argv_[index], &value) != napi_ok) fail(name, "must be a number");
  return value;
}

int64_t Args::integer(size_t index, const char* name) const {
  double value = number(index, name);
  if (value != static_cast<double>(static_cast<int64_t>(value))) fail(name, "must be an integer");
  return static_cast<int64_t>(value);
}

bool Args::boolean(size_t index, const char* name) const {
  bool value = false;
  if (napi_get_value_bool(env_, argv_[index], &value) != napi_ok) fail(name, "must be a boolean");
  return value;
}

std::vector<int64_t> Args::integers(size_t index, size_t length, const char* name) const {
  bool isArray = false;
  napi_is_array(env_, argv_[index], &isArray);
  uint32_t count = 0;
  if (isArray) napi_get_array_length(env_, argv_[index], &count);
  if (!isArray || count != length) fail(name, "must be an array of " + std::to_string(length) + " integers");
  std::vector<int64_t> values(length);
  for (uint32_t i = 0; i < count; i++) {
    napi_value element;
    double value = 0;
    napi_get_element(env_, argv_[index], i, &element);
    if (napi_get_value_double(env_, element, &value) != napi_ok) fail(name, "must hold numbers only");
    values[i] = static_cast<int64_t>(value);
  }
  return values;
}

dnnl::engine& cpuEngine() {
  thread_local dnnl::engine engine(dnnl::engine::kind::cpu, 0);
  return engine;
}

dnnl::stream& cpuStream() {
  thread_local dnnl::stream stream(cpuEngine());
  return stream;
}

namespace {
int configuredThreads = 1;
// About 0.1 ms of work on one core: below it, waking a second thread costs more than it saves.
constexpr double kWideFrom = 8e6;
// A pass over memory is cheaper per element: about 0.1 ms from a quarter of a million elements.
constexpr double kWidePassFrom = 1 << 18;
}  // namespace

void setMaxThreads(int threads) { configuredThreads = threads; }
int maxThreads() { return configuredThreads; }
int threadsFor(double multiplyAdds) { return multiplyAdds >= kWideFrom ? configuredThreads : 1; }
int threadsForPass(double elements) { return elements >= kWidePassFrom ? configuredThreads : 1; }

ThreadScope::ThreadScope(int threads) : previous_(omp_get_max_threads()) { omp_set_num_threads(threads); }
ThreadScope::~ThreadScope() { omp_set_num_threads(previous_); }

napi_value run(napi_env env, napi_callback_info info, size_t argc, const char* name, Body body) {
  try {
    Args args(env, info, argc, name);
    ThreadScope oneThread(1);
    body(args);
  } catch (const dnnl::error& e) {
    napi_throw_error(env, nullptr, (std::string(name) + ": oneDNN failed: " + e.what()).c_str());
  } catch (const std::exception& e) {
    napi_throw_error(env, nullptr, e.what());
  }
  return nullptr;
}

void define(napi_env env, napi_value exports, const char* name, napi_callback function) {
  napi_value fn;
  napi_create_function(env, name, NAPI_AUTO_LENGTH, function, nullptr, &fn);
  napi_set_named_property(env, exports, name, fn);
}

void appendActivation(dnnl::post_ops& ops, int activation, float alpha) {
  using dnnl::algorithm;
  switch (activation) {
    case kLinear: return;
    case kRelu: ops.append_eltwise(1.f, algorithm::eltwise_relu, 0.f, 0.f); return;
    case kRelu6: ops.append_eltwise(1.f, algorithm::eltwise_clip, 0.f, 6.f); return;
    case kElu: ops.append_eltwise(1.f, algorithm::eltwise_elu, 1.f, 0.f); return;
    case kSigmoid: ops.append_eltwise(1.f, algorithm::eltwise_logistic, 0.f, 0.f); return;
    case kLeakyRelu: ops.append_eltwise(1.f, algorithm::eltwise_relu, alpha, 0.f); return;
    default: throw std::runtime_error("unknown activation code " + std::to_string(activation));
  }
}

}  // namespace course
