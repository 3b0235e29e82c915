// Max-pooling's gradient and nearest-neighbour resizing (forward and gradient), NHWC. Plain
// loops: each is a single pass over memory, parallel over the images of the batch, and the
// wasm versions were a tenth of a convolutional training step.
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "common.h"

namespace course {
namespace {

// dims: N, H, W, C, OH, OW, windowH, windowW, strideH, strideW, padTop, padLeft
// dx gets each window's dy at the window's first largest input (reading order, padding
// excluded), as TensorFlow does; every other pixel gets 0.
void maxPoolGradBody(const Args& args) {
  auto d = args.integers(3, 12, "dims");
  const int64_t n = d[0], h = d[1], w = d[2], c = d[3], oh = d[4], ow = d[5];
  const int64_t kh = d[6], kw = d[7], sh = d[8], sw = d[9], pt = d[10], pl = d[11];
  for (int i = 0; i < 10; i++) {
    if (d[i] < 1) throw std::runtime_error("maxPoolGrad: dimension " + std::to_string(i) + " must be positive");
  }
  const float* dy = args.floats(0, n * oh * ow * c, "dy");
  const float* x = args.floats(1, n * h * w * c, "x");
  float* dx = args.floats(2, n * h * w * c, "out");
#pragma omp parallel
  {
    std::vector<float> best(c);
    std::vector<int64_t> where(c);
#pragma omp for schedule(static)
    for (int64_t b = 0; b < n; b++) {
      float* image = dx + b * h * w * c;
      std::fill(image, image + h * w * c, 0.f);
      const float* in = x + b * h * w * c;
      for (int64_t i = 0; i < oh; i++) {
        const int64_t r0 = std::max<int64_t>(0, i * sh - pt), r1 = std::min<int64_t>(h, i * sh - pt + kh);
        for (int64_t j = 0; j < ow; j++) {
          const int64_t s0 = std::max<int64_t>(0, j * sw - pl), s1 = std::min<int64_t>(w, j * sw - pl + kw);
          std::fill(best.begin(), best.end(), -std::numeric_limits<float>::infinity());
          std::fill(where.begin(), where.end(), -1);
          for (int64_t r = r0; r < r1; r++) {
            for (int64_t s = s0; s < s1; s++) {
              const int64_t pixel = (r * w + s) * c;
              for (int64_t k = 0; k < c; k++) {
                if (in[pixel + k] > best[k]) {
                  best[k] = in[pixel + k];
                  where[k] = pixel + k;
                }
              }
            }
          }
          const float* g = dy + ((b * oh + i) * ow + j) * c;
          for (int64_t k = 0; k < c; k++) {
            if (where[k] >= 0) image[where[k]] += g[k];
          }
        }
      }
    }
  }
}

// Source row (or column) of output row y in tfjs's nearest-neighbour resize without aligned
// corners or half-pixel centres: floor(y * in / out), computed in double as tfjs does.
std::vector<int64_t> nearestSources(int64_t in, int64_t out) {
  std::vector<int64_t> source(out);
  const double ratio = static_cast<double>(in) / static_cast<double>(out);
  for (int64_t y = 0; y < out; y++) source[y] = std::min<int64_t>(in - 1, static_cast<int64_t>(std::floor(y * ratio)));
  return source;
}

// dims: N, H, W, C, OH, OW
void resizeBody(const Args& args) {
  auto d = args.integers(2, 6, "dims");
  const int64_t n = d[0], h = d[1], w = d[2], c = d[3], oh = d[4], ow = d[5];
  const float* x = args.floats(0, n * h * w * c, "images");
  float* y = args.floats(1, n * oh * ow * c, "out");
  const auto rows = nearestSources(h, oh), cols = nearestSources(w, ow);
#pragma omp parallel for collapse(2) schedule(static)
  for (int64_t b = 0; b < n; b++) {
    for (int64_t i = 0; i < oh; i++) {
      const float* in = x + (b * h + rows[i]) * w * c;
      float* out = y + (b * oh + i) * ow * c;
      for (int64_t j = 0; j < ow; j++) std::copy(in + cols[j] * c, in + cols[j] * c + c, out + j * c);
    }
  }
}

// The gradient: every dy pixel adds into the input pixel it was copied from.
void resizeGradBody(const Args& args) {
  auto d = args.integers(2, 6, "dims");
  const int64_t n = d[0], h = d[1], w = d[2], c = d[3], oh = d[4], ow = d[5];
  const float* dy = args.floats(0, n * oh * ow * c, "dy");
  float* dx = args.floats(1, n * h * w * c, "out");
  const auto rows = nearestSources(h, oh), cols = nearestSources(w, ow);
#pragma omp parallel for schedule(static)
  for (int64_t b = 0; b < n; b++) {
    float* image = dx + b * h * w * c;
    std::fill(image, image + h * w * c, 0.f);
    for (int64_t i = 0; i < oh; i++) {
      const float* g = dy + (b * oh + i) * ow * c;
      float* row = image + rows[i] * w * c;
      for (int64_t j = 0; j < ow; j++) {
        float* target = row + cols[j] * c;
        for (int64_t k = 0; k < c; k++) target[k] += g[j * c + k];
      }
    }
  }
}

}  // namespace
}  // namespace course

// maxPoolGrad(dy, x, out, dims)
COURSE_KERNEL(MaxPoolGrad, 4, course::maxPoolGradBody)
// resizeNearest(images, out, dims)
COURSE_KERNEL(ResizeNearest, 3, course::resizeBody)
// resizeNearestGrad(dy, out, dims)
COURSE_KERNEL(ResizeNearestGrad, 3, course::resizeGradBody)
