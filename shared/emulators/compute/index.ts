/** A local Compute Engine that the unmodified `@google-cloud/compute` client talks to (REST). */
export { startComputeEmulator, type ComputeEmulator, type ComputeEmulatorOptions, type RequestLogEntry } from './server.js';
export { ComputeEmulatorControl } from './control.js';
export type { Faults, HttpFault, OperationFault, Stockout, Latency } from './faults.js';
export type { OperationTiming } from './cloud.js';
export type { CloudState } from './state.js';
export { ZONES, REGIONS, MACHINE_TYPES, ACCELERATORS } from './catalog.js';
