// Reductions and element-wise gradients that a training step runs on whole activations.
#include <omp.h>

#include <algorithm>
#include <vector>

#include "common.h"

namespace course {
namespace {

// sumRows(x, out, rows, cols): out[c] = sum over r of x[r, c] (a bias gradient: the sum over
// every axis but the last). Each thread sums a band of rows in double; the bands are added.
void sumRowsBody(const Args& args) {
  const int64_t rows = args.integer(2, "rows");
  const int64_t cols = args.integer(3, "cols");
  if (rows < 1 || cols < 1) throw std::runtime_error("sumRows: rows and cols must be positive");
  const float* x = args.floats(0, rows * cols, "x");
  float* out = args.floats(1, cols, "out");
  const int threads = threadsForPass(static_cast<double>(rows) * cols);
  std::vector<double> partial(static_cast<size_t>(threads) * cols, 0.0);
#pragma omp parallel num_threads(threads)
  {
    double* mine = partial.data() + static_cast<size_t>(omp_get_thread_num()) * cols;
#pragma omp for schedule(static)
    for (int64_t r = 0; r < rows; r++) {
      const float* row = x + r * cols;
      for (int64_t c = 0; c < cols; c++) mine[c] += row[c];
    }
  }
  for (int64_t c = 0; c < cols; c++) {
    double total = 0;
    for (int t = 0; t < threads; t++) total += partial[static_cast<size_t>(t) * cols + c];
    out[c] = static_cast<float>(total);
  }
}

// denseGrad(dy, y, dyAct, biasGrad, rows, cols, activation): the backward pass of a dense
// layer's activation, from its output y: dyAct = dy * f'(y) (ReLU: y > 0; sigmoid: y (1 - y);
// linear: 1), and in the same pass the bias gradient, the column sums of dyAct (in double).
COURSE_VECTORIZED void activationGradRows(const float* dy, const float* y, float* dyAct, double* sums, int64_t rows,
                                          int64_t cols, int activation) {
  for (int64_t r = 0; r < rows; r++) {
    const float* g = dy + r * cols;
    const float* out = y + r * cols;
    float* target = dyAct + r * cols;
    if (activation == kRelu) {
      for (int64_t c = 0; c < cols; c++) target[c] = out[c] > 0.f ? g[c] : 0.f;
    } else if (activation == kSigmoid) {
      for (int64_t c = 0; c < cols; c++) target[c] = g[c] * (out[c] * (1.f - out[c]));
    } else {
      std::copy(g, g + cols, target);
    }
    for (int64_t c = 0; c < cols; c++) sums[c] += target[c];
  }
}

void denseGradBody(const Args& args) {
  const int64_t rows = args.integer(4, "rows");
  const int64_t cols = args.integer(5, "cols");
  const auto activation = static_cast<int>(args.integer(6, "activation"));
  if (rows < 1 || cols < 1) throw std::runtime_error("denseGrad: rows and cols must be positive");
  if (activation != kLinear && activation != kRelu && activation != kSigmoid) {
    throw std::runtime_error("denseGrad: activation must be linear, relu or sigmoid");
  }
  const float* dy = args.floats(0, rows * cols, "dy");
  const float* y = args.floats(1, rows * cols, "y");
  float* dyAct = args.floats(2, rows * cols, "dyAct");
  float* biasGrad = args.floats(3, cols, "biasGrad");
  std::vector<double> sums(cols, 0.0);
  activationGradRows(dy, y, dyAct, sums.data(), rows, cols, activation);
  for (int64_t c = 0; c < cols; c++) biasGrad[c] = static_cast<float>(sums[c]);
}

}  // namespace
}  // namespace course

COURSE_KERNEL(SumRows, 4, course::sumRowsBody)
COURSE_KERNEL(DenseGrad, 7, course::denseGradBody)
