/** The experiment manifest: schema, loading, defaults, MLComponent compatibility, resource names (seeds 000, 004). */
export * from './experiment.js';
export * from './schema.js';
export * from './load.js';
export * from './names.js';
export * from './quantity.js';
export * from './machine-types.js';
export { durationSeconds, parseVersion, resolveImage, RESERVED_LABELS, DEFAULT_HEALTH_CHECK_PATH, DEFAULT_PORT } from './normalize.js';
export type { NormalizeOptions } from './normalize.js';
export { editDistance, didYouMean, formatPath, issuesToProblems, ProblemList } from './problems.js';
export { parseManifestText } from './source.js';
