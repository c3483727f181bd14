// Syntax error wording for policy officers rather than grammar authors: "Expected '{' but found
// text" instead of Chevrotain's token-type dumps.
import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';

const ruleDescriptions: Record<string, string> = {
  protocol: 'the protocol',
  protocolItem: 'the protocol',
  stage: 'a stage',
  stageItem: 'a stage',
  timescale: 'a timescale',
  timescaleItem: 'a timescale',
  recordDuty: 'a recording duty',
  recordDutyItem: 'a recording duty',
  source: 'the source block',
  role: 'a role',
  body: 'a body',
  form: 'a form',
  field: 'a form field',
  outcome: 'an outcome',
  route: 'a route',
  start: 'a start',
  briefing: 'the briefing block',
  duration: 'a timescale',
  text: 'text',
  cite: 'a citation',
};

function describeRule(ruleName: string): string {
  return ruleDescriptions[ruleName] ?? ruleName;
}

export function describeToken(token: IToken): string {
  if (token.tokenType.name === 'EOF') return 'the end of the file';
  if (token.tokenType.name === 'StringLiteral' || token.tokenType.name === 'TextBlock') return 'text';
  if (token.tokenType.name === 'NumberLiteral') return `the number ${token.image}`;
  return `'${token.image}'`;
}

function labelOf(type: TokenType): string {
  if (type.name === 'Identifier') return 'a name';
  if (type.name === 'StringLiteral' || type.name === 'TextBlock') return 'text in quotes';
  if (type.name === 'NumberLiteral') return 'a number';
  if (type.name === 'DateLiteral') return 'a date (YYYY-MM-DD)';
  return typeof type.LABEL === 'string' ? type.LABEL : type.name;
}

function firstTokens(paths: TokenType[][][]): string {
  const labels = new Set<string>();
  for (const alt of paths) for (const path of alt) if (path[0]) labels.add(labelOf(path[0]));
  const list = [...labels];
  const shown = list.slice(0, 8).join(', ');
  return list.length > 8 ? `${shown}, …` : shown;
}

export const errorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    return `Expected ${labelOf(expected)} but found ${describeToken(actual)}.`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `Unexpected ${describeToken(firstRedundant)} after the end of the protocol.`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }) {
    const found = actual[0];
    const what = found ? describeToken(found) : 'this';
    if (ruleName === 'text') return `Expected text in double quotes but found ${what}.`;
    return `${what[0]!.toUpperCase()}${what.slice(1)} cannot appear here in ${describeRule(ruleName)}; expected one of: ${firstTokens(expectedPathsPerAlt)}.`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, ruleName }) {
    const found = actual[0];
    return `Expected ${firstTokens([expectedIterationPaths])} in ${describeRule(ruleName)} but found ${found ? describeToken(found) : 'nothing'}.`;
  },
};
