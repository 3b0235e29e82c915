/**
 * Reference solution of exercise 6. The course library's own implementation is the reference:
 * read it in lib/vaeMath.ts (`klDivergence`).
 */
export { klDivergence } from '../lib/vaeMath';
