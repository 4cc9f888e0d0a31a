/** YAML/JSON text → plain data plus a locator for its nodes (JSON is parsed as YAML, so positions work for both). */
import { LineCounter, parseDocument } from 'yaml';
import { PsmlError } from '../errors.js';
import { ProblemList, SourceLocator } from './problems.js';

/** Parses YAML/JSON text into plain data, reporting syntax errors with their positions. */
export function parseManifestText(text: string, file: string): { data: unknown; problems: ProblemList } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const problems = new ProblemList(file, new SourceLocator(doc, lineCounter));
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => {
      const pos = e.linePos?.[0] ?? (e.pos?.[0] !== undefined ? lineCounter.linePos(e.pos[0]) : undefined);
      return `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: YAML syntax: ${e.message.split('\n')[0]}`;
    });
    const first = doc.errors[0]!;
    const pos = first.linePos?.[0] ?? (first.pos?.[0] !== undefined ? lineCounter.linePos(first.pos[0]) : undefined);
    throw new PsmlError(`YAML syntax: ${first.message.split('\n')[0]}${lines.length > 1 ? ` (and ${lines.length - 1} more)` : ''}`, {
      resource: pos ? `${file}:${pos.line}:${pos.col}` : file,
      details: lines,
      hint: 'fix the YAML syntax (indentation, quotes, colons) at the positions listed',
    });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const message = `cannot read the manifest: ${(e as Error).message}`;
    throw new PsmlError(message, { resource: file, details: [`${file}: ${message}`], hint: 'check the YAML aliases (*name) and anchors (&name)' });
  }
  return { data, problems };
}

