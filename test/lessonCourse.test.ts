/**
 * Recipes pick their settings by the kernels that run (byKernels): fast kernels get more
 * epochs, the plain wasm and cpu backends keep the short recipes.
 */
import { expect } from 'chai';
import { useBackend } from '../lib/engine/backend';
import { nativeKernelsActive, setNativeKernelsEnabled } from '../lib/engine/native';
import { byKernels, fastKernels } from '../lib/lesson/course';
import { onBackend } from './onBackend';

describe('byKernels (recipes sized by the kernels that run)', () => {
  onBackend('wasm');

  it('counts only native kernels or tfjs-node as fast', async () => {
    const wasOn = nativeKernelsActive();
    try {
      setNativeKernelsEnabled(false);
      expect(fastKernels()).to.equal(false);
      expect(byKernels('fast', 'portable')).to.equal('portable');
      setNativeKernelsEnabled(true);
      // Where the addon built, wasm runs on the native kernels; elsewhere it stays portable.
      expect(fastKernels()).to.equal(nativeKernelsActive());
      if (nativeKernelsActive()) expect(byKernels('fast', 'portable')).to.equal('fast');
      await useBackend('cpu');
      expect(fastKernels()).to.equal(false);
      expect(byKernels(24, 12)).to.equal(12);
    } finally {
      setNativeKernelsEnabled(wasOn);
      await useBackend('wasm');
    }
  });
});
