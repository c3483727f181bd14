// The commented stepladder.yaml that `stepladder init` writes. It states nothing about the
// partnership: every value a partnership must supply is left commented out, so an untouched starter
// file publishes no invented name, number or date.

export interface StarterProtocol {
  id: string;
  /** The partnership the protocol names, offered as a comment to help fill in `area`. */
  partnership: string;
}

function protocolBlock(p: StarterProtocol): string {
  return [
    `  ${p.id}:`,
    `    # The protocol names "${p.partnership.replace(/"/g, "'")}". The area practitioners look for, e.g. "Sefton":`,
    '    # area: ',
    '    # Dates as YYYY-MM-DD. `stepladder check` warns once next_review has passed.',
    '    # last_reviewed: ',
    '    # next_review: ',
    '    # Where practitioners send comments (https:// or mailto:):',
    '    # feedback: ',
    '    # false for a protocol kept for reference but no longer in force:',
    '    current: true',
    '    # When the published source states no review dates, say so instead of inventing them:',
    '    # acknowledge:',
    '    #   review_dates_missing: "The published protocol states no review date."',
  ].join('\n');
}

export function starterConfig(protocols: StarterProtocol[]): string {
  const lines = [
    '# yaml-language-server: $schema=./stepladder.schema.json',
    '# The partnership configuration for Stepladder (see docs/config.md).',
    '# The site, the briefings and the forms read it. Fill in only what your partnership publishes:',
    '# anything left out is simply not shown. Never copy a number or date you have not checked.',
    '',
    'partnership:',
    '  # The partnership that publishes these protocols, as practitioners know it.',
    '  # name: ',
    '',
    'site:',
    '  # name: Safeguarding escalation protocols',
    '  # description: What to do when you disagree with another agency about a child’s safety.',
    '  # url: https://procedures.example.org',
    '  # logo: { src: site/src/assets/logo.svg, alt: "" }',
    '  # Link colours; each needs a contrast of 4.5:1 on its background (the build checks).',
    '  # colours: { accent: "#0f5c8c", accent_on_dark: "#8fc9ef" }',
    '  # footer: Always follow your own agency’s safeguarding procedures.',
    '  # What to do when a child is at immediate risk, in your words; without it the site shows the',
    '  # general advice (police on 999 or children’s social care), marked as not part of the protocol.',
    '  # immediate_risk: If a child is at immediate risk of harm, call the police on 999 or the Front Door on <number>.',
    '',
    '# The teams practitioners call. kind is one of: front_door (children’s social care front door',
    '# or MASH), out_of_hours, lado, business_unit (the safeguarding partnership business unit), other.',
    '# Every field but kind and name may be left out.',
    'contacts: []',
    '# contacts:',
    '#   - kind: front_door',
    '#     name: Children’s Services Front Door (MASH)',
    '#     phone: <the number your partnership publishes>',
    '#     email: <the address your partnership publishes>',
    '#     address: <postal address>',
    '#     hours: Monday to Friday, 9:00 to 17:00',
    '',
    '# One entry per protocol, by the name after `protocol` in its file.',
    protocols.length > 0 ? 'protocols:' : 'protocols: {}',
    ...protocols.map(protocolBlock),
    '',
  ];
  return lines.join('\n');
}
