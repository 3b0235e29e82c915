#include "thin_conv.h"

#include <omp.h>

#include <algorithm>
#include <cmath>

#include "common.h"

namespace course {
namespace {

// With a column stride and dilation of 1, the taps of one filter row touch neighbouring pixels,
// so in NHWC (and in HWIO) a filter row's inputs are one contiguous run of floats. Every loop
// here works on such runs, cut at the image's left and right edges.
struct Conv {
  int64_t n, h, w, ci, kh, kw, co, oh, ow, sh, dh, pt, pl;
  explicit Conv(const ConvDims& d)
      : n(d[0]), h(d[1]), w(d[2]), ci(d[3]), kh(d[4]), kw(d[5]), co(d[6]), oh(d[7]), ow(d[8]),
        sh(d[9]), dh(d[11]), pt(d[13]), pl(d[14]) {}
  // Input row of filter row `a` for output row `i`, or -1 when it is padding.
  int64_t inputRow(int64_t i, int64_t a) const {
    const int64_t r = i * sh + a * dh - pt;
    return r >= 0 && r < h ? r : -1;
  }
  // The filter columns [first, last) whose input column for output column j is in the image.
  int64_t firstTap(int64_t j) const { return std::max<int64_t>(0, pl - j); }
  int64_t lastTap(int64_t j) const { return std::min<int64_t>(kw, w + pl - j); }
  int64_t offset(int64_t b, int64_t r, int64_t s) const { return ((b * h + r) * w + s) * ci; }
};

bool unitColumns(const ConvDims& d) { return d[10] == 1 && d[12] == 1; }

float activate(float v, int activation, float alpha) {
  switch (activation) {
    case kRelu: return v > 0 ? v : 0;
    case kRelu6: return std::min(std::max(v, 0.f), 6.f);
    case kElu: return v >= 0 ? v : std::expm1(v);
    case kSigmoid: return 1.f / (1.f + std::exp(-v));
    case kLeakyRelu: return v > 0 ? v : alpha * v;
    default: return v;
  }
}

}  // namespace

bool thinForwardPays(const ConvDims& d) { return d[6] == 1 && unitColumns(d); }
bool thinBackwardDataPays(const ConvDims& d) { return d[6] == 1 && unitColumns(d); }
bool thinBackwardWeightsPays(const ConvDims& d) { return (d[6] == 1 || d[3] == 1) && unitColumns(d); }

// One output channel: y[b,i,j] = act(bias + sum over filter rows of a dot product of runs).
// The row functions are compiled twice, for AVX2 and for any x86-64, and picked at load time.
COURSE_VECTORIZED
void forwardRow(const Conv& c, int64_t b, int64_t i, const float* x, const float* w, float start, float* y, int activation, float alpha) {
  for (int64_t j = 0; j < c.ow; j++) {
    const int64_t first = c.firstTap(j), length = (c.lastTap(j) - first) * c.ci;
    // Eight running sums (one vector register) over all filter rows, added up once per pixel.
    float lanes[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    float acc = start;
    for (int64_t a = 0; a < c.kh; a++) {
      const int64_t r = c.inputRow(i, a);
      if (r < 0) continue;
      const float* in = x + c.offset(b, r, j - c.pl + first);
      const float* tap = w + (a * c.kw + first) * c.ci;
      int64_t t = 0;
      for (; t + 8 <= length; t += 8) {
        for (int l = 0; l < 8; l++) lanes[l] += in[t + l] * tap[t + l];
      }
      for (; t < length; t++) acc += in[t] * tap[t];
    }
    for (int l = 0; l < 8; l++) acc += lanes[l];
    y[(b * c.oh + i) * c.ow + j] = activate(acc, activation, alpha);
  }
}

void thinForward(const ConvDims& d, const float* x, const float* w, const float* bias, float* y, int activation, float alpha) {
  const Conv c(d);
  const float start = bias ? bias[0] : 0.f;
#pragma omp parallel for collapse(2) schedule(static)
  for (int64_t b = 0; b < c.n; b++) {
    for (int64_t i = 0; i < c.oh; i++) forwardRow(c, b, i, x, w, start, y, activation, alpha);
  }
}

// One output channel: every dy pixel spreads into the input pixels its window covered.
// Threads split the batch, so no two write the same image.
COURSE_VECTORIZED
void backwardDataImage(const Conv& c, int64_t b, const float* dy, const float* w, float* dx) {
  std::fill(dx + c.offset(b, 0, 0), dx + c.offset(b + 1, 0, 0), 0.f);
  for (int64_t i = 0; i < c.oh; i++) {
    for (int64_t j = 0; j < c.ow; j++) {
      const float g = dy[(b * c.oh + i) * c.ow + j];
      const int64_t first = c.firstTap(j), length = (c.lastTap(j) - first) * c.ci;
      for (int64_t a = 0; a < c.kh; a++) {
        const int64_t r = c.inputRow(i, a);
        if (r < 0) continue;
        float* out = dx + c.offset(b, r, j - c.pl + first);
        const float* tap = w + (a * c.kw + first) * c.ci;
#pragma omp simd
        for (int64_t t = 0; t < length; t++) out[t] += g * tap[t];
      }
    }
  }
}

void thinBackwardData(const ConvDims& d, const float* dy, const float* w, float* dx) {
  const Conv c(d);
#pragma omp parallel for schedule(static)
  for (int64_t b = 0; b < c.n; b++) backwardDataImage(c, b, dy, w, dx);
}

// One input or one output channel: dw[a,e,k,o] = sum over b, i, j of x[...] * dy[b,i,j,o].
// Each output row is summed in float (`row`), rows are added in double per thread, threads at the end.
COURSE_VECTORIZED
void backwardWeightsRow(const Conv& c, int64_t b, int64_t i, const float* x, const float* dy, float* row) {
  for (int64_t j = 0; j < c.ow; j++) {
    const float* g = dy + ((b * c.oh + i) * c.ow + j) * c.co;
    const int64_t first = c.firstTap(j), last = c.lastTap(j);
    for (int64_t a = 0; a < c.kh; a++) {
      const int64_t r = c.inputRow(i, a);
      if (r < 0) continue;
      const float* in = x + c.offset(b, r, j - c.pl + first);
      float* acc = row + (a * c.kw + first) * c.ci * c.co;
      if (c.co == 1) {
        const float g0 = g[0];
        const int64_t length = (last - first) * c.ci;
#pragma omp simd
        for (int64_t t = 0; t < length; t++) acc[t] += in[t] * g0;
      } else {  // one input channel: a run of taps, each a row of output channels
        for (int64_t e = 0; e < last - first; e++) {
          const float v = in[e];
          float* target = acc + e * c.co;
#pragma omp simd
          for (int64_t o = 0; o < c.co; o++) target[o] += v * g[o];
        }
      }
    }
  }
}

void thinBackwardWeights(const ConvDims& d, const float* x, const float* dy, float* dw) {
  const Conv c(d);
  const int64_t size = c.kh * c.kw * c.ci * c.co;
  std::vector<double> total(size, 0.0);
#pragma omp parallel
  {
    std::vector<double> mine(size, 0.0);
    std::vector<float> row(size);
#pragma omp for collapse(2) schedule(static)
    for (int64_t b = 0; b < c.n; b++) {
      for (int64_t i = 0; i < c.oh; i++) {
        std::fill(row.begin(), row.end(), 0.f);
        backwardWeightsRow(c, b, i, x, dy, row.data());
        for (int64_t t = 0; t < size; t++) mine[t] += row[t];
      }
    }
#pragma omp critical
    for (int64_t t = 0; t < size; t++) total[t] += mine[t];
  }
  for (int64_t t = 0; t < size; t++) dw[t] = static_cast<float>(total[t]);
}

}  // namespace course
