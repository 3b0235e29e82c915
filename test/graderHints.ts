/**
 * The texts the graders can show a learner, read from their source with the TypeScript
 * compiler: every argument passed to a parameter named `hint` (the hints), or named `what` or
 * `description` (the failure sentences, and the names of the values and calls they check).
 *
 * A text is given with `{}` where the grader fills in a value at run time, so
 * `` `KL of image ${i}` `` reads `KL of image {}`: the catalogue's patterns are compared in the
 * same form. Texts inside such a value (`${ok ? 'missing' : ...}`) are listed too; a hole that
 * is the whole argument (a value handed on from elsewhere) is counted as computed.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export interface GraderTexts {
  hints: string[];
  sentences: string[];
  /** Arguments that are a value computed at run time, with no text of their own. */
  computed: number;
}

const HOLE = '{}';

/** A catalogue key in the form the graders' texts are listed in: every `{name}` as `{}`. */
export function holesOf(key: string): string {
  return key.replace(/\{\w+\}/g, HOLE);
}

export function graderTexts(gradersDir: string): GraderTexts {
  const files = fs.readdirSync(gradersDir).filter((f) => f.endsWith('.grader.ts')).map((f) => path.join(gradersDir, f));
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, strict: true, esModuleInterop: true, skipLibCheck: true, noEmit: true, types: ['node', 'mocha'] });
  const checker = program.getTypeChecker();
  const found = { hint: new Set<string>(), sentence: new Set<string>() };
  let computed = 0;

  /** Texts of string literals inside a value filled into a template (not a method's arguments such as join(' and ')). */
  const nested = (node: ts.Node, into: Set<string>): void => {
    if (ts.isCallExpression(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      (textsOf(node as ts.Expression, into) ?? []).forEach((text) => into.add(text));
      return;
    }
    ts.forEachChild(node, (child) => nested(child, into));
  };

  /** The texts an expression can take, or undefined for a value handed on from a parameter. */
  const textsOf = (node: ts.Expression, into: Set<string>): string[] | undefined => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
    if (ts.isParenthesizedExpression(node)) return textsOf(node.expression, into);
    if (ts.isTemplateExpression(node)) {
      node.templateSpans.forEach((span) => nested(span.expression, into));
      return [node.head.text + node.templateSpans.map((span) => HOLE + span.literal.text).join('')];
    }
    if (ts.isConditionalExpression(node)) {
      const branches = [textsOf(node.whenTrue, into), textsOf(node.whenFalse, into)];
      return branches.some((b) => b === undefined) ? undefined : branches.flat() as string[];
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const [left, right] = [textsOf(node.left, into) ?? [HOLE], textsOf(node.right, into) ?? [HOLE]];
      return left.flatMap((a) => right.map((b) => a + b));
    }
    if (ts.isIdentifier(node)) {
      const declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) return textsOf(declaration.initializer, into);
      return undefined; // a parameter: the caller's text is listed where it is written
    }
    if (ts.isPropertyAccessExpression(node)) return undefined; // e.g. an error's own message
    return [HOLE];
  };

  for (const source of program.getSourceFiles().filter((s) => files.includes(path.normalize(s.fileName)))) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        checker.getResolvedSignature(node)?.getParameters().forEach((parameter, i) => {
          const argument = node.arguments[i];
          const kind = parameter.name === 'hint' ? 'hint' : parameter.name === 'what' || parameter.name === 'description' ? 'sentence' : undefined;
          if (!kind || !argument) return;
          const texts = textsOf(argument, found[kind]);
          if (texts === undefined) return;
          if (texts.every((text) => text === HOLE)) computed++;
          else texts.forEach((text) => found[kind].add(text));
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { hints: [...found.hint], sentences: [...found.sentence], computed };
}
