/**
 * Reference solution of exercise 7. The course library's own implementation is the reference:
 * read it in lib/models/vaeMath.ts (`reparameterize`).
 */
export { reparameterize } from '../lib/models/vaeMath';
