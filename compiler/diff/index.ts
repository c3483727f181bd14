// Comparing two versions of a protocol: what changed, item by item, in machine.json's terms (for
// tools) and in words (for the policy team reviewing a new version). Browser-safe, like the rest
// of the compiler.
export { alignedBefore, diffMachines, renamesOf, type Change, type MachineDiff } from './compare.ts';
export { findRenames, similarity, type Rename } from './match.ts';
export { describeValue } from './describe.ts';
export { renderDiffText, type DiffLabels } from './render-text.ts';
export { amendmentLog, type AmendmentEntry, type AmendmentLog, type AmendmentSection } from './amendments.ts';
export { renderAmendmentsFragment, renderAmendmentsHtml, renderAmendmentsMarkdown, versionLine } from './render-amendments.ts';
