// The list of problems under the editor: each with its code (linked to its reference page on this
// site), where it is, the message and the help. Choosing one puts the cursor on it.
import type { EditorView } from '@codemirror/view';
import type { DraftDiagnostic } from './messages.ts';

export function renderProblems(list: HTMLElement, diagnostics: DraftDiagnostic[], view: EditorView, docsHref: (code: string) => string): void {
  const doc = list.ownerDocument;
  const items = diagnostics.map((d) => {
    const from = Math.min(d.from, view.state.doc.length);
    const line = view.state.doc.lineAt(from);
    const li = doc.createElement('li');
    li.className = `sp-problem sp-problem-${d.severity}`;
    const code = doc.createElement('a');
    code.href = docsHref(d.code);
    code.textContent = d.code;
    const where = doc.createElement('button');
    where.type = 'button';
    where.className = 'sp-problem-where';
    where.textContent = `line ${line.number}, column ${from - line.from + 1}`;
    where.addEventListener('click', () => {
      view.dispatch({ selection: { anchor: from, head: Math.min(d.to, view.state.doc.length) }, scrollIntoView: true });
      view.focus();
    });
    const message = doc.createElement('span');
    message.className = 'sp-problem-message';
    message.textContent = `${d.severity === 'error' ? 'Error' : 'Warning'}: ${d.message}`;
    li.append(code, ' ', where, ' ', message);
    if (d.help) {
      const help = doc.createElement('span');
      help.className = 'sp-problem-help';
      help.textContent = d.help;
      li.append(help);
    }
    return li;
  });
  list.replaceChildren(...items);
}
