// Direct convolution loops for layers with a single input or output channel (an image in,
// an image out). oneDNN pads channels to blocks of 8, so on such layers it does up to 8 times
// the work; these loops read NHWC and HWIO as they are.
#pragma once
#include <cstdint>
#include <vector>

namespace course {

// The 17 numbers of native/conv.cc: N, H, W, Ci, KH, KW, Co, OH, OW, strideH, strideW,
// dilationH, dilationW, padTop, padLeft, padBottom, padRight.
using ConvDims = std::vector<int64_t>;

// True when the direct loops beat oneDNN for this pass (measured on the lesson's layers).
bool thinForwardPays(const ConvDims& d);
bool thinBackwardDataPays(const ConvDims& d);
bool thinBackwardWeightsPays(const ConvDims& d);

void thinForward(const ConvDims& d, const float* x, const float* w, const float* bias, float* y, int activation, float alpha);
void thinBackwardData(const ConvDims& d, const float* dy, const float* w, float* dx);
void thinBackwardWeights(const ConvDims& d, const float* x, const float* dy, float* dw);

}  // namespace course
