/** Where the benchmark edits, completes and hovers in a generated profile (LSP line/character positions). */
import type { Position } from 'vscode-languageserver-protocol';

export interface DocPositions {
  /** End of a plain string value in the middle of the document, inside a pack's values block. */
  valuesEdit: Position;
  /** Start of that line's key: values-key completion. */
  valuesKey: Position;
  /** End of `metadata.name`: an edit of the outer structure. */
  outerEdit: Position;
  /** Just after `layer: ` of the first pack: completion of an outer enum. */
  outerCompletion: Position;
  /** Inside the first pack's name. */
  outerHover: Position;
}

export function findPositions(text: string): DocPositions {
  const lines = text.split('\n');
  const valueLine = /^(\s{10,})[A-Za-z][\w-]*: [a-z][a-z0-9-]*$/;
  let at = -1;
  for (let i = Math.floor(lines.length / 2); i < lines.length && at < 0; i++) if (valueLine.test(lines[i])) at = i;
  for (let i = Math.floor(lines.length / 2); i >= 0 && at < 0; i--) if (valueLine.test(lines[i])) at = i;
  if (at < 0) throw new Error('no plain string value inside the values blocks');
  const indent = valueLine.exec(lines[at])![1].length;
  const nameLine = lines.findIndex((l) => l.startsWith('  name: '));
  const layerLine = lines.findIndex((l) => l.startsWith('        layer: '));
  const packLine = lines.findIndex((l) => l.startsWith('      - name: '));
  return {
    valuesEdit: { line: at, character: lines[at].length },
    valuesKey: { line: at, character: indent + 1 },
    outerEdit: { line: nameLine, character: lines[nameLine].length },
    outerCompletion: { line: layerLine, character: '        layer: '.length },
    outerHover: { line: packLine, character: '      - name: '.length + 1 },
  };
}
