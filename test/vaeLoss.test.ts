/**
 * vaeLoss: the KL warm-up weighs the KL term while training only, climbing batch by batch to 1.
 */
import { expect } from 'chai';
import * as tf from '@tensorflow/tfjs';
import { denseVae } from '../lib/models';
import { klWeight, vaeLoss } from '../lib/train/vaeLoss';
import { Step } from '../lib/train/types';
import { onBackend } from './onBackend';

const trainStep = (epoch: number, batch: number, batches = 4): Step => ({ mode: 'train', epoch, batch, batches, seed: 5 });

describe('vaeLoss with a KL warm-up', () => {
  onBackend('cpu');

  it('klWeight climbs evenly to 1 by the last batch of the warm-up, and stays there', () => {
    expect(klWeight(trainStep(1, 0), 2)).to.equal(1 / 8);
    expect(klWeight(trainStep(1, 3), 2)).to.equal(4 / 8);
    expect(klWeight(trainStep(2, 2), 2)).to.equal(7 / 8);
    expect(klWeight(trainStep(2, 3), 2)).to.equal(1);
    expect(klWeight(trainStep(5, 0), 2)).to.equal(1);
    expect(klWeight(trainStep(1, 0), 0)).to.equal(1);
    expect(klWeight(trainStep(1, 1, 4), 0.5)).to.equal(1);
  });

  it('weighs the KL term while training and counts it in full when measuring', () => {
    const vae = denseVae({ latentDim: 2, hidden: 8, seed: 3 });
    const images = tf.randomUniform([6, 28, 28, 1], 0, 1, 'float32', 9);
    const warming = vaeLoss(vae, 'consistent', { klWarmupEpochs: 2 });
    const plain = vaeLoss(vae);
    const before = tf.memory().numTensors;
    const value = (loss: typeof plain, mode: 'train' | 'eval', step: Step) =>
      tf.tidy(() => {
        const terms = loss({ inputs: images, targets: images }, mode, step);
        return { reconstruction: terms.reconstruction.dataSync()[0], kl: terms.kl.dataSync()[0] };
      });
    const full = value(plain, 'train', trainStep(1, 0));
    const early = value(warming, 'train', trainStep(1, 0));
    expect(full.kl).to.be.greaterThan(0);
    expect(early.kl).to.be.closeTo(full.kl / 8, 1e-6);
    expect(early.reconstruction).to.equal(full.reconstruction);
    expect(value(warming, 'train', trainStep(3, 0)).kl).to.be.closeTo(full.kl, 1e-6);
    // Measuring ('eval') always counts the whole KL term, with or without a warm-up.
    const evalStep: Step = { mode: 'eval', epoch: 1, batch: 0, seed: 5 };
    expect(value(warming, 'eval', evalStep).kl).to.be.closeTo(value(plain, 'eval', evalStep).kl, 1e-6);
    expect(tf.memory().numTensors).to.equal(before);
    images.dispose();
    vae.encoder.dispose();
    vae.decoder.dispose();
  });

  it('rejects a bad warm-up, and a warm-up without the batches per epoch, with a clear message', () => {
    const vae = denseVae({ latentDim: 2, hidden: 4, seed: 1 });
    expect(() => vaeLoss(vae, 'consistent', { klWarmupEpochs: -1 })).to.throw('vaeLoss: klWarmupEpochs must be a number of epochs >= 0, got -1');
    expect(() => vaeLoss(vae, 'consistent', { klWarmupEpochs: NaN })).to.throw('klWarmupEpochs must be a number of epochs >= 0');
    const images = tf.zeros([2, 28, 28, 1]);
    const loss = vaeLoss(vae, 'consistent', { klWarmupEpochs: 1 });
    expect(() => tf.tidy(() => loss({ inputs: images, targets: images }, 'train', { mode: 'train', epoch: 1, batch: 0, seed: 1 }) as never)).to.throw(
      /klWarmupEpochs needs to know the batches per epoch/,
    );
    images.dispose();
    vae.encoder.dispose();
    vae.decoder.dispose();
  });
});
