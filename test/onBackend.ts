/**
 * Test helper: run a describe block on one backend and put the previous backend back after it,
 * so test files do not change the conditions of the files that run after them.
 */
import * as tf from '@tensorflow/tfjs';
import { BackendName, useBackend } from '../lib/engine/backend';

export function onBackend(name: BackendName): void {
  let previous: string;
  before(async () => {
    previous = tf.getBackend() ?? 'cpu';
    await useBackend(name);
  });
  after(async () => {
    await useBackend(previous);
  });
}
