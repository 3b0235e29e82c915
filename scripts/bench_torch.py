"""PyTorch side of the course benchmark (run by scripts/bench.ts, or by hand).

Trains the lesson's convolutional autoencoder and dense VAE (Adam, batch 128) on random
images for a fixed number of steps and measures training and prediction throughput. Prints
one JSON object per line:

    {"model": "convAE", "trainImagesPerSec": ..., "predictImagesPerSec": ..., "threads": ...}

and last the speed of the dense VAE's largest matrix product: {"matmulGflops": ..., "threads": ...}

"threads" is what the run really used: the process's CPU time divided by the wall time while
training. torch.get_num_threads() is not that: Debian's torch multiplies through OpenBLAS,
which takes its thread count from OPENBLAS_NUM_THREADS and ignores torch.set_num_threads.

Usage: python3 scripts/bench_torch.py [--steps N] [--predict-batches N] [--threads N]
"""
import argparse
import json
import time

import torch
from torch import nn
import torch.nn.functional as F

BATCH = 128


class ConvAutoencoder(nn.Module):
    """The lesson's conv autoencoder: 28x28x1 -> 4x4x8 -> 28x28x1 (same layers as lib/models)."""

    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2, ceil_mode=True),
            nn.Conv2d(16, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2, ceil_mode=True),
            nn.Conv2d(8, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2, ceil_mode=True),
        )
        self.decoder = nn.Sequential(
            nn.Conv2d(8, 8, 3, padding=1), nn.ReLU(), nn.Upsample(scale_factor=2),
            nn.Conv2d(8, 8, 3, padding=1), nn.ReLU(), nn.Upsample(scale_factor=2),
            nn.Conv2d(8, 16, 3), nn.ReLU(), nn.Upsample(scale_factor=2),
            nn.Conv2d(16, 1, 3, padding=1), nn.Sigmoid(),
        )

    def forward(self, x):
        return self.decoder(self.encoder(x))


class DenseVae(nn.Module):
    """784 -> 512 relu -> (mean, log-variance) of 2 -> sample -> 512 relu -> 784 sigmoid."""

    def __init__(self, latent_dim=2, hidden=512):
        super().__init__()
        self.hidden = nn.Linear(784, hidden)
        self.z_mean = nn.Linear(hidden, latent_dim)
        self.z_log_var = nn.Linear(hidden, latent_dim)
        self.decoder = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, 784), nn.Sigmoid()
        )

    def encode(self, x):
        h = F.relu(self.hidden(x.flatten(1)))
        return self.z_mean(h), self.z_log_var(h)

    def forward(self, x):
        mean, log_var = self.encode(x)
        z = mean + torch.exp(0.5 * log_var) * torch.randn_like(mean)
        return self.decoder(z), mean, log_var


def vae_loss(x, reconstruction, mean, log_var):
    """MSE x 784 + KL per image, averaged over the batch (the course's vaeLoss)."""
    squared = ((x.flatten(1) - reconstruction) ** 2).sum(1)
    kl = -0.5 * (1 + log_var - mean ** 2 - log_var.exp()).sum(1)
    return (squared + kl).mean()


def images_per_second(step, steps, warmup=3):
    """Images per second of `step`, and the threads it used (CPU time / wall time)."""
    for _ in range(warmup):
        step()
    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in range(steps):
        step()
    wall = time.perf_counter() - start
    return steps * BATCH / wall, (time.process_time() - cpu_start) / wall


def bench_conv(steps, predict_batches):
    model = ConvAutoencoder()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    x = torch.rand(BATCH, 1, 28, 28)

    def train_step():
        optimizer.zero_grad()
        loss = F.binary_cross_entropy(model(x), x)
        loss.backward()
        optimizer.step()

    def predict_step():
        with torch.no_grad():
            model(x)

    return images_per_second(train_step, steps), images_per_second(predict_step, predict_batches)[0]


def bench_vae(steps, predict_batches):
    model = DenseVae()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    x = torch.rand(BATCH, 1, 28, 28)

    def train_step():
        optimizer.zero_grad()
        reconstruction, mean, log_var = model(x)
        vae_loss(x, reconstruction, mean, log_var).backward()
        optimizer.step()

    def predict_step():
        # Prediction = encode to the mean code, then decode it (what the notebooks plot).
        with torch.no_grad():
            mean, _ = model.encode(x)
            model.decoder(mean)

    return images_per_second(train_step, steps), images_per_second(predict_step, predict_batches)[0]


def matmul_gflops(reps=200):
    """Speed of the dense VAE's largest product, [128 x 784] . [784 x 512], in GFLOP/s."""
    a, b = torch.rand(BATCH, 784), torch.rand(784, 512)
    for _ in range(10):
        a @ b
    start = time.perf_counter()
    for _ in range(reps):
        a @ b
    return 2 * BATCH * 784 * 512 * reps / (time.perf_counter() - start) / 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=60, help="training steps per model")
    parser.add_argument("--predict-batches", type=int, default=60, help="prediction batches per model")
    parser.add_argument("--threads", type=int, default=0, help="torch.set_num_threads (0: PyTorch's default)")
    args = parser.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    for name, bench in (("convAE", bench_conv), ("denseVAE", bench_vae)):
        (train, threads), predict = bench(args.steps, args.predict_batches)
        print(json.dumps({
            "model": name,
            "trainImagesPerSec": round(train, 1),
            "predictImagesPerSec": round(predict, 1),
            "threads": round(threads, 2),
            "torchThreads": torch.get_num_threads(),
            "version": torch.__version__,
        }), flush=True)
    print(json.dumps({"matmulGflops": round(matmul_gflops(), 2)}), flush=True)


if __name__ == "__main__":
    main()
