// 2-D convolutions over NHWC tensors with HWIO filters (tfjs's layouts): the forward pass
// (with optional bias and activation) and both gradients. On plain NHWC oneDNN falls back to
// a slow generic method, so each primitive is asked which (blocked) memory formats it wants,
// and the tensors are reordered into them and back. Primitives, reorders and the blocked
// buffers are built once per shape and kept for the next call.
#include <omp.h>

#include <map>
#include <memory>
#include <unordered_map>

#include "common.h"
#include "thin_conv.h"

namespace course {
namespace {

using dnnl::algorithm;
using dnnl::memory;
using dnnl::prop_kind;
using Tag = memory::format_tag;
constexpr auto f32 = memory::data_type::f32;

// One tensor as tfjs holds it (the user layout) and as the primitive wants it. When the two
// differ, a reorder copies between them: before the primitive for inputs, after it for outputs.
class Operand {
 public:
  Operand(const memory::desc& user, const memory::desc& wanted, bool isOutput)
      : user_(user, cpuEngine(), nullptr), same_(user == wanted) {
    if (same_) return;
    inner_ = memory(wanted, cpuEngine());
    reorder_ = isOutput ? dnnl::reorder(inner_, user_) : dnnl::reorder(user_, inner_);
  }
  // An input: point at the caller's data and bring it into the wanted layout.
  memory& input(float* data) {
    user_.set_data_handle(data);
    if (same_) return user_;
    reorder_.execute(cpuStream(), user_, inner_);
    return inner_;
  }
  // An output: point at the caller's data; call finish() after the primitive ran.
  memory& output(float* data) {
    user_.set_data_handle(data);
    return same_ ? user_ : inner_;
  }
  void finish() {
    if (!same_) reorder_.execute(cpuStream(), inner_, user_);
  }

 private:
  memory user_, inner_;
  dnnl::reorder reorder_;
  bool same_;
};

// dims: N, H, W, Ci, KH, KW, Co, OH, OW, strideH, strideW, dilationH, dilationW,
//       padTop, padLeft, padBottom, padRight
constexpr size_t kDims = 17;

struct Geometry {
  memory::dims src, weights, dst, strides, dilations, padLeft, padRight;
  explicit Geometry(const std::vector<int64_t>& d)
      : src{d[0], d[3], d[1], d[2]},
        weights{d[6], d[3], d[4], d[5]},
        dst{d[0], d[6], d[7], d[8]},
        strides{d[9], d[10]},
        dilations{d[11] - 1, d[12] - 1},  // oneDNN counts the gaps between taps
        padLeft{d[13], d[14]},
        padRight{d[15], d[16]} {}
  static memory::desc any(const memory::dims& dims) { return memory::desc(dims, f32, Tag::any); }
  memory::desc userSrc() const { return memory::desc(src, f32, Tag::nhwc); }
  memory::desc userWeights() const { return memory::desc(weights, f32, Tag::hwio); }
  memory::desc userDst() const { return memory::desc(dst, f32, Tag::nhwc); }
  memory::desc bias() const { return memory::desc({weights[0]}, f32, Tag::x); }
  size_t srcSize() const { return src[0] * src[1] * src[2] * src[3]; }
  size_t weightsSize() const { return weights[0] * weights[1] * weights[2] * weights[3]; }
  size_t dstSize() const { return dst[0] * dst[1] * dst[2] * dst[3]; }
  // Multiply-adds of one pass (forward, or either backward pass: all three do the same count).
  double multiplyAdds() const { return static_cast<double>(dstSize()) * weights[1] * weights[2] * weights[3]; }

