// Fused optimizer updates: one pass over a variable, its gradient and its optimizer state,
// instead of a dozen element-wise kernels each reading and writing the whole tensor. The
// arithmetic follows tfjs's own optimizers step by step, in float32, so results agree with them.
#include <cmath>

#include "common.h"

namespace course {
namespace {

// adam(value, grad, m, v, newValue, newM, newV, length,
//      learningRate, beta1, beta2, epsilon, 1 - beta1^t, 1 - beta2^t)
void adamBody(const Args& args) {
  const int64_t n = args.integer(7, "length");
  if (n < 1) throw std::runtime_error("adam: length must be positive");
  const float* value = args.floats(0, n, "value");
  const float* grad = args.floats(1, n, "grad");
  const float* m = args.floats(2, n, "m");
  const float* v = args.floats(3, n, "v");
  float* newValue = args.floats(4, n, "newValue");
  float* newM = args.floats(5, n, "newM");
  float* newV = args.floats(6, n, "newV");
  const float rate = static_cast<float>(args.number(8, "learningRate"));
  const float beta1 = static_cast<float>(args.number(9, "beta1"));
  const float beta2 = static_cast<float>(args.number(10, "beta2"));
  const float epsilon = static_cast<float>(args.number(11, "epsilon"));
  const float correction1 = static_cast<float>(args.number(12, "correction1"));
  const float correction2 = static_cast<float>(args.number(13, "correction2"));
  const float oneMinusBeta1 = static_cast<float>(1.0 - args.number(9, "beta1"));
  const float oneMinusBeta2 = static_cast<float>(1.0 - args.number(10, "beta2"));
#pragma omp parallel for simd schedule(static) num_threads(threadsForPass(n))
  for (int64_t i = 0; i < n; i++) {
    const float g = grad[i];
    const float m1 = m[i] * beta1 + g * oneMinusBeta1;
    const float v1 = v[i] * beta2 + (g * g) * oneMinusBeta2;
    const float step = (m1 / correction1) / (std::sqrt(v1 / correction2) + epsilon);
    newM[i] = m1;
    newV[i] = v1;
    newValue[i] = step * -rate + value[i];
  }
}

// rmsprop(value, grad, meanSquare, moment, newValue, newMeanSquare, newMoment, length,
//         learningRate, decay, momentum, epsilon)   (not centred)
void rmspropBody(const Args& args) {
  const int64_t n = args.integer(7, "length");
  if (n < 1) throw std::runtime_error("rmsprop: length must be positive");
  const float* value = args.floats(0, n, "value");
  const float* grad = args.floats(1, n, "grad");
  const float* meanSquare = args.floats(2, n, "meanSquare");
  const float* moment = args.floats(3, n, "moment");
  float* newValue = args.floats(4, n, "newValue");
  float* newMeanSquare = args.floats(5, n, "newMeanSquare");
  float* newMoment = args.floats(6, n, "newMoment");
  const float rate = static_cast<float>(args.number(8, "learningRate"));
  const float decay = static_cast<float>(args.number(9, "decay"));
  const float momentum = static_cast<float>(args.number(10, "momentum"));
  const float epsilon = static_cast<float>(args.number(11, "epsilon"));
  const float oneMinusDecay = static_cast<float>(1.0 - args.number(9, "decay"));
#pragma omp parallel for simd schedule(static) num_threads(threadsForPass(n))
  for (int64_t i = 0; i < n; i++) {
    const float g = grad[i];
    const float ms = meanSquare[i] * decay + (g * g) * oneMinusDecay;
    const float mom = moment[i] * momentum + (g * rate) / std::sqrt(ms + epsilon);
    newMeanSquare[i] = ms;
    newMoment[i] = mom;
    newValue[i] = value[i] - mom;
  }
}

}  // namespace
}  // namespace course

COURSE_KERNEL(Adam, 14, course::adamBody)
COURSE_KERNEL(RmsProp, 12, course::rmspropBody)
