// The write-and-preview page: a CodeMirror editor for a draft protocol, checked by the compiler in
// a worker as the author types, with the problems underlined and listed, and the draft's flowchart,
// briefing and simulator beside it. The draft stays on the author's device: it is opened from and
// saved to files they choose, and kept in this browser's local storage only while they ask for it.
import { history, defaultKeymap, historyKeymap } from '@codemirror/commands';
import { type Diagnostic as LintDiagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { createLanguageTools } from '../../../dsl/index.ts';
import { protocolHighlighting } from './highlight.ts';
import type { CompileRequest, CompileResponse } from './messages.ts';
import { createPreviews } from './previews.ts';
import { renderProblems } from './problems.ts';

const STORAGE_KEY = 'stepladder:draft';
const CHECK_DELAY_MS = 150;

export interface EditorPageOptions {
  win: Window;
  /** Where each diagnostic code's reference page is on this site. */
  docsHref: (code: string) => string;
  starter: string;
  published: { id: string; title: string; url: string }[];
}

function download(doc: Document, name: string, type: string, contents: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function mountEditor(root: HTMLElement, options: EditorPageOptions): EditorView {
  const { win } = options;
  const doc = root.ownerDocument;
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const status = $<HTMLElement>('[data-editor-status]');
  const keep = $<HTMLInputElement>('[data-editor-keep]');
  const previews = createPreviews($<HTMLElement>('[data-editor-previews]'), win);
  const worker = new Worker(new URL('./compile-worker.ts', import.meta.url), { type: 'module' });
  let seq = 0;
  let latest: CompileResponse | null = null;
  let timer: number | undefined;

  const stored = (() => {
    try {
      return win.localStorage.getItem(STORAGE_KEY);
    } catch {
      return null; // storage switched off: the draft simply is not kept
    }
  })();
  keep.checked = stored !== null;

  const check = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      seq += 1;
      status.textContent = 'Checking…';
      worker.postMessage({ seq, text: view.state.doc.toString() } satisfies CompileRequest);
    }, CHECK_DELAY_MS);
  };

  const remember = () => {
    try {
      if (keep.checked) win.localStorage.setItem(STORAGE_KEY, view.state.doc.toString());
      else win.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage refused (private mode, quota): the file on the device is still the draft.
    }
  };

  const view = new EditorView({
    parent: $<HTMLElement>('[data-editor-host]'),
    state: EditorState.create({
      doc: stored ?? options.starter,
      extensions: [
        lineNumbers(),
        history(),
        highlightActiveLine(),
        lintGutter(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        protocolHighlighting(createLanguageTools().lexer),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'Protocol text', spellcheck: 'false', autocapitalize: 'off' }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          check();
          if (keep.checked) remember();
        }),
      ],
    }),
  });

  const replaceDraft = (text: string) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });

  worker.onmessage = (event: MessageEvent<CompileResponse>) => {
    const result = event.data;
    if (result.seq !== seq) return; // an older draft
    latest = result;
    const length = view.state.doc.length;
    const lint: LintDiagnostic[] = result.diagnostics.map((d) => ({
      from: Math.min(d.from, length),
      to: Math.min(Math.max(d.to, d.from), length),
      severity: d.severity,
      source: d.code,
      message: d.help ? `${d.message} ${d.help}` : d.message,
    }));
    view.dispatch(setDiagnostics(view.state, lint));
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = result.diagnostics.length - errors;
    status.textContent = result.failure
      ? `The checker failed on this draft (${result.failure}). Please report it with the file.`
      : errors + warnings === 0
        ? 'No problems.'
        : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.${errors ? ' The previews show the last draft without errors.' : ''}`;
    renderProblems($<HTMLElement>('[data-editor-problems]'), result.diagnostics, view, options.docsHref);
    previews.show(result);
    $<HTMLButtonElement>('[data-editor-save-flowchart]').disabled = !result.machine;
  };
  worker.onerror = (event) => {
    status.textContent = `The checker stopped (${event.message}). Reload the page; your draft is in the editor until you do.`;
  };

  $<HTMLSelectElement>('[data-editor-open]').addEventListener('change', async (event) => {
    const select = event.currentTarget as HTMLSelectElement;
    const chosen = options.published.find((p) => p.id === select.value);
    select.value = '';
    if (!chosen) return;
    // The published text comes from this same site; nothing else is asked for.
    const response = await win.fetch(chosen.url, { credentials: 'omit' });
    if (response.ok) replaceDraft(await response.text());
    else status.textContent = `Could not open ${chosen.title} (${response.status}).`;
  });
  $<HTMLButtonElement>('[data-editor-starter]').addEventListener('click', () => replaceDraft(options.starter));
  $<HTMLInputElement>('[data-editor-upload]').addEventListener('change', async (event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) replaceDraft(await file.text());
    input.value = '';
  });
  $<HTMLButtonElement>('[data-editor-save]').addEventListener('click', () => {
    download(doc, latest?.fileName ?? 'draft.protocol', 'text/plain;charset=utf-8', view.state.doc.toString());
  });
  $<HTMLButtonElement>('[data-editor-save-flowchart]').addEventListener('click', async () => {
    const svg = await previews.flowchartSvg();
    if (svg) download(doc, `${(latest?.fileName ?? 'draft.protocol').replace(/\.protocol$/, '')}-flowchart.svg`, 'image/svg+xml', svg);
  });
  keep.addEventListener('change', remember);

  check();
  return view;
}
