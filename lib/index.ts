/**
 * autoencoders-course: the library every notebook imports.
 *
 *     import * as ae from 'autoencoders-course';
 *     await ae.ready();            // pick the fastest TensorFlow.js backend
 *
 * Each part lives in its own module; this file only gathers them.
 */
export * from './backend';
export * from './display';
export * from './course';
