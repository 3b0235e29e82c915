// The module's entry point: registers every kernel and the thread controls.
#include "common.h"

napi_value MatMul(napi_env, napi_callback_info);
napi_value Conv2D(napi_env, napi_callback_info);
napi_value Conv2DBackpropInput(napi_env, napi_callback_info);
napi_value Conv2DBackpropFilter(napi_env, napi_callback_info);
napi_value Adam(napi_env, napi_callback_info);
napi_value RmsProp(napi_env, napi_callback_info);
napi_value SumRows(napi_env, napi_callback_info);
napi_value DenseGrad(napi_env, napi_callback_info);
napi_value MaxPoolGrad(napi_env, napi_callback_info);
napi_value ResizeNearest(napi_env, napi_callback_info);
napi_value ResizeNearestGrad(napi_env, napi_callback_info);

namespace {

// setThreads(n): the most OpenMP threads a later kernel uses (large kernels only, see threadsFor).
void setThreadsBody(const course::Args& args) {
  const int64_t n = args.integer(0, "threads");
  if (n < 1 || n > 1024) throw std::runtime_error("setThreads: threads must be between 1 and 1024");
  course::setMaxThreads(static_cast<int>(n));
}
COURSE_KERNEL(SetThreads, 1, setThreadsBody)

napi_value Threads(napi_env env, napi_callback_info) {
  napi_value result;
  napi_create_int32(env, course::maxThreads(), &result);
  return result;
}

napi_value OneDnnVersion(napi_env env, napi_callback_info) {
  const dnnl_version_t* v = dnnl_version();
  std::string text = std::to_string(v->major) + "." + std::to_string(v->minor) + "." + std::to_string(v->patch);
  napi_value result;
  napi_create_string_utf8(env, text.c_str(), text.size(), &result);
  return result;
}

}  // namespace

NAPI_MODULE_INIT() {
  course::define(env, exports, "matMul", MatMul);
  course::define(env, exports, "conv2d", Conv2D);
  course::define(env, exports, "conv2dBackpropInput", Conv2DBackpropInput);
  course::define(env, exports, "conv2dBackpropFilter", Conv2DBackpropFilter);
  course::define(env, exports, "adam", Adam);
  course::define(env, exports, "rmsprop", RmsProp);
  course::define(env, exports, "sumRows", SumRows);
  course::define(env, exports, "denseGrad", DenseGrad);
  course::define(env, exports, "maxPoolGrad", MaxPoolGrad);
  course::define(env, exports, "resizeNearest", ResizeNearest);
  course::define(env, exports, "resizeNearestGrad", ResizeNearestGrad);
  course::define(env, exports, "setThreads", SetThreads);
  course::define(env, exports, "threads", Threads);
  course::define(env, exports, "oneDnnVersion", OneDnnVersion);
  return exports;
}
