/**
 * FileExchange: the directory FILE tensors travel through (MLComponent `inferenceFilesPath`, `--files-path`).
 * Input files come as paths inside it or as base64 bytes (written into it for the call); the function sees
 * absolute paths. FILE outputs go back as paths relative to it or as base64. No path may leave the directory,
 * symlinks included.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { RequestError, ResultError, type FileEncoding } from './infer-request.js';
import type { FileRef, Tensor } from './tensor.js';

const INBOX = '.psml-inputs';

export class FileExchange {
  readonly root: string;

  constructor(dir?: string) {
    if (dir) mkdirSync(dir, { recursive: true });
    this.root = realpathSync(dir ?? mkdtempSync(join(tmpdir(), 'psml-files-')));
  }

  /** Absolute real path of `p` (relative to the root, or absolute), or undefined when it is outside the root. */
  private async inside(p: string): Promise<string | undefined> {
    const real = await realpath(isAbsolute(p) ? p : resolve(this.root, p));
    const rel = relative(this.root, real);
    return rel && !rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel) ? real : undefined;
  }

  /**
   * The inputs as the inference function receives them; FILE data become absolute paths.
   * `cleanup` removes the files written from base64.
   */
  async prepareInputs(inputs: Tensor[]): Promise<{ inputs: Record<string, unknown>[]; cleanup: () => Promise<void> }> {
    const written: string[] = [];
    const cleanup = async () => {
      await Promise.all(written.map((f) => rm(f, { force: true })));
    };
    try {
      const out = [];
      for (const t of inputs) {
        const { scalarFile: _s, ...view } = t;
        if (t.datatype !== 'FILE') {
          out.push(view);
          continue;
        }
        const paths: string[] = [];
        for (const [i, ref] of (t.data as FileRef[]).entries()) {
          if ('b64' in ref) {
            mkdirSync(join(this.root, INBOX), { recursive: true });
            const file = join(this.root, INBOX, `${randomUUID()}-${t.name.replace(/[^\w.-]/g, '_')}-${i}`);
            written.push(file);
            await writeFile(file, Buffer.from(ref.b64, 'base64'));
            paths.push(file);
            continue;
          }
          let real: string | undefined;
          try {
            real = await this.inside(ref.path);
          } catch {
            throw new RequestError(`input "${t.name}": file ${JSON.stringify(ref.path)} does not exist in the file-exchange directory`, t.name);
          }
          if (!real) throw new RequestError(`input "${t.name}": file ${JSON.stringify(ref.path)} is outside the file-exchange directory`, t.name);
          if (!(await stat(real)).isFile()) throw new RequestError(`input "${t.name}": ${JSON.stringify(ref.path)} is not a file`, t.name);
          paths.push(real);
        }
        out.push({ ...view, data: t.scalarFile ? paths[0] : paths });
      }
      return { inputs: out, cleanup };
    } catch (e) {
      await cleanup();
      throw e;
    }
  }

  /** FILE outputs (paths the function wrote) → paths relative to the root, or base64 of their bytes. */
  async encodeOutputs(outputs: Tensor[], encoding: FileEncoding): Promise<Tensor[]> {
    return Promise.all(
      outputs.map(async (t) => {
        if (t.datatype !== 'FILE') return t;
        const data = await Promise.all(
          (t.data as FileRef[]).map(async (ref) => {
            if ('b64' in ref) {
              if (encoding === 'base64') return ref.b64;
              const file = join(this.root, `${randomUUID()}-${t.name.replace(/[^\w.-]/g, '_')}`);
              await writeFile(file, Buffer.from(ref.b64, 'base64'));
              return relative(this.root, file);
            }
            let real: string | undefined;
            try {
              real = await this.inside(ref.path);
            } catch {
              throw new ResultError(`the inference function returned output "${t.name}" with file ${JSON.stringify(ref.path)}, which does not exist`);
            }
            if (!real) throw new ResultError(`the inference function returned output "${t.name}" with file ${JSON.stringify(ref.path)} outside the file-exchange directory ${this.root}`);
            return encoding === 'base64' ? (await readFile(real)).toString('base64') : relative(this.root, real);
          }),
        );
        return { ...t, data };
      }),
    );
  }
}
