{
  "targets": [
    {
      "target_name": "course_native",
      "sources": ["addon.cc", "common.cc", "matmul.cc", "conv.cc", "thin_conv.cc", "optimizer.cc", "elementwise.cc", "pool.cc"],
      "cflags_cc!": ["-fno-exceptions", "-fno-rtti"],
      "cflags_cc": ["-std=c++17", "-fexceptions", "-fopenmp", "-O3", "-fno-math-errno"],
      "cflags": ["-O3"],
      "ldflags": ["-fopenmp"],
      "libraries": ["-ldnnl", "-fopenmp"]
    }
  ]
}
