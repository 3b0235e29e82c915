/**
 * Every call of the catalogue's `t(key, values)` in the project's code, read with the TypeScript
 * compiler: which key it names and which values it passes. A message whose `{name}` the call
 * does not pass fails only when that error is raised, which for most errors is never in a test.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export interface MessageCall {
  where: string;
  keys: string[];
  /** The names passed, or undefined when the values are not written out (a spread, a variable). */
  names: string[] | undefined;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

export function messageCalls(root: string, folders: string[]): MessageCall[] {
  const files = folders.flatMap((folder) => sourceFiles(path.join(root, folder)));
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, strict: true, esModuleInterop: true, skipLibCheck: true, noEmit: true, types: ['node', 'mocha'] });
  const checker = program.getTypeChecker();
  const translate = path.join(root, 'lib', 'util', 'i18n', 'translate.ts');
  const calls: MessageCall[] = [];

  /** The keys a key argument can name: a string, or either branch of `a ? 'x' : 'y'`. */
  const keysOf = (node: ts.Expression): string[] | undefined => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
    if (ts.isParenthesizedExpression(node)) return keysOf(node.expression);
    if (ts.isConditionalExpression(node)) {
      const [a, b] = [keysOf(node.whenTrue), keysOf(node.whenFalse)];
      return a && b ? [...a, ...b] : undefined;
    }
    return undefined;
  };

  const isCatalogueT = (callee: ts.Expression): boolean => {
    let symbol = checker.getSymbolAtLocation(callee);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    return symbol?.name === 't' && declaration !== undefined && path.normalize(declaration.getSourceFile().fileName) === translate;
  };

  for (const source of program.getSourceFiles().filter((s) => files.includes(path.normalize(s.fileName)))) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isCatalogueT(node.expression) && node.arguments.length > 0) {
        const keys = keysOf(node.arguments[0]);
        const values = node.arguments[1];
        let names: string[] | undefined = [];
        if (values && ts.isObjectLiteralExpression(values)) {
          names = values.properties.every((p) => ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))
            ? values.properties.map((p) => (p.name as ts.Identifier).text)
            : undefined;
        } else if (values) names = undefined;
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        if (keys) calls.push({ where: `${path.relative(root, source.fileName)}:${line + 1}`, keys, names });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return calls;
}
