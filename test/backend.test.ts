/**
 * Choosing the TensorFlow.js backend: names, errors, switching, and `ready()`.
 */
import { expect } from 'chai';
import { execFileSync } from 'child_process';
import * as path from 'path';
import * as tf from '@tensorflow/tfjs';
import { availableBackends, currentBackend, ready, useBackend } from '../lib/engine/backend';

/** The error message of a promise that must reject. */
async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the promise to reject');
}

/** Run `ready()` in a fresh Node process with COURSE_BACKEND set; returns its output. */
function readyInChild(courseBackend: string): string {
  const backendModule = path.resolve(__dirname, '../lib/engine/backend.js');
  const script =
    `require(${JSON.stringify(backendModule)}).ready()` +
    `.then((info) => console.log('chose ' + info.name + ': ' + info.reason))` +
    `.catch((error) => console.log('error: ' + error.message))`;
  return execFileSync(process.execPath, ['-e', script], {
    env: { ...process.env, COURSE_BACKEND: courseBackend },
    encoding: 'utf8',
  });
}

describe('backend', function () {
  this.timeout(60000);
  let previousBackend: string;

  beforeEach(() => {
    previousBackend = tf.getBackend();
  });

  after(async () => {
    await useBackend(previousBackend);
  });

  it('always offers cpu, and wasm on this machine, best first', () => {
    const names = availableBackends();
    expect(names[names.length - 1]).to.equal('cpu');
    expect(names).to.include('wasm');
    expect(names.indexOf('wasm')).to.be.below(names.indexOf('cpu'));
  });

  it('rejects an unknown name, listing the names it knows and those available', async () => {
    const message = await rejection(useBackend('gpu'));
    expect(message).to.contain('Unknown backend "gpu"');
    expect(message).to.contain('tensorflow, wasm, cpu');
    expect(message).to.contain(`available here: ${availableBackends().join(', ')}`);
  });

  it('explains how to get tensorflow when tfjs-node is not installed', async function () {
    if (availableBackends().includes('tensorflow')) this.skip();
    const message = await rejection(useBackend('tensorflow'));
    expect(message).to.contain('Backend "tensorflow" is not available');
    expect(message).to.contain('npm install @tensorflow/tfjs-node');
  });

  it('switches between cpu and wasm, in any letter case', async () => {
    const cpu = await useBackend('cpu');
    expect(tf.getBackend()).to.equal('cpu');
    expect(cpu.name).to.equal('cpu');
    expect(currentBackend()).to.deep.equal(cpu);

    const wasm = await useBackend(' WASM ');
    expect(tf.getBackend()).to.equal('wasm');
    expect(wasm.name).to.equal('wasm');
    // The course's training kernels come with it.
    expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).to.not.equal(undefined);
    // And it computes: a convolution's filter gradient, which plain wasm could not do.
    const x = tf.ones([1, 3, 3, 1]);
    const grad = tf.grad((f: tf.Tensor) => tf.conv2d(x as tf.Tensor4D, f as tf.Tensor4D, 1, 'valid').sum())(tf.ones([2, 2, 1, 1]));
    expect(Array.from(await grad.data())).to.deep.equal([4, 4, 4, 4]);
    tf.dispose([x, grad]);
  });

  it('ready() is idempotent: repeated and concurrent calls give the same backend', async () => {
    await useBackend('cpu');
    const [a, b] = await Promise.all([ready(), ready()]);
    const c = await ready();
    expect(a).to.equal(b);
    expect(c).to.equal(a);
    expect(c.name).to.equal('cpu');
    expect(tf.getBackend()).to.equal('cpu');
  });

  it('honours COURSE_BACKEND, and explains a bad value', () => {
    expect(readyInChild('cpu')).to.contain('chose cpu: set by COURSE_BACKEND=cpu');
    const bad = readyInChild('webgpu');
    expect(bad).to.contain('error: Unknown backend "webgpu"');
    expect(bad).to.contain('tensorflow, wasm, cpu');
  });
});
