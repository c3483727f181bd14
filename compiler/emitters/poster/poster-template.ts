// The poster's Handlebars template. One template for both sizes: A4 portrait stacks the stages, A3
// landscape sets them side by side; nothing is smaller than 10 pt on either. Values are escaped by
// Handlebars (no triple braces); the page size is spliced in by the emitter, never from protocol text.

export function posterTemplate(size: 'A4' | 'A3'): string {
  const a3 = size === 'A3';
  return `<!doctype html>
<html lang="en-GB">
<head>
{{> print-head}}
<style>
@page { size: ${a3 ? 'A3 landscape' : 'A4 portrait'}; }
body { font-size: ${a3 ? '14pt' : '11pt'}; line-height: 1.3; }
.kicker { font-size: ${a3 ? '14pt' : '10.5pt'}; text-transform: uppercase; letter-spacing: 0.04em; margin: 0 0 1mm; }
h1 { font-size: ${a3 ? '30pt' : '20pt'}; margin: 0 0 2mm; }
.facts { display: flex; flex-wrap: wrap; gap: 1mm 6mm; margin: 0 0 3mm; font-size: ${a3 ? '12pt' : '10pt'}; }
.facts b { font-weight: 700; }
.urgent { border: 0.6mm solid #000; border-left-width: 3mm; padding: 2mm 3mm; margin: 0 0 4mm; }
.urgent p { margin: 0; }
.stages { list-style: none; padding: 0; margin: 0 0 4mm; display: grid; gap: 3mm;
  grid-template-columns: ${a3 ? 'repeat({{stageColumns}}, minmax(0, 1fr))' : 'repeat(2, minmax(0, 1fr))'}; }
.stage { border: 0.4mm solid #000; padding: 2.5mm 3mm; margin: 0; break-inside: avoid; }
.stage h2 { font-size: ${a3 ? '17pt' : '13pt'}; margin: 0 0 1.5mm; display: flex; gap: 2mm; align-items: baseline; }
.number { display: inline-grid; place-items: center; min-width: ${a3 ? '10mm' : '7mm'}; height: ${a3 ? '10mm' : '7mm'}; border-radius: 50%; background: #000; color: #fff; font-size: ${a3 ? '15pt' : '11pt'}; }
.stage dl { margin: 0; }
.stage dt { font-weight: 700; }
.stage dd { margin: 0 0 1.2mm; }
.contacts { display: grid; grid-template-columns: repeat(${a3 ? 4 : 2}, minmax(0, 1fr)); gap: 2mm 4mm; border-top: 0.4mm solid #000; padding-top: 2mm; }
.contacts h2 { grid-column: 1 / -1; font-size: ${a3 ? '16pt' : '12pt'}; }
.contact p { margin: 0; }
.address { margin-top: 3mm; font-size: ${a3 ? '12pt' : '10pt'}; }
</style>
</head>
<body>
<header>
  <p class="kicker">{{partnership}}</p>
  <h1>{{title}}</h1>
  <p class="facts">{{#each facts}}<span><b>{{label}}:</b> {{value}}</span>{{/each}}</p>
</header>
<section class="urgent">
  <p><b>{{immediateRisk.text}}</b> <span class="notice-label">({{immediateRisk.label}})</span></p>
  {{#each urgent}}<p>{{this}}</p>{{else}}<p>This protocol gives no separate urgent route.</p>{{/each}}
</section>
<ol class="stages">
{{#each stages}}
  <li class="stage">
    <h2><span class="number">{{number}}</span> <span>{{title}}</span></h2>
    <dl>
      <dt>Who</dt><dd>{{who}}</dd>
      <dt>By when</dt>{{#each when}}<dd>{{this}}</dd>{{/each}}
      {{#if record}}<dt>Record</dt><dd>{{record}}</dd>{{/if}}
    </dl>
  </li>
{{/each}}
</ol>
<section class="contacts">
  <h2>Who to call</h2>
  {{#each contacts}}
  <div class="contact"><p><b>{{label}}</b></p><p>{{name}}</p>{{#each lines}}<p>{{this}}</p>{{/each}}</div>
  {{else}}
  <p>Use your own agency’s safeguarding lead and procedures: this poster lists no contact numbers.</p>
  {{/each}}
</section>
<p class="address">{{#if address}}The full protocol and a tool to work out your dates: {{address}}{{else}}Check you have the current version of this protocol.{{/if}}</p>
</body>
</html>
`;
}
