/**
 * Model builders for the lesson. Every builder returns fresh, untrained tf.LayersModels; images
 * are [N,28,28,1] with values in [0,1].
 */
export { Autoencoder, IMAGE_SHAPE, IMAGE_PIXELS } from './layers';
export { denseAutoencoder, DenseAutoencoderOptions } from './denseAutoencoder';
export { convAutoencoder, convDecoder, CONV_CODE_SHAPE } from './convAutoencoder';
export { superResolution, superResolutionWithoutBottleneck, Upscaler, LOW_RES_SHAPE } from './superResolution';
export { Vae } from './vaeParts';
export { denseVae, DenseVaeOptions } from './denseVae';
export { cnnVae, CnnVaeOptions } from './cnnVae';
export { melodyVae, MelodyVaeOptions } from './melodyVae';
export { melodyGruVae, MelodyGruVaeOptions, previousSteps, isRecurrentDecoder, writeMelodies } from './melodyGruVae';
export { adversarialAutoencoder, ringOfGaussians, standardNormal, AdversarialAutoencoder, AdversarialAutoencoderOptions, Prior } from './aae';
