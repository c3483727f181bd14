// Comparing two versions of a protocol: what changed, item by item, in machine.json's terms (for
// tools) and in words (for the policy team reviewing a new version). Browser-safe, like the rest
// of the compiler.
export { diffMachines, type Change, type MachineDiff } from './compare.ts';
export { describeValue } from './describe.ts';
export { renderDiffText, type DiffLabels } from './render-text.ts';
