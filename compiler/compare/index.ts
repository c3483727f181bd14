// Putting different partnerships' protocols side by side (`stepladder compare`, the site's compare
// page). Browser-safe, like the rest of the compiler.
export { ASPECTS, NOT_STATED } from './aspects.ts';
export { COMPARE_CSS, renderCompareFragment, renderCompareHtml, renderCompareText } from './render.ts';
export { compareProtocols, DEFAULT_COMPARE_START, type CompareRow, type CompareTable, type ComparedProtocol } from './table.ts';