  // The forward description; the backward primitives need it as a hint too.
  dnnl::convolution_forward::primitive_desc forward(bool withBias, const dnnl::primitive_attr& attr) const {
    auto desc = withBias
        ? dnnl::convolution_forward::desc(prop_kind::forward_training, algorithm::convolution_direct, any(src),
                                          any(weights), bias(), any(dst), strides, dilations, padLeft, padRight)
        : dnnl::convolution_forward::desc(prop_kind::forward_training, algorithm::convolution_direct, any(src),
                                          any(weights), any(dst), strides, dilations, padLeft, padRight);
    return dnnl::convolution_forward::primitive_desc(desc, attr, cpuEngine());
  }
};

std::vector<int64_t> checkedDims(const Args& args, size_t index) {
  auto dims = args.integers(index, kDims, "dims");
  for (size_t i = 0; i < 13; i++) {
    if (dims[i] < 1) throw std::runtime_error("conv: dimension " + std::to_string(i) + " must be positive");
  }
  return dims;
}

// A cache key: the dims and the thread count of the current scope, because a primitive is built
// for the threads it will run on.
std::vector<int64_t> withThreads(std::vector<int64_t> dims) {
  dims.push_back(omp_get_max_threads());
  return dims;
}

// ---- forward ------------------------------------------------------------------------------
struct Forward {
  dnnl::convolution_forward primitive;
  std::unique_ptr<Operand> src, weights, dst;
  memory bias;
};

Forward& cachedForward(const std::vector<int64_t>& dims, bool withBias, int activation, float alpha) {
  using Key = std::tuple<std::vector<int64_t>, bool, int, float>;
  thread_local std::map<Key, Forward> cache;
  Key key{withThreads(dims), withBias, activation, alpha};
  auto found = cache.find(key);
  if (found != cache.end()) return found->second;
  Geometry g(dims);
  dnnl::post_ops ops;
  appendActivation(ops, activation, alpha);
  dnnl::primitive_attr attr;
  attr.set_post_ops(ops);
  auto pd = g.forward(withBias, attr);
  Forward entry;
  entry.primitive = dnnl::convolution_forward(pd);
  entry.src = std::make_unique<Operand>(g.userSrc(), pd.src_desc(), false);
  entry.weights = std::make_unique<Operand>(g.userWeights(), pd.weights_desc(), false);
  entry.dst = std::make_unique<Operand>(g.userDst(), pd.dst_desc(), true);
  entry.bias = memory(g.bias(), cpuEngine(), nullptr);
  return cache.emplace(key, std::move(entry)).first->second;
}

void forwardBody(const Args& args) {
  auto dims = checkedDims(args, 4);
  Geometry g(dims);
  float* x = args.floats(0, g.srcSize(), "x");
  float* w = args.floats(1, g.weightsSize(), "filter");
  float* y = args.floats(2, g.dstSize(), "out");
  float* bias = args.optionalFloats(3, g.weights[0], "bias");
  auto activation = static_cast<int>(args.integer(5, "activation"));
  auto alpha = static_cast<float>(args.number(6, "alpha"));
  ThreadScope scope(threadsFor(g.multiplyAdds()));
  if (thinForwardPays(dims)) return thinForward(dims, x, w, bias, y, activation, alpha);
  Forward& f = cachedForward(dims, bias != nullptr, activation, alpha);
  std::unordered_map<int, memory> io{
      {DNNL_ARG_SRC, f.src->input(x)}, {DNNL_ARG_WEIGHTS, f.weights->input(w)}, {DNNL_ARG_DST, f.dst->output(y)}};
  if (bias != nullptr) {
    f.bias.set_data_handle(bias);
    io.insert({DNNL_ARG_BIAS, f.bias});
  }
  f.primitive.execute(cpuStream(), io);
  f.dst->finish();
  cpuStream().wait();
}

// ---- gradient with respect to the input -----------------------------------------------------
struct BackwardData {
  dnnl::convolution_backward_data primitive;
  std::unique_ptr<Operand> dy, weights, dx;
};

BackwardData& cachedBackwardData(const std::vector<int64_t>& dims) {
  thread_local std::map<std::vector<int64_t>, BackwardData> cache;
  auto found = cache.find(withThreads(dims));
  if (found != cache.end()) return found->second;
  Geometry g(dims);
  auto hint = g.forward(false, dnnl::primitive_attr());
  dnnl::convolution_backward_data::desc desc(algorithm::convolution_direct, Geometry::any(g.src),
                                             Geometry::any(g.weights), Geometry::any(g.dst), g.strides,
                                             g.dilations, g.padLeft, g.padRight);
  dnnl::convolution_backward_data::primitive_desc pd(desc, cpuEngine(), hint);
  BackwardData entry;
  entry.primitive = dnnl::convolution_backward_data(pd);
  entry.dy = std::make_unique<Operand>(g.userDst(), pd.diff_dst_desc(), false);
  entry.weights = std::make_unique<Operand>(g.userWeights(), pd.weights_desc(), false);
  entry.dx = std::make_unique<Operand>(g.userSrc(), pd.diff_src_desc(), true);
  return cache.emplace(withThreads(dims), std::move(entry)).first->second;
}

void backwardDataBody(const Args& args) {
  auto dims = checkedDims(args, 3);
  Geometry g(dims);
  float* dy = args.floats(0, g.dstSize(), "dy");
  float* w = args.floats(1, g.weightsSize(), "filter");
  float* dx = args.floats(2, g.srcSize(), "out");
  ThreadScope scope(threadsFor(g.multiplyAdds()));
  if (thinBackwardDataPays(dims)) return thinBackwardData(dims, dy, w, dx);
  BackwardData& b = cachedBackwardData(dims);
  b.primitive.execute(cpuStream(), {{DNNL_ARG_DIFF_DST, b.dy->input(dy)},
                                    {DNNL_ARG_WEIGHTS, b.weights->input(w)},
                                    {DNNL_ARG_DIFF_SRC, b.dx->output(dx)}});
  b.dx->finish();
  cpuStream().wait();
}

// ---- gradient with respect to the filter ----------------------------------------------------
struct BackwardWeights {
  dnnl::convolution_backward_weights primitive;
  std::unique_ptr<Operand> x, dy, dw;
};

BackwardWeights& cachedBackwardWeights(const std::vector<int64_t>& dims) {
  thread_local std::map<std::vector<int64_t>, BackwardWeights> cache;
  auto found = cache.find(withThreads(dims));
  if (found != cache.end()) return found->second;
  Geometry g(dims);
  auto hint = g.forward(false, dnnl::primitive_attr());
  dnnl::convolution_backward_weights::desc desc(algorithm::convolution_direct, Geometry::any(g.src),
                                                Geometry::any(g.weights), Geometry::any(g.dst), g.strides,
                                                g.dilations, g.padLeft, g.padRight);
  dnnl::convolution_backward_weights::primitive_desc pd(desc, cpuEngine(), hint);
  BackwardWeights entry;
  entry.primitive = dnnl::convolution_backward_weights(pd);
  entry.x = std::make_unique<Operand>(g.userSrc(), pd.src_desc(), false);
  entry.dy = std::make_unique<Operand>(g.userDst(), pd.diff_dst_desc(), false);
  entry.dw = std::make_unique<Operand>(g.userWeights(), pd.diff_weights_desc(), true);
  return cache.emplace(withThreads(dims), std::move(entry)).first->second;
}

void backwardWeightsBody(const Args& args) {
  auto dims = checkedDims(args, 3);
  Geometry g(dims);
  float* x = args.floats(0, g.srcSize(), "x");
  float* dy = args.floats(1, g.dstSize(), "dy");
  float* dw = args.floats(2, g.weightsSize(), "out");
  ThreadScope scope(threadsFor(g.multiplyAdds()));
  if (thinBackwardWeightsPays(dims)) return thinBackwardWeights(dims, x, dy, dw);
  BackwardWeights& b = cachedBackwardWeights(dims);
  b.primitive.execute(cpuStream(), {{DNNL_ARG_SRC, b.x->input(x)},
                                    {DNNL_ARG_DIFF_DST, b.dy->input(dy)},
                                    {DNNL_ARG_DIFF_WEIGHTS, b.dw->output(dw)}});
  b.dw->finish();
  cpuStream().wait();
}

}  // namespace
}  // namespace course

// conv2d(x, filter, out, bias | null, dims, activation, alpha)
COURSE_KERNEL(Conv2D, 7, course::forwardBody)
// conv2dBackpropInput(dy, filter, out, dims)
COURSE_KERNEL(Conv2DBackpropInput, 4, course::backwardDataBody)
// conv2dBackpropFilter(x, dy, out, dims)
COURSE_KERNEL(Conv2DBackpropFilter, 4, course::backwardWeightsBody)
