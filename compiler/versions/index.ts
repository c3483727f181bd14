// Versions of a protocol side by side: which is current, the order of the earlier ones, and the
// checks across their files. Browser-safe, like the rest of the compiler.
export { checkVersions, type VersionFile } from './check-versions.ts';
export { currentVersions, supersededChain, versionLines, versionName, versionSlug, type Versioned, type VersionLine } from './version-order.ts';
