// Loading a compiled protocol (machine.json) safely: schema, format version and references checked
// before anything runs (docs/machine-format.md).

export { SUPPORTED_FORMAT_VERSIONS, loadMachine, machineProblems } from './load-machine.ts';
export { InvalidMachineError, isInvalidMachineError } from './errors.ts';
