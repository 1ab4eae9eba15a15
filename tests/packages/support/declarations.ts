/**
 * Reads a published declaration file with the TypeScript compiler, as an editor would when a
 * developer hovers an import: which exports come without their documentation.
 */
import ts from 'typescript';

/** The names of the exports of `file`, and of those without a doc comment. */
export function undocumentedExports(file: string): { exports: string[]; undocumented: string[] } {
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, noEmit: true, types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`${file}: not a module`);
  const exports = checker.getExportsOfModule(module);
  const undocumented = exports.filter((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return ts.displayPartsToString(target.getDocumentationComment(checker)).trim() === '';
  }).map((symbol) => symbol.name);
  return { exports: exports.map((symbol) => symbol.name), undocumented };
}
