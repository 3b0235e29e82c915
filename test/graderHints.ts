/**
 * The hints the graders can give, read from their source with the TypeScript compiler: every
 * argument passed to a parameter named `hint` that is a string (directly, through a constant,
 * or as either branch of `a ? 'x' : 'y'`). Hints built with `${...}` cannot be listed and are
 * counted apart.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export function graderHints(gradersDir: string): { hints: string[]; computed: number } {
  const files = fs.readdirSync(gradersDir).filter((f) => f.endsWith('.grader.ts')).map((f) => path.join(gradersDir, f));
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, strict: true, esModuleInterop: true, skipLibCheck: true, noEmit: true, types: ['node', 'mocha'] });
  const checker = program.getTypeChecker();
  const hints = new Set<string>();
  let computed = 0;

  const strings = (node: ts.Expression): string[] | undefined => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
    if (ts.isParenthesizedExpression(node)) return strings(node.expression);
    if (ts.isConditionalExpression(node)) {
      const [a, b] = [strings(node.whenTrue), strings(node.whenFalse)];
      return a && b ? [...a, ...b] : undefined;
    }
    if (ts.isIdentifier(node)) {
      const declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) return strings(declaration.initializer);
    }
    return undefined;
  };

  for (const source of program.getSourceFiles().filter((s) => files.includes(path.normalize(s.fileName)))) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        checker.getResolvedSignature(node)?.getParameters().forEach((parameter, i) => {
          const argument = node.arguments[i];
          if (parameter.name !== 'hint' || !argument) return;
          if (ts.isIdentifier(argument) && argument.text === 'hint') return; // handed on by a helper
          const found = strings(argument);
          if (found) found.forEach((h) => hints.add(h));
          else computed++;
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { hints: [...hints], computed };
}
