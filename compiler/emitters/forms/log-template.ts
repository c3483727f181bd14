// A blank printed log as a Handlebars template string: the forms' heading, who keeps the log and
// when, then a table with a column per declared field and blank rows to write in. The header row is
// a <thead>, so it is printed again at the top of every page. Every value is double-braced and so
// escaped: protocol text is only ever data.
import { LOG_CSS } from './log-css.ts';

export const LOG_TEMPLATE = `<!doctype html>
<html lang="en-GB">
<head>
{{> print-head}}
<style>${LOG_CSS}</style>
</head>
<body>
{{> form-head}}
<div class="about">
  {{#each description}}<p>{{this}}</p>{{/each}}
  {{#if keeping.length}}<h2>Who keeps it and when</h2><ul>{{#each keeping}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
  <p class="small">One row per case. When the rows are full, print another copy and carry on.{{#if hasRequired}} Columns marked <span class="required">Required</span> must be filled in for every case.{{/if}}{{#if hasMonitoring}} Columns marked <span class="monitoring">Monitoring data</span> are collated by the partnership across cases.{{/if}}</p>
</div>
{{#if columns.length}}
<table class="log">
<colgroup>{{#each columns}}<col style="width: {{width}}%">{{/each}}</colgroup>
<thead><tr>{{#each columns}}<th scope="col" id="column-{{id}}"><span class="label">{{label}}</span>{{#if required}}<span class="required">Required</span>{{/if}}{{#if monitoring}}<span class="monitoring">Monitoring data</span>{{/if}}{{#if help}}<span class="help">{{help}}</span>{{/if}}</th>{{/each}}</tr></thead>
<tbody>
{{#each rows}}<tr>{{#each ../columns}}<td></td>{{/each}}</tr>
{{/each}}</tbody>
</table>
{{else}}
<p class="notice">The protocol lists no columns for this log.</p>
{{/if}}
</body>
</html>
`;
