import { MAIL_TEMPLATE_VARIABLES, MailTemplateKey } from '@datenlotse/contracts';
import Handlebars from 'handlebars';
import { MailTemplateParts } from './mail-renderer';

/** What the layout gives every template besides the mail's own variables. */
export const LAYOUT_VARIABLES = ['city', 'appUrl'] as const;

/** The block helpers a template may use; anything else (other helpers, partials, decorators) is refused. */
const BLOCKS = new Set(['if', 'unless', 'each']);

export interface TemplateProblem {
  field: keyof MailTemplateParts;
  message: string;
}

/** The variables a template of this mail may use: its own, the layout's, and their parents (`{{#if dataset}}`). */
export function allowedVariables(key: MailTemplateKey): Set<string> {
  const allowed = new Set<string>(LAYOUT_VARIABLES);
  for (const name of MAIL_TEMPLATE_VARIABLES[key]) {
    const parts = name.split('.');
    for (let i = 1; i <= parts.length; i++) allowed.add(parts.slice(0, i).join('.'));
  }
  return allowed;
}

/** The first problem of each part of a template, in the order subject, html, text; empty when all is well. */
export function validateTemplate(key: MailTemplateKey, template: MailTemplateParts): TemplateProblem[] {
  const allowed = allowedVariables(key);
  const problems: TemplateProblem[] = [];
  for (const field of ['subject', 'html', 'text'] as const) {
    const message = validateSource(template[field], allowed);
    if (message) problems.push({ field, message });
  }
  return problems;
}

/** Why this source is not a usable template for these variables, or null. */
export function validateSource(source: string, allowed: ReadonlySet<string>): string | null {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch (error) {
    return `does not compile: ${oneLine(error)}`;
  }
  try {
    walkProgram(program, { allowed, inEach: false });
    // The compiler finds what the parser lets through (a block closed by another name, …).
    Handlebars.precompile(source, { knownHelpersOnly: true });
  } catch (error) {
    if (error instanceof TemplateRefused) return error.message;
    return `does not compile: ${oneLine(error)}`;
  }
  return null;
}

class TemplateRefused extends Error {}

interface Scope {
  allowed: ReadonlySet<string>;
  /** Inside `{{#each list}}`: the item's own fields are unknown, so relative paths are accepted. */
  inEach: boolean;
}

function walkProgram(program: hbs.AST.Program | undefined, scope: Scope): void {
  for (const statement of program?.body ?? []) walkStatement(statement, scope);
}

function walkStatement(node: hbs.AST.Statement, scope: Scope): void {
  switch (node.type) {
    case 'ContentStatement':
    case 'CommentStatement':
      return;
    case 'MustacheStatement': {
      const mustache = node as hbs.AST.MustacheStatement;
      const shown = show(mustache.path);
      if (!mustache.escaped) {
        throw new TemplateRefused(`uses {{{${shown}}}}, which would insert unescaped HTML; use {{${shown}}}`);
      }
      if (mustache.params.length > 0 || mustache.hash?.pairs.length) {
        throw new TemplateRefused(`uses the helper {{${shown} …}}, which mails do not offer`);
      }
      checkPath(mustache.path, scope);
      return;
    }
    case 'BlockStatement': {
      const block = node as hbs.AST.BlockStatement;
      const name = show(block.path);
      if (!BLOCKS.has(name)) {
        throw new TemplateRefused(`uses the block {{#${name}}}; only #if, #unless and #each are available`);
      }
      if (block.params.length !== 1 || block.hash?.pairs.length || block.program?.blockParams?.length) {
        throw new TemplateRefused(`uses {{#${name}}} with other than one variable`);
      }
      checkPath(block.params[0], scope);
      walkProgram(block.program, name === 'each' ? { ...scope, inEach: true } : scope);
      walkProgram(block.inverse, scope);
      return;
    }
    case 'PartialStatement':
    case 'PartialBlockStatement':
      throw new TemplateRefused('uses a partial ({{> …}}), which mails do not offer');
    default:
      throw new TemplateRefused(`uses {{${node.type}}}, which mails do not offer`);
  }
}

function checkPath(node: hbs.AST.Expression, scope: Scope): void {
  if (node.type !== 'PathExpression') {
    throw new TemplateRefused(`uses ${describe(node)} where a variable belongs`);
  }
  const path = node as hbs.AST.PathExpression;
  const name = path.parts.join('.');
  if (path.data) {
    // @index, @first, … of an each; @root.x is the top-level variable x.
    if (path.parts[0] === 'root' && path.parts.length > 1) {
      const rooted = path.parts.slice(1).join('.');
      if (scope.allowed.has(rooted)) return;
      throw unknown(rooted);
    }
    if (scope.inEach && path.parts.length === 1) return;
    throw unknown(`@${name}`);
  }
  if (scope.inEach && path.depth === 0) return;
  if (name === '' && !scope.inEach) throw unknown('this');
  if (scope.allowed.has(name)) return;
  throw unknown(name);
}

const unknown = (name: string): TemplateRefused =>
  new TemplateRefused(`uses {{${name}}}, which this mail does not provide`);

function show(node: hbs.AST.Expression): string {
  return node.type === 'PathExpression' ? (node as hbs.AST.PathExpression).original : describe(node);
}

function describe(node: hbs.AST.Expression): string {
  if (node.type === 'SubExpression') return 'a sub-expression (…)';
  const literal = node as hbs.AST.Literal;
  return `the literal ${JSON.stringify('value' in literal ? literal.value : node.type)}`;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Handlebars' parse errors span lines (the excerpt and a caret): one line for the field's message.
  const line = message.replace(/-*\^/g, '').replace(/\s+/g, ' ').trim();
  return line.length > 240 ? `${line.slice(0, 239)}…` : line;
}
