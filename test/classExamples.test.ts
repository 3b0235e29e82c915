/** The first picture of the course: a few images of every class, one row per class. */
import { expect } from 'chai';
import * as tf from '@tensorflow/tfjs';
import { classExamples, firstOfEachClass } from '../lib/lesson/classExamples';
import { imageGridLayout } from '../lib/plot/imageGrid';

describe('classExamples', () => {
  it('picks the first images of each class, in order', () => {
    expect(firstOfEachClass([3, 1, 3, 0, 1, 3, 3], 4, 2)).to.deep.equal([[3], [1, 4], [], [0, 2]]);
  });

  it('draws one row per class present, and leaks no tensor', () => {
    const labels = Int32Array.from({ length: 60 }, (_, i) => (i * 7) % 10);
    const images = tf.randomUniform([60, 28, 28, 1], 0, 1, 'float32', 4) as tf.Tensor4D;
    const before = tf.memory().numTensors;
    const figure = classExamples({ images, labels }, { perClass: 5 });
    expect(tf.memory().numTensors).to.equal(before);
    if (figure.kind !== 'png') throw new Error('expected a PNG');
    // Ten rows of five 28x28 images: the size the grid layout gives for that.
    const rows = Array.from({ length: 10 }, (_, digit) => ({ label: String(digit), count: 5 }));
    const layout = imageGridLayout(rows, { cellSize: 56, title: '5 images of each class' });
    expect([figure.width, figure.height]).to.deep.equal([layout.width, layout.height]);
    images.dispose();
  });

  it('says what it expected when given something else', () => {
    const images = tf.zeros([3, 28, 28, 1]) as tf.Tensor4D;
    expect(() => classExamples({ images, labels: [1, 2] })).to.throw(/one label per image/);
    expect(() => classExamples({ images, labels: [1, 2, 3] }, { perClass: 0 })).to.throw(/perClass must be a whole number >= 1, got 0/);
    images.dispose();
  });
});
