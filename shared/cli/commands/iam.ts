import type { Command } from 'commander';
import { stringify } from 'yaml';
import { PsmlError } from '../../errors.js';
import { PROCESSES, allRoles, type Process } from '../../iam/roles.js';
import { checkProjectId } from '../../config/project.js';

/** `psml iam roles`: the custom roles of seed 003, ready for `gcloud iam roles create --file`. */
export function registerIam(program: Command): void {
  const iam = program.command('iam').description('Least-privilege IAM for each ML process (seed 003)');
  iam
    .command('roles')
    .description('Print the custom role of each process and principal (YAML files for gcloud, JSON, or gcloud commands)')
    .option('--process <name>', `only this process (${PROCESSES.join(', ')})`)
    .option('--format <format>', 'yaml | json | gcloud', 'yaml')
    .option('--project <id>', 'project id used in the gcloud commands', 'PROJECT_ID')
    .action((opts: { process?: string; format: string; project: string }) => {
      if (opts.process && !PROCESSES.includes(opts.process as Process)) {
        throw new PsmlError(`unknown process "${opts.process}"`, { field: '--process', hint: `use one of ${PROCESSES.join(', ')}` });
      }
      if (opts.project !== 'PROJECT_ID') checkProjectId(opts.project, '--project'); // it is pasted into shell commands
      const roles = allRoles().filter((r) => !opts.process || r.id.toLowerCase().includes(opts.process));
      if (opts.format === 'json') return void console.log(JSON.stringify(roles, null, 2));
      if (opts.format === 'yaml') {
        return void console.log(roles.map(({ id, ...role }) => `# ${id}\n${stringify(role)}`).join('---\n'));
      }
      if (opts.format === 'gcloud') {
        for (const r of roles) {
          console.log(`gcloud iam roles create ${r.id} --project ${opts.project} --title '${r.title}' --stage GA --permissions ${r.includedPermissions.join(',')}`);
        }
        return;
      }
      throw new PsmlError(`unknown format "${opts.format}"`, { field: '--format', hint: 'use yaml, json or gcloud' });
    });
}
