/**
 * Manifest loading cost against its own baseline in the same run: plain `yaml.parse` of the same text.
 * The ratio shows what validation, located errors and normalization add on top of parsing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PsmlError } from '../shared/errors.js';
import { loadExperimentText } from '../shared/manifest/index.js';

const dir = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../examples/manifests');
const valid = readFileSync(path.join(dir, 'churn-1.2.yaml'), 'utf8');
const mlc = readFileSync(path.join(dir, 'mlcomponent.yaml'), 'utf8');
const broken = valid.replace('machineType: n1-standard-8', 'machineTyp: n1-standard-8').replace('port: 8080', 'port: "80"');

function time(fn: () => void, n = 3000): number {
  for (let i = 0; i < 300; i++) fn();
  const start = performance.now();
  for (let i = 0; i < n; i++) fn();
  return ((performance.now() - start) / n) * 1000; // µs per call
}

const base = time(() => parse(valid));
const rows: [string, number][] = [
  ['yaml.parse (baseline)', base],
  ['loadExperimentText (Experiment)', time(() => loadExperimentText(valid, 'churn.yaml'))],
  ['loadExperimentText (MLComponent + machine choice)', time(() => loadExperimentText(mlc, 'mlc.yaml'))],
  [
    'loadExperimentText (2 errors, located)',
    time(() => {
      try {
        loadExperimentText(broken, 'bad.yaml');
      } catch (e) {
        if (!(e instanceof PsmlError)) throw e;
      }
    }),
  ],
];
for (const [name, us] of rows) console.log(`${name.padEnd(52)} ${us.toFixed(1).padStart(8)} µs   ratio ${(us / base).toFixed(2)}×`);
