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

struct Pool {
  int64_t n, h, w, c, oh, ow, kh, kw, sh, sw, pt, pl;
};

// Windows that do not overlap (stride >= window, e.g. Keras' MaxPooling2D(2)): each window
// writes all its pixels, the gradient at its first largest input and 0 elsewhere, so no pixel
// is written twice. Branch-free over the channels, which the compiler vectorizes.
COURSE_VECTORIZED
void maxPoolGradImage(const Pool& p, int64_t b, const float* __restrict dy, const float* __restrict x, float* __restrict dx,
                      float* __restrict best, int32_t* __restrict where) {
  const float* __restrict in = x + b * p.h * p.w * p.c;
  float* __restrict image = dx + b * p.h * p.w * p.c;
  for (int64_t i = 0; i < p.oh; i++) {
    const int64_t r0 = std::max<int64_t>(0, i * p.sh - p.pt), r1 = std::min<int64_t>(p.h, i * p.sh - p.pt + p.kh);
    for (int64_t j = 0; j < p.ow; j++) {
      const int64_t s0 = std::max<int64_t>(0, j * p.sw - p.pl), s1 = std::min<int64_t>(p.w, j * p.sw - p.pl + p.kw);
      for (int64_t k = 0; k < p.c; k++) {
        best[k] = -std::numeric_limits<float>::infinity();
        where[k] = -1;
      }
      int32_t q = 0;
      for (int64_t r = r0; r < r1; r++) {
        for (int64_t s = s0; s < s1; s++, q++) {
          const float* v = in + (r * p.w + s) * p.c;
#pragma omp simd
          for (int64_t k = 0; k < p.c; k++) {
            const bool larger = v[k] > best[k];
            best[k] = larger ? v[k] : best[k];
            where[k] = larger ? q : where[k];
          }
        }
      }
      const float* g = dy + ((b * p.oh + i) * p.ow + j) * p.c;
      q = 0;
      for (int64_t r = r0; r < r1; r++) {
        for (int64_t s = s0; s < s1; s++, q++) {
          float* out = image + (r * p.w + s) * p.c;
#pragma omp simd
          for (int64_t k = 0; k < p.c; k++) out[k] = where[k] == q ? g[k] : 0.f;
        }
      }
    }
  }
}

// Overlapping windows: a pixel may win in several windows, so gradients are added up.
void maxPoolGradOverlapping(const Pool& p, int64_t b, const float* dy, const float* x, float* dx, float* best, int64_t* where) {
  const float* in = x + b * p.h * p.w * p.c;
  float* image = dx + b * p.h * p.w * p.c;
  for (int64_t i = 0; i < p.oh; i++) {
    const int64_t r0 = std::max<int64_t>(0, i * p.sh - p.pt), r1 = std::min<int64_t>(p.h, i * p.sh - p.pt + p.kh);
    for (int64_t j = 0; j < p.ow; j++) {
      const int64_t s0 = std::max<int64_t>(0, j * p.sw - p.pl), s1 = std::min<int64_t>(p.w, j * p.sw - p.pl + p.kw);
      std::fill(best, best + p.c, -std::numeric_limits<float>::infinity());
      std::fill(where, where + p.c, -1);
      for (int64_t r = r0; r < r1; r++) {
        for (int64_t s = s0; s < s1; s++) {
          const int64_t pixel = (r * p.w + s) * p.c;
          for (int64_t k = 0; k < p.c; k++) {
            if (in[pixel + k] > best[k]) {
              best[k] = in[pixel + k];
              where[k] = pixel + k;
            }
          }
        }
      }
      const float* g = dy + ((b * p.oh + i) * p.ow + j) * p.c;
      for (int64_t k = 0; k < p.c; k++) {
        if (where[k] >= 0) image[where[k]] += g[k];
      }
    }
  }
}

// dims: N, H, W, C, OH, OW, windowH, windowW, strideH, strideW, padTop, padLeft
// dx gets each window's dy at the window's first largest input (reading order, padding
// excluded), as TensorFlow does; every other pixel gets 0.
void maxPoolGradBody(const Args& args) {
  auto d = args.integers(3, 12, "dims");
  const Pool p{d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11]};
  for (int i = 0; i < 10; i++) {
    if (d[i] < 1) throw std::runtime_error("maxPoolGrad: dimension " + std::to_string(i) + " must be positive");
  }
  const float* dy = args.floats(0, p.n * p.oh * p.ow * p.c, "dy");
  const float* x = args.floats(1, p.n * p.h * p.w * p.c, "x");
  float* dx = args.floats(2, p.n * p.h * p.w * p.c, "out");
  const bool disjoint = p.sh >= p.kh && p.sw >= p.kw;
  // Disjoint windows that tile the whole image write every pixel; otherwise start from zeros.
  const bool tiled = disjoint && p.sh == p.kh && p.sw == p.kw && p.pt <= 0 && p.pl <= 0 &&
                     (p.oh - 1) * p.sh - p.pt + p.kh >= p.h && (p.ow - 1) * p.sw - p.pl + p.kw >= p.w;
#pragma omp parallel num_threads(threadsForPass(static_cast<double>(p.n) * p.h * p.w * p.c))
  {
    std::vector<float> best(p.c);
    std::vector<int32_t> winner(p.c);
    std::vector<int64_t> where(p.c);
#pragma omp for schedule(static)
    for (int64_t b = 0; b < p.n; b++) {
      float* image = dx + b * p.h * p.w * p.c;
      if (!tiled) std::fill(image, image + p.h * p.w * p.c, 0.f);
      if (disjoint) maxPoolGradImage(p, b, dy, x, dx, best.data(), winner.data());
      else maxPoolGradOverlapping(p, b, dy, x, dx, best.data(), where.data());
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
#pragma omp parallel for collapse(2) schedule(static) num_threads(threadsForPass(static_cast<double>(n) * oh * ow * c))
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
#pragma omp parallel for schedule(static) num_threads(threadsForPass(static_cast<double>(n) * oh * ow * c))
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
