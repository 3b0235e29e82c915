// Reductions and element-wise gradients that a training step runs on whole activations.
#include <omp.h>

#include <vector>

#include "common.h"

namespace course {
namespace {

constexpr int64_t kParallelFrom = 1 << 15;

// sumRows(x, out, rows, cols): out[c] = sum over r of x[r, c] (a bias gradient: the sum over
// every axis but the last). Each thread sums a band of rows in double; the bands are added.
void sumRowsBody(const Args& args) {
  const int64_t rows = args.integer(2, "rows");
  const int64_t cols = args.integer(3, "cols");
  if (rows < 1 || cols < 1) throw std::runtime_error("sumRows: rows and cols must be positive");
  const float* x = args.floats(0, rows * cols, "x");
  float* out = args.floats(1, cols, "out");
  const int threads = rows * cols >= kParallelFrom ? omp_get_max_threads() : 1;
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

}  // namespace
}  // namespace course

COURSE_KERNEL(SumRows, 4, course::sumRowsBody)
