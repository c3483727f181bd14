// A fresh Handlebars instance per render, with the helpers and partials the printables share.
// Handlebars.create() keeps registrations out of the global instance (no module-level mutable
// state), and templates are TypeScript strings rather than .hbs files so emitters run unchanged in
// the browser. Every value is auto-escaped: templates never use triple braces.
import Handlebars from 'handlebars';
import { cssString } from './css-string.ts';
import { PRINT_CSS } from './print-css.ts';

type HandlebarsInstance = ReturnType<typeof Handlebars.create>;

/**
 * The document head: title, shared stylesheet and the running footer. `footer` is protocol text,
 * so it goes through the CSS-string escaping of the `cssString` helper, not HTML escaping.
 */
const PRINT_HEAD = `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
<style>${PRINT_CSS}
@page {
  @bottom-left { content: {{cssString footer}}; font: 9pt "Liberation Sans", Arial, sans-serif; color: #000; vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt "Liberation Sans", Arial, sans-serif; color: #000; vertical-align: top; padding-top: 3mm; white-space: nowrap; }
}
</style>`;

/** The heading of a printed form or log: partnership, title, appendix, protocol and version. */
const FORM_HEAD = `<header class="form-head">
  <p class="kicker">{{partnership}}</p>
  <h1>{{formTitle}}</h1>
  <p class="form-meta">{{#if appendix}}{{appendix}} of {{/if}}{{protocol}} · Version: {{version}}</p>
</header>
`;

/** A square to tick by hand, followed by its (escaped) label. */
const TICK = `<span class="tick-option"><span class="tick" aria-hidden="true"></span>{{label}}</span>`;

function createPrintHandlebars(): HandlebarsInstance {
  const hb = Handlebars.create();
  hb.registerHelper('cssString', (value: unknown) => new hb.SafeString(cssString(String(value ?? ''))));
  hb.registerPartial('print-head', PRINT_HEAD);
  hb.registerPartial('tick', TICK);
  hb.registerPartial('form-head', FORM_HEAD);
  return hb;
}

/**
 * Renders a template against a view model of plain strings, arrays and booleans. Strict mode makes
 * a misspelt field in a template an error instead of an empty gap on the printed page.
 */
export function renderPrintTemplate(template: string, view: object): string {
  const hb = createPrintHandlebars();
  return hb.compile(template, { strict: true })(view);
}

/** The partial templates, exported so the no-triple-braces test can read them too. */
export const SHARED_PARTIALS = { PRINT_HEAD, TICK };
