// The names of the files `stepladder` reads and writes beside the protocols, in a file of their own
// so a command's help can name them without loading what reads them.

/** The partnership configuration. */
export const CONFIG_FILE = 'stepladder.yaml';
/** Its JSON Schema, written by `stepladder init` for editors. */
export const SCHEMA_FILE = 'stepladder.schema.json';
