/**
 * Reference solution of exercise 6. The course library's own implementation is the reference:
 * read it in lib/models/vaeMath.ts (`klDivergence`).
 */
export { klDivergence } from '../lib/models/vaeMath';
