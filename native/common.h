// Shared plumbing of the native kernels: reading N-API arguments, the oneDNN engine and
// stream, and turning C++ exceptions into JavaScript errors.
#pragma once
#include <node_api.h>

#include <dnnl.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace course {

// Arguments of one call, checked as they are read. Every problem becomes a std::runtime_error
// whose message names the argument, which `exported` hands to JavaScript as an Error.
class Args {
 public:
  Args(napi_env env, napi_callback_info info, size_t expected, const char* function);
  // A Float32Array of exactly `length` elements (a view into the wasm heap). Its memory must
  // still be attached: wasm memory growth detaches older views, and their pointer is stale.
  float* floats(size_t index, size_t length, const char* name) const;
  // Like floats(), but null or undefined gives nullptr (optional bias).
  float* optionalFloats(size_t index, size_t length, const char* name) const;
  int64_t integer(size_t index, const char* name) const;
  double number(size_t index, const char* name) const;
  bool boolean(size_t index, const char* name) const;
  std::vector<int64_t> integers(size_t index, size_t length, const char* name) const;
  napi_env env() const { return env_; }

 private:
  napi_env env_;
  std::vector<napi_value> argv_;
  const char* function_;
  [[noreturn]] void fail(const char* name, const std::string& what) const;
};

// The one CPU engine and stream of this thread (worker threads get their own).
dnnl::engine& cpuEngine();
dnnl::stream& cpuStream();

// Wrap a kernel body: C++ exceptions (ours and oneDNN's) become JavaScript errors.
using Body = void (*)(const Args&);
napi_value run(napi_env env, napi_callback_info info, size_t argc, const char* name, Body body);

// Register `function` on `exports` as `name`.
void define(napi_env env, napi_value exports, const char* name, napi_callback function);

// Threads. OpenMP wakes its sleeping (passive) threads at every parallel section, which costs
// tens of microseconds: more than a small kernel takes. So every call starts on one thread, and
// only kernels with enough work widen to the configured count.
void setMaxThreads(int threads);
int maxThreads();
// The threads for a kernel of `multiplyAdds` operations: 1 when small, else maxThreads().
int threadsFor(double multiplyAdds);
// The same for a single pass over memory (element-wise, pooling, optimizer steps) of `elements`.
int threadsForPass(double elements);
// Sets OpenMP's thread count for the lifetime of the scope (primitives built inside it are
// built for that count), and restores the previous count afterwards.
class ThreadScope {
 public:
  explicit ThreadScope(int threads);
  ~ThreadScope();
  ThreadScope(const ThreadScope&) = delete;
  ThreadScope& operator=(const ThreadScope&) = delete;

 private:
  int previous_;
};

// Activation codes shared with lib/engine/native (the order of ACTIVATIONS there).
enum Activation { kLinear = 0, kRelu = 1, kRelu6 = 2, kElu = 3, kSigmoid = 4, kLeakyRelu = 5 };
// Append the activation as a oneDNN post-op (nothing for kLinear).
void appendActivation(dnnl::post_ops& ops, int activation, float alpha);

}  // namespace course

// Compile a loop-heavy function twice, for x86-64-v3 (AVX2, FMA) and for any x86-64 CPU; the dynamic
// loader picks the version this CPU runs (a built addon still works on an older machine).
#if defined(__x86_64__) && defined(__GNUC__)
#define COURSE_VECTORIZED __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define COURSE_VECTORIZED
#endif

// Defines napi entry point `Name` running `Body` with `Argc` arguments.
#define COURSE_KERNEL(Name, Argc, Body)                                    \
  napi_value Name(napi_env env, napi_callback_info info) {                 \
    return course::run(env, info, Argc, #Name, Body);                      \
  }
