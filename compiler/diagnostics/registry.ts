// The one registry of diagnostics. Codes are stable and never reused: E = error, W = warning;
// 00xx syntax, 01xx names and metadata, 02xx routes and structure, 03xx timescales, 04xx
// safeguarding lint, 05xx emitters, 09xx internal. Messages: sentence case, names in quotes, one
// sentence; `{placeholders}` are checked by the compiler at every `report` call.

export interface RegistryEntry {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  help: string;
}

export const registry = {
  // 00xx: syntax
  syntax_error: { code: 'E0001', severity: 'error', message: '{detail}', help: 'Check the statement against the language reference; a missing quote, brace or keyword is the usual cause.' },
  unexpected_character: { code: 'E0002', severity: 'error', message: "Unexpected character '{character}'.", help: "Text belongs in double quotes; names use letters, digits, '_' and '-'." },
  invalid_escape: { code: 'E0003', severity: 'error', message: "Unknown escape sequence '{sequence}' in text.", help: 'Write \\" for a quote, \\\\ for a backslash, \\n for a new line or \\u2019 for a Unicode character.' },
  unterminated_text: { code: 'E0004', severity: 'error', message: 'This text has no closing quote.', help: 'End the text with " on the same line, or use """ … """ for text over several lines.' },
  unterminated_comment: { code: 'E0006', severity: 'error', message: 'This comment has no closing */.', help: 'End a block comment with */, or use // for a comment on one line.' },
  empty_text: { code: 'E0007', severity: 'error', message: 'This text is empty.', help: 'Write the words the published protocol uses, or remove the line.' },
  repeated_property: { code: 'E0008', severity: 'error', message: "'{property}' is given more than once here.", help: 'Keep one; if both are true, say so in one text or use a list where the language allows one.' },
  control_character: { code: 'E0009', severity: 'error', message: 'This text contains the invisible control character {character}.', help: 'Delete it: it usually comes from copying out of a PDF or a word processor. Write \\n for a new paragraph.' },
  invisible_character: { code: 'E0020', severity: 'error', message: 'This text contains the invisible character {character} ({name}).', help: 'Delete it: it changes how the text reads, searches or compares without showing, and usually comes from copying out of a PDF or a web page.' },
  nesting_too_deep: { code: 'E0021', severity: 'error', message: 'Blocks are nested more than {limit} deep here.', help: 'Stages sit at the top level and levels directly inside a stage; close the braces of the blocks above this one.' },
  empty_file: { code: 'E0005', severity: 'error', message: "The file '{file}' is empty.", help: 'A protocol file starts with `protocol <name>` and an opening brace, and ends with a closing brace.' },
  // E0010-E0019: reading protocol files (before any syntax)
  not_regular_file: { code: 'E0011', severity: 'error', message: "'{file}' is {kind}, not a regular file, so it was not read.", help: 'Stepladder reads only regular files: it never follows a symbolic link or opens a device or pipe. Put the protocol itself here as an ordinary file.' },
  file_too_large: { code: 'E0012', severity: 'error', message: "'{file}' is {size}, more than the {limit} a protocol file may be.", help: 'A protocol is a few dozen kilobytes of text; check that this is the file you meant.' },
  not_utf8: { code: 'E0013', severity: 'error', message: "'{file}' is not UTF-8: it looks like {encoding}{where}.", help: 'Save the file as UTF-8 (in most editors: Save As, then choose the UTF-8 encoding) and run the command again.' },
  cr_line_endings: { code: 'E0014', severity: 'error', message: "'{file}' ends its lines with a carriage return alone (old Mac style), first on line {line}.", help: 'Save it with Unix (LF) or Windows (CRLF) line endings; both are read.' },

  // 01xx: names and metadata
  undefined_name: { code: 'E0101', severity: 'error', message: "There is no {kind} called '{name}'.{suggestion}", help: 'Declare it, or correct the spelling of the name.' },
  duplicate_name: { code: 'E0102', severity: 'error', message: "'{name}' is already declared as a {kind}.", help: 'Every name in a protocol must be different; rename one of them.' },
  missing_required: { code: 'E0103', severity: 'error', message: 'The protocol has no {field}.', help: 'Add `{example}` near the top of the protocol.' },
  repeated_metadata: { code: 'E0104', severity: 'error', message: "'{field}' is given more than once.", help: 'Keep one and remove the others.' },
  unknown_value: { code: 'E0105', severity: 'error', message: "'{value}' is not a {what}.{suggestion}", help: 'Use one of: {allowed}.' },
  wrong_kind: { code: 'E0106', severity: 'error', message: "'{name}' is {actual}, but {place} needs {expected}.", help: 'Refer to {expected} here.' },
  invalid_date: { code: 'E0107', severity: 'error', message: "'{value}' is not a real date.", help: 'Write dates as YYYY-MM-DD, for example 2025-04-01; an effective date may be a month, YYYY-MM, when that is all the source states.' },
  misplaced_state: { code: 'E0108', severity: 'error', message: '{problem}', help: 'Stages sit at the top level of the protocol; levels sit directly inside a stage.' },
  unknown_acknowledgement: { code: 'E0109', severity: 'error', message: "'{name}' is not a warning that can be acknowledged.{suggestion}", help: 'Acknowledge a warning by its name or code, for example `acknowledge missing_timescale "reason"`.' },
  acknowledgement_without_reason: { code: 'E0110', severity: 'error', message: "The acknowledgement of '{name}' gives no reason.", help: 'Say why in quotes, for example "The source states no timescales."' },
  invalid_member_count: { code: 'E0113', severity: 'error', message: '{amount} is not a number of members.', help: 'Give the number of members as a whole number, 1 or more.' },
  reserved_name: { code: 'E0114', severity: 'error', message: "'{name}' has a fixed meaning in the language, so it cannot name a {kind}.", help: "Choose another name, for example '{name}_{kind}'." },
  misplaced_record_timing: { code: 'E0115', severity: 'error', message: "'{timing}' only applies to a recording duty declared for the whole protocol.", help: 'Inside a stage, a duty applies at that stage; inside an outcome, at that outcome. Remove this line, or move the duty to the protocol.' },
  form_layout_conflict: { code: 'E0116', severity: 'error', message: "The form '{form}' is marked both `log` and `per stage`.", help: 'A log has a row per case; a `per stage` form has a block per stage of one case. Keep the one the published form is.' },
  // E0120-E0139: form fields (issue 10 item 10)
  choice_without_options: { code: 'E0120', severity: 'error', message: "The choice field '{field}' lists no options.", help: 'List what may be ticked, in the words of the published form: `options "Stage 1", "Stage 2", "Stage 3"`.' },
  options_without_choice: { code: 'E0121', severity: 'error', message: "The field '{field}' lists options but is of type '{type}'.", help: 'Options are printed as tick boxes only on a `type choice` field: make it one, or remove the options.' },
  protocol_name_mismatch: { code: 'W0111', severity: 'warning', message: "The protocol is called '{id}' but its file is named '{file}'.", help: "Name the file '{id}.protocol' so its outputs are easy to find." },
  missing_metadata: { code: 'W0112', severity: 'warning', message: 'The protocol does not state its {fields}.', help: 'Add `version "…"` and `effective YYYY-MM-DD`, or acknowledge that the source states none.' },
  // 015x: fidelity to the source text (issue 11)
  passage_not_in_source: { code: 'E0150', severity: 'error', message: "This text is not in the source text '{file}'.{suggestion}", help: 'Copy the words exactly as the source text has them: only spaces, line breaks and curly or straight quotes may differ.' },
  not_encoded_without_reason: { code: 'E0151', severity: 'error', message: "The passage '{name}' is marked `not encoded` but gives no reason.", help: 'Say why the protocol sets this text aside, for example `not encoded "General guidance that states no duty."`' },
  source_text_unreadable: { code: 'E0152', severity: 'error', message: "The source text '{file}' cannot be read: {reason}.", help: "Put the published text in a plain-text or Markdown file in the protocol's own folder and name it here, for example `text \"sefton.source.txt\"`." },
  inferred_without_reason: { code: 'E0153', severity: 'error', message: 'This inference gives no reason.', help: 'Say what in the source implies it, for example `inferred "Stage Three follows Stage Two, which senior managers lead."`' },
  uncovered_source_text: { code: 'W0150', severity: 'warning', message: 'The source text has {count} that no passage encodes or sets aside (coverage {percent}%): {sentences}', help: 'Cite a passage holding it where the protocol encodes it, or mark a passage `not encoded "reason"`; or acknowledge `uncovered_source_text` with a reason for the whole protocol.' },

  // 017x: the partnership configuration, stepladder.yaml (spans point into that file)
  config_syntax: { code: 'E0170', severity: 'error', message: '{detail}', help: 'Check the indentation of this line, and put text that contains ": " or " #" in double quotes.' },
  config_wrong_type: { code: 'E0171', severity: 'error', message: "'{key}' should be {expected}.", help: 'See the comments written by `stepladder init`, or the schema printed by `stepladder schema --config`.' },
  config_unknown_key: { code: 'E0172', severity: 'error', message: "'{key}' is not a setting of {where}.{suggestion}", help: 'Settings allowed here: {allowed}.' },
  config_missing_key: { code: 'E0173', severity: 'error', message: "{where} has no '{key}'.", help: 'Add `{key}:` with its value; `stepladder init` shows an example.' },
  config_bad_phone: { code: 'E0174', severity: 'error', message: "'{value}' is not a UK phone number.", help: 'Write the full number with its area code, for example 0151 000 0000 or +44 151 000 0000; leave the line out when there is no number.' },
  config_bad_email: { code: 'E0175', severity: 'error', message: "'{value}' is not an e-mail address.", help: 'Write an address such as team@example.org; leave the line out when there is none.' },
  config_unknown_protocol: { code: 'E0176', severity: 'error', message: "There is no protocol called '{id}'.{suggestion}", help: 'Use the name after `protocol` in a file of the protocols folder: {known}.' },
  config_bad_value: { code: 'E0177', severity: 'error', message: "'{value}' is not {expected}.", help: '{hint}' },
  review_overdue: { code: 'W0170', severity: 'warning', message: "The protocol '{id}' was due for review on {date}.", help: 'Review it and update `next_review`, or give the reason under the protocol in stepladder.yaml: `acknowledge:` then `review_overdue: "…"`.' },
  review_dates_missing: { code: 'W0171', severity: 'warning', message: "The configuration gives no {missing} for the protocol '{id}'.", help: 'Add `last_reviewed` and `next_review` under the protocol in stepladder.yaml, or give the reason there: `acknowledge:` then `review_dates_missing: "…"`.' },

  // 018x: versions of a protocol (version, effective, supersedes, renamed from)
  supersedes_cycle: { code: 'E0180', severity: 'error', message: "Version '{version}' of '{id}' supersedes {chain}, so no version of it comes first.", help: 'Each version supersedes the one before it; correct the `supersedes` line so the versions form one line from the oldest to the newest.' },
  two_current_versions: { code: 'E0181', severity: 'error', message: "Versions '{version}' and '{other}' of '{id}' are both current: neither supersedes the other ('{other}' is in {otherFile}).", help: 'Add `supersedes "{other}"` to the later version (or the reverse), so readers see one current version.' },
  renamed_from_existing: { code: 'E0182', severity: 'error', message: "'{name}' says it was renamed from '{old}', but '{old}' is still declared in this protocol.", help: 'A stage renamed in this version no longer exists under its old name; remove the `renamed from` line or the old declaration.' },
  renamed_from_twice: { code: 'E0183', severity: 'error', message: "'{old}' cannot have been renamed to both '{first}' and '{name}'.", help: 'Keep `renamed from {old}` on the stage that took its place; a stage split in two is new.' },
  duplicate_version: { code: 'E0184', severity: 'error', message: "This file and {otherFile} are both version '{version}' of '{id}'.", help: 'Give each version its own `version "…"`, or remove the copy.' },
  same_version_address: { code: 'E0185', severity: 'error', message: "Version '{version}' and version '{other}' in {otherFile} would be published at the same address, versions/{slug}/.", help: 'Name the versions so that they differ in more than capital letters or punctuation: an earlier version keeps its address for as long as its file is kept.' },

  // 02xx: routes and structure
  no_stages: { code: 'E0201', severity: 'error', message: 'The protocol has no stages.', help: 'Add at least one stage, for example `stage step1 "Step 1" …` with its routes.' },
  multiple_starts: { code: 'E0202', severity: 'error', message: 'The protocol has more than one default start.', help: 'Keep one `start at <stage>`; other entry points need a `when <condition>`.' },
  unreachable_stage: { code: 'E0203', severity: 'error', message: "The {kind} '{stage}' cannot be reached from the start.", help: 'Add a route to it (`on unresolved -> {stage}`) or a start, or remove it.' },
  no_way_out: { code: 'E0204', severity: 'error', message: "The {kind} '{stage}' has no route out.", help: 'Add routes such as `on resolved -> <outcome>` and `on unresolved -> <next stage>`.' },
  route_loop: { code: 'E0205', severity: 'error', message: 'These routes go round in a loop: {cycle}.', help: 'An escalation must move forward; point one of these routes at a later stage or an outcome.' },
  no_terminal_outcome: { code: 'E0206', severity: 'error', message: 'No route ends the escalation in an outcome.', help: 'Declare an `outcome` and route to it, for example `on resolved -> resolved`.' },
  duplicate_route: { code: 'E0207', severity: 'error', message: "'{stage}' already has a route on '{event}'{condition}.", help: 'Keep one route per event, or tell them apart with `when <condition>`.' },
  phase_order: { code: 'E0209', severity: 'error', message: "The phase '{phase}' runs from '{from}' to '{to}', but '{to}' does not come after '{from}'.", help: 'Name the first stage of the phase after `from` and its last after `to`, in the order the stages are written.' },
  overlapping_phases: { code: 'E0210', severity: 'error', message: "The stage '{stage}' is in two phases, '{first}' and '{second}'.", help: 'A stage belongs to one phase: make the phases follow each other without overlapping.' },
  duties_on_unreachable_outcome: { code: 'W0209', severity: 'warning', message: "The outcome '{outcome}' carries {duties}, but no route reaches it.", help: 'Add a route to the outcome (`on resolved -> {outcome}`), or move the duties to where they apply.' },
  route_into_stage_with_levels: { code: 'W0208', severity: 'warning', message: "The route enters '{stage}', which starts at its first level '{level}'.", help: 'Route to the level itself to make the entry point explicit.' },

  // 03xx: timescales
  total_mismatch: { code: 'E0301', severity: 'error', message: 'The stated total is {stated}, but the timescales add up to {computed}.', help: 'Correct the total or the timescales; the total counts from the start of the escalation.' },
  ambiguous_unit: { code: 'W0302', severity: 'warning', message: "The published wording '{wording}' gives {wordingUnits}; the timescale counts {unit}.", help: 'Check which the source means; acknowledge the reading you chose with its reason.' },
  anchor_not_earlier: { code: 'E0303', severity: 'error', message: "'{anchor}' does not come before '{stage}', so the timescale cannot count from it.", help: 'Count from `escalation`, from entering the stage (no `of`), or from an earlier stage.' },
  total_not_checkable: { code: 'W0304', severity: 'warning', message: "The stated total for '{stage}' cannot be checked: {reason}.", help: 'State every timescale up to this stage in the same unit, counted in sequence.' },
  multiple_default_deadlines: { code: 'E0305', severity: 'error', message: "'{stage}' has more than one deadline without a condition.", help: 'Give each extra deadline a `when <condition>`, or make it a `timescale`.' },
  invalid_amount: { code: 'E0306', severity: 'error', message: '{amount} is not a usable timescale.', help: 'Use a whole number greater than zero, or `immediately`.' },
  step_anchor_not_earlier: { code: 'E0308', severity: 'error', message: "The step '{step}' counts from '{anchor}', which is not an earlier step of {place}.", help: 'Count from a step written before it in the same stage, outcome or route, or leave out `of` to count from the start of {place}.' },
  step_without_timescale: { code: 'W0308', severity: 'warning', message: "The step '{step}' has no timescale.", help: 'Add `within N working days` after its action, or acknowledge that the source states none for it.' },
  further_without_anchor: { code: 'W0307', severity: 'warning', message: "'a further' needs the stage it follows: add `of <stage>`.", help: 'For example `within a further 2 working days of step1`.' },

  // 04xx: safeguarding lint (acknowledge with a reason when the source itself is silent)
  missing_owner: { code: 'W0401', severity: 'warning', message: "No role owns the {kind} '{stage}'.", help: 'Add `meets <role> with counterpart` or `owner <role>`.' },
  missing_timescale: { code: 'W0402', severity: 'warning', message: "The {kind} '{stage}' has no timescale.", help: 'Add `deadline within N working days`, or acknowledge that the source states none.' },
  missing_recording: { code: 'W0403', severity: 'warning', message: "Nothing is recorded at the {kind} '{stage}'.", help: 'Add `record <form or register>` here, or a protocol-wide duty with `at every stage`.' },
  unused_form: { code: 'W0404', severity: 'warning', message: "The {kind} '{name}' is declared but never used.", help: 'Add a `record {name}` duty where it is completed, or remove it.' },
  unused_passage: { code: 'W0405', severity: 'warning', message: "The passage '{name}' is never cited.", help: 'Cite it where the protocol encodes it (`cite {name}`), or remove it.' },
  uncited: { code: 'W0406', severity: 'warning', message: "The {kind} '{name}' cites no passage of the source.", help: 'Add `cite <passage>` so readers can check it against the published text.' },
  no_urgent_route: { code: 'W0407', severity: 'warning', message: 'The protocol gives no urgent route for a child at risk of immediate harm.', help: 'Add `on urgent -> …`, a deadline `when <condition>`, or `start at any stage when <condition>`; or acknowledge that the source has none.' },
  required_form_unrecorded: { code: 'W0409', severity: 'warning', message: "The form '{form}' is required at the {kind} '{stage}', but no recording duty there uses it.", help: 'Add a `record {form}` duty in the {kind} (with `by <role>`: who completes it), or one for the whole protocol `at every stage`, so the printed form says when to complete it.' },
  unnecessary_acknowledgement: { code: 'W0408', severity: 'warning', message: "Nothing here raises '{name}', so its acknowledgement can go.", help: 'Remove the `acknowledge` line.' },

  // 05xx: emitters
  briefing_section_empty: { code: 'W0501', severity: 'warning', message: "The briefing section '{section}' has nothing to show; add {construct} to the protocol.", help: 'The section reads "Not stated in this protocol." until the protocol says more.' },
  not_rendered: { code: 'W0502', severity: 'warning', message: "'{protocol}' is published without {missing}: {reason}.", help: 'Nothing from an earlier build is kept in their place: readers get the flowchart as text (flowchart.md) and the printable HTML instead. {remedy}' },
  flowchart_too_large: { code: 'W0503', severity: 'warning', message: "The flowchart of '{protocol}' is {size} characters of Mermaid, over the {limit} Mermaid can draw.", help: 'No picture is published for it (Mermaid would draw an error message instead); the flowchart text (flowchart.md) stands in its place.' },
  unreadable_output: { code: 'W0504', severity: 'warning', message: "'{path}' is not a machine.json this build can list: {detail}.", help: 'Its folder is left out of index.json and the site. Build that protocol again from its source, or delete the folder.' },

  // 09xx: internal
  internal_error: { code: 'E0901', severity: 'error', message: 'Internal error in {phase}: {detail}', help: 'This is a bug in Stepladder, not in the protocol; please report it with the protocol file.' },
  schema_violation: { code: 'E0902', severity: 'error', message: 'The compiled protocol does not match the published schema: {detail}', help: 'This is a bug in Stepladder; nothing was written for this protocol.' },
} as const satisfies Record<string, RegistryEntry>;

export type DiagnosticName = keyof typeof registry;

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The values a diagnostic needs: every `{placeholder}` of its message and help, as strings. */
export type DiagnosticParams<N extends DiagnosticName> = Record<
  Placeholders<(typeof registry)[N]['message']> | Placeholders<(typeof registry)[N]['help']>,
  string
>;

/** Diagnostic names by code (the first with a code, as a scan would find it); built once, never changed. */
const NAME_BY_CODE: ReadonlyMap<string, DiagnosticName> = new Map(
  (Object.entries(registry) as [DiagnosticName, RegistryEntry][]).reverse().map(([name, entry]) => [entry.code, name]),
);

/** Looked up directly: rules ask once per acknowledgement, and a scan of the registry each time showed in profiles. */
export function entryByCodeOrName(key: string): [DiagnosticName, RegistryEntry] | null {
  const name = Object.hasOwn(registry, key) ? (key as DiagnosticName) : NAME_BY_CODE.get(key);
  return name === undefined ? null : [name, registry[name]];
}

/** Reference page of a diagnostic on the published site. */
export function docsPath(code: string): string {
  return `/diagnostics/${code.toLowerCase()}/`;
}
