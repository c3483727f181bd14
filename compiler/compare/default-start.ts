// The shared start of a comparison when none is given, in a file of its own so the command line can
// show it in `stepladder compare --help` without loading the comparison itself.

/** A Monday morning with no bank holiday in the following weeks in any UK nation. */
export const DEFAULT_COMPARE_START = '2027-02-01T09:00';
