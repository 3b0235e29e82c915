/**
 * Reference solution of exercise 9. The course library builds a convolutional VAE: read
 * lib/models/cnnVae.ts (`cnnVae`), and lib/models/vaeParts.ts for the encoder's two heads.
 */
import { cnnVae, Vae } from '../lib/models';

export function buildCnnVae(options: { latentDim: number }): Vae {
  return cnnVae({ latentDim: options.latentDim });
}
