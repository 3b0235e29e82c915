// Batched matrix products, optionally with a bias row and an activation (tfjs BatchMatMul and
// _FusedMatMul). Transposed operands are read in place through strides, never copied.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "common.h"

namespace course {
namespace {

using dnnl::memory;
using Tag = memory::format_tag;

struct MatMul {
  dnnl::matmul primitive;
  memory a, b, bias, out;
};

// dims: batchA, batchB, M, K, N, transposeA, transposeB, activation, threads (tfjs shapes: a is
// [batchA, M, K] or, transposed, [batchA, K, M]; b is [batchB, K, N] or [batchB, N, K]).
MatMul& cachedMatMul(const std::vector<int64_t>& key, bool hasBias, float alpha) {
  thread_local std::map<std::pair<std::vector<int64_t>, std::pair<bool, float>>, MatMul> cache;
  auto found = cache.find({key, {hasBias, alpha}});
  if (found != cache.end()) return found->second;

  const int64_t batchA = key[0], batchB = key[1], m = key[2], k = key[3], n = key[4];
  const bool transposeA = key[5] != 0, transposeB = key[6] != 0;
  const int64_t batch = std::max(batchA, batchB);
  auto& engine = cpuEngine();
  memory::desc aDesc({batchA, m, k}, memory::data_type::f32,
                     transposeA ? memory::dims{m * k, 1, m} : memory::dims{m * k, k, 1});
  memory::desc bDesc({batchB, k, n}, memory::data_type::f32,
                     transposeB ? memory::dims{k * n, 1, k} : memory::dims{k * n, n, 1});
  memory::desc outDesc({batch, m, n}, memory::data_type::f32, Tag::abc);
  memory::desc biasDesc({1, 1, n}, memory::data_type::f32, Tag::abc);

  dnnl::post_ops ops;
  appendActivation(ops, static_cast<int>(key[7]), alpha);
  dnnl::primitive_attr attr;
  attr.set_post_ops(ops);
  auto desc = hasBias ? dnnl::matmul::desc(aDesc, bDesc, biasDesc, outDesc)
                      : dnnl::matmul::desc(aDesc, bDesc, outDesc);
  dnnl::matmul::primitive_desc pd(desc, attr, engine);
  MatMul entry{dnnl::matmul(pd), memory(aDesc, engine, nullptr), memory(bDesc, engine, nullptr),
               memory(biasDesc, engine, nullptr), memory(outDesc, engine, nullptr)};
  return cache.emplace(std::make_pair(key, std::make_pair(hasBias, alpha)), std::move(entry)).first->second;
}

void matMulBody(const Args& args) {
  auto dims = args.integers(4, 8, "dims");
  const int64_t batchA = dims[0], batchB = dims[1], m = dims[2], k = dims[3], n = dims[4];
  if (batchA < 1 || batchB < 1 || m < 1 || k < 1 || n < 1) throw std::runtime_error("matMul: empty or negative dimension");
  if (batchA != batchB && batchA != 1 && batchB != 1) throw std::runtime_error("matMul: batch sizes differ and neither is 1");
  const int64_t batch = std::max(batchA, batchB);
  float* a = args.floats(0, batchA * m * k, "a");
  float* b = args.floats(1, batchB * k * n, "b");
  float* out = args.floats(2, batch * m * n, "out");
  float* bias = args.optionalFloats(3, n, "bias");
  const float alpha = static_cast<float>(args.number(5, "alpha"));

  // The thread count is part of the key: a primitive is built for the threads it will run on.
  const int threads = threadsFor(static_cast<double>(batch) * m * k * n);
  ThreadScope scope(threads);
  dims.push_back(threads);
  MatMul& mm = cachedMatMul(dims, bias != nullptr, alpha);
  mm.a.set_data_handle(a);
  mm.b.set_data_handle(b);
  mm.out.set_data_handle(out);
  std::unordered_map<int, memory> io{{DNNL_ARG_SRC, mm.a}, {DNNL_ARG_WEIGHTS, mm.b}, {DNNL_ARG_DST, mm.out}};
  if (bias != nullptr) {
    mm.bias.set_data_handle(bias);
    io.insert({DNNL_ARG_BIAS, mm.bias});
  }
  mm.primitive.execute(cpuStream(), io);
  cpuStream().wait();
}

}  // namespace
}  // namespace course

// matMul(a, b, out, bias | null, [batchA, batchB, M, K, N, transposeA, transposeB, activation], alpha)
COURSE_KERNEL(MatMul, 6, course::matMulBody)
