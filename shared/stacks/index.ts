/** ML stacks (seed 000: paystone.compute.ml): ServingEndpoint and TrainingJob — plan, apply, undeploy. */
export * from './graph.js';
export * from './serving-plan.js';
export * from './serving-endpoint.js';
export * from './smoke.js';
export * from './training-job.js';
export * from './run.js';
