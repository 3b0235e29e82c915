/**
 * Reference solution of exercise 11. The course library's own implementation is the
 * reference: read `discriminatorLoss` and `discriminatorPhase` in lib/lesson/aae.ts.
 */
export { discriminatorLoss, discriminatorPhase } from '../lib/lesson/aae';
