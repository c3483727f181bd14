// A blank printed form as a Handlebars template string (kept in TypeScript so the emitter runs in
// the browser too). Every value is double-braced and so escaped: protocol text is only ever data.
import { FORMS_CSS } from './forms-css.ts';

const FIELD = `<div class="field {{size}}" id="field-{{id}}">
  <div class="label">{{label}}{{#if required}}<span class="required">Required</span>{{/if}}{{#if monitoring}}<span class="monitoring">Monitoring data</span>{{/if}}</div>
  {{#if help}}<p class="help">{{help}}</p>{{/if}}
  {{#if isLine}}<div class="box line"></div>{{/if}}
  {{#if isNumber}}<div class="box number"></div>{{/if}}
  {{#if isLines}}<div class="box lines">{{#each lines}}<div class="ruled"></div>{{/each}}</div>{{/if}}
  {{#if isDate}}<div class="box date"><span>Day</span><span>/ Month</span><span>/ Year</span></div>{{/if}}
  {{#if isDateTime}}<div class="box datetime"><span>Day</span><span>/ Month</span><span>/ Year</span><span>Time</span></div>{{/if}}
  {{#if isYesNo}}<div class="ticks">{{> tick label="Yes"}}{{> tick label="No"}}</div>{{/if}}
  {{#if isChoices}}<div class="ticks choices">{{#each choices}}{{> tick label=this}}{{/each}}</div>{{/if}}
</div>`;

// No heading above the stage blocks: two blocks fill a page exactly, and a heading would push one over.
const STAGES = `{{#if stages.length}}
{{#each stages}}
<section class="stage-block" id="stage-{{id}}">
  {{#if parent}}<p class="stage-parent">{{parent}}</p>{{/if}}
  <h2>{{title}}</h2>
  <div class="stage-facts">
    {{#each timescales}}<p><strong>Timescale:</strong> {{this}}</p>{{/each}}
    {{#if total}}<p><strong>Total from the start of the escalation:</strong> {{total}}</p>{{/if}}
    <p><strong>Who is involved:</strong> {{who}}</p>
    {{#each requiredForms}}<p><strong>Required form:</strong> {{this}}</p>{{/each}}
  </div>
  <div class="fields">{{#each fields}}${FIELD}{{/each}}</div>
</section>
{{/each}}
{{/if}}`;

export const FORM_TEMPLATE = `<!doctype html>
<html lang="en-GB">
<head>
{{> print-head}}
<style>${FORMS_CSS}</style>
</head>
<body>
{{> form-head}}
{{#if generatedNotice}}<p class="notice">{{generatedNotice}}</p>{{/if}}
<div class="about">
  {{#each description}}<p>{{this}}</p>{{/each}}
  {{#if requiredAt.length}}<p class="required-at"><strong>Required at:</strong> {{#each requiredAt}}{{#if @index}}; {{/if}}{{this}}{{/each}}.</p>{{/if}}
  {{#if completion.length}}<h2>When to complete</h2><ul>{{#each completion}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
  {{#if stages.length}}<p>Complete a stage block for each stage the escalation reaches.</p>{{/if}}
  {{#if hasRequired}}<p class="small">Boxes marked <span class="required">Required</span> must be filled in.</p>{{/if}}
  {{#if hasMonitoring}}<p class="small">Boxes marked <span class="monitoring">Monitoring data</span> are collated by the partnership across cases.</p>{{/if}}
</div>
{{#if detailsHeading}}<h2 class="section-heading">{{detailsHeading}}</h2>{{/if}}
<div class="fields">{{#each fields}}${FIELD}{{/each}}</div>
${STAGES}
{{#if closing.length}}
<section class="stage-block" id="closing">
  <h2>Outcome</h2>
  <div class="fields">{{#each closing}}${FIELD}{{/each}}</div>
</section>
{{/if}}
</body>
</html>
`;
