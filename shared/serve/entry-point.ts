/**
 * EntryPoint: which inference function to serve. `pkg.module.inference` (MLComponent `pythonFunction`, seed 004)
 * names a Python function found on the python path — or, when `pkg/module.{js,mjs,cjs,ts,mts}` exists there
 * instead of a .py file, the same-named export of a JavaScript/TypeScript module. `path/file.mjs[:inference]`
 * names a JS/TS module directly.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { PsmlError } from '../errors.js';

export interface EntryPoint {
  /** As the user wrote it. */
  spec: string;
  runtime: 'python' | 'node';
  /** Python: dotted `module.function`. */
  target: string;
  /** Directories put first on sys.path (absolute). */
  pythonPath: string[];
  /** Node: absolute module file. */
  file?: string;
  exportName: string;
}

const JS_EXT = ['.mjs', '.js', '.cjs', '.ts', '.mts'];
const DOTTED = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/;
const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

export function resolveEntryPoint(spec: string, pythonPath: string[] = ['.'], cwd = process.cwd()): EntryPoint {
  const dirs = (pythonPath.length ? pythonPath : ['.']).map((d) => resolve(cwd, d));
  for (const d of dirs) {
    if (!existsSync(d) || !statSync(d).isDirectory()) {
      throw new PsmlError(`python path directory ${d} does not exist`, { field: '--python-path', hint: 'pass the directory that contains the top-level package of the entry point' });
    }
  }
  const fileForm = /^(.+\.(?:[cm]?js|[cm]?ts))(?::([A-Za-z_$][\w$]*))?$/.exec(spec);
  if (fileForm) {
    const [, path = '', exportName = 'inference'] = fileForm;
    const file = isAbsolute(path) ? path : resolve(cwd, path);
    if (!isFile(file)) throw new PsmlError(`entry point module ${file} does not exist`, { field: '--entry-point' });
    return { spec, runtime: 'node', target: exportName, pythonPath: dirs, file, exportName };
  }
  if (!DOTTED.test(spec)) {
    throw new PsmlError(`entry point "${spec}" is not of the form <module>.<function>`, {
      field: '--entry-point',
      hint: 'e.g. --entry-point mypkg.predict.inference (Python) or --entry-point handlers/model.mjs:inference (JavaScript)',
    });
  }
  const parts = spec.split('.');
  const exportName = parts.pop() as string;
  const modulePath = join(...parts);
  for (const d of dirs) {
    const base = join(d, modulePath);
    if (isFile(`${base}.py`) || isFile(join(base, '__init__.py'))) break;
    const js = JS_EXT.map((ext) => base + ext).find(isFile);
    if (js) return { spec, runtime: 'node', target: exportName, pythonPath: dirs, file: js, exportName };
  }
  // not found as a file: may still be an installed Python package; the worker reports an import error clearly
  return { spec, runtime: 'python', target: spec, pythonPath: dirs, exportName };
}
