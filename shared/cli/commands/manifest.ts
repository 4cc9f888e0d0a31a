/** `psml schema` (JSON Schema for editors) and `psml validate <file…>` (check manifests, every problem at once). */
import type { Command } from 'commander';
import { z } from 'zod';
import { loadProjectConfig, ProjectConfigSchema, type ProjectConfig } from '../../config/project.js';
import { isPsmlError, PsmlError } from '../../errors.js';
import { loadExperiment } from '../../manifest/load.js';
import { resourceNames } from '../../manifest/names.js';
import { ExperimentManifestSchema, MLComponentSchema } from '../../manifest/schema.js';
import { versionString } from '../../manifest/experiment.js';

export const SCHEMA_KINDS = {
  experiment: { schema: ExperimentManifestSchema, title: 'psml experiment manifest (psml.dev/v1 Experiment)' },
  mlcomponent: { schema: MLComponentSchema, title: 'MLComponent manifest (unified-platform.cs.hse.ru/v1)' },
  project: { schema: ProjectConfigSchema, title: 'psml project config (psml.yaml)' },
} as const;

export type SchemaKind = keyof typeof SCHEMA_KINDS;

/** JSON Schema of what users write (input side: defaults are optional, "1.2" versions allowed). */
export function jsonSchema(kind: SchemaKind): Record<string, unknown> {
  const { schema, title } = SCHEMA_KINDS[kind];
  return { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title };
}

export function registerManifest(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of a manifest (for `# yaml-language-server: $schema=…` completion in editors)')
    .option('--kind <kind>', 'experiment | mlcomponent | project', 'experiment')
    .action((opts: { kind: string }) => {
      const kind = opts.kind.toLowerCase();
      if (!(kind in SCHEMA_KINDS)) {
        throw new PsmlError(`unknown schema kind "${opts.kind}"`, { field: '--kind', hint: `use one of ${Object.keys(SCHEMA_KINDS).join(', ')}` });
      }
      process.stdout.write(`${JSON.stringify(jsonSchema(kind as SchemaKind), null, 2)}\n`);
    });

  program
    .command('validate')
    .description('check experiment manifests (Experiment or MLComponent); reports every problem with file:line:column')
    .argument('<files...>', 'manifest files (YAML or JSON)')
    .option('--project <file>', 'psml.yaml to resolve image names and defaults (default: found next to each manifest)')
    .option('--print', 'print the normalized experiment as JSON')
    .action((files: string[], opts: { project?: string; print?: boolean }) => {
      const project: ProjectConfig | undefined = opts.project ? loadProjectConfig(opts.project) : undefined;
      const failures: PsmlError[] = [];
      for (const file of files) {
        try {
          const exp = loadExperiment(file, { project });
          const parts = [exp.training && `training on ${exp.training.machineType}`, exp.serving && `serving on ${exp.serving.machineType}`].filter(Boolean);
          process.stdout.write(`ok ${file}: ${exp.service} ${versionString(exp.version)} (${exp.source.kind}; ${parts.join(', ')}; resources ${resourceNames(exp).revision}-*)\n`);
          if (opts.print) process.stdout.write(`${JSON.stringify(exp, null, 2)}\n`);
        } catch (e) {
          if (!isPsmlError(e)) throw e;
          failures.push(e);
          process.stderr.write(`${e.describe()}\n`);
        }
      }
      if (failures.length > 0) {
        const problems = failures.reduce((n, f) => n + Math.max(1, f.details.length), 0);
        throw new PsmlError(`${failures.length} of ${files.length} manifest(s) invalid (${problems} problem(s) listed above)`, {
          details: [],
        });
      }
    });
}
