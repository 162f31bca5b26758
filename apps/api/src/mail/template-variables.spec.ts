import { LOCALES, MAIL_TEMPLATE_KEYS, MAIL_TEMPLATE_VARIABLES } from '@datenlotse/contracts';
import { renderMail } from './mail-renderer';
import { sampleVariables } from './sample-variables';
import { shippedTemplate } from './shipped-templates';
import { allowedVariables, validateSource, validateTemplate } from './template-variables';

const allowed = allowedVariables('approval_request');
const check = (source: string) => validateSource(source, allowed);

describe('template validation', () => {
  it('accepts the mail’s variables, the layout’s, and #if / #unless / #each / else over them', () => {
    expect(check('{{recipient.name}} {{city}} {{appUrl}}')).toBeNull();
    expect(check('{{#if comment}}{{comment}}{{else}}–{{/if}}{{#unless dataset}}x{{/unless}}')).toBeNull();
    expect(check('{{#each comment}}{{this}} {{@index}} {{name}} {{../dataset.title}}{{/each}}')).toBeNull();
  });

  it('refuses a variable the mail does not provide, naming it', () => {
    expect(check('Hallo {{foo}}')).toBe('uses {{foo}}, which this mail does not provide');
    expect(check('{{dataset.owner}}')).toBe('uses {{dataset.owner}}, which this mail does not provide');
    expect(check('{{#if secret}}x{{/if}}')).toBe('uses {{secret}}, which this mail does not provide');
    expect(check('{{#each comment}}{{../password}}{{/each}}')).toMatch(/\{\{password\}\}/);
  });

  it('refuses the triple-stash and other unescaped output', () => {
    expect(check('{{{comment}}}')).toMatch(/unescaped HTML/);
    expect(check('{{& comment}}')).toMatch(/unescaped HTML/);
  });

  it('refuses helpers, partials and other blocks', () => {
    expect(check('{{lookup dataset "title"}}')).toMatch(/helper/);
    expect(check('{{> header}}')).toMatch(/partial/);
    expect(check('{{#with dataset}}{{title}}{{/with}}')).toMatch(/only #if, #unless and #each/);
  });

  it('refuses what does not compile, with the parser’s reason', () => {
    expect(check('{{#if comment}}open')).toMatch(/^does not compile: /);
    expect(check('{{recipient.name')).toMatch(/^does not compile: Parse error/);
    expect(check('{{#if comment}}x{{/unless}}')).toMatch(/^does not compile: /);
  });

  it('reports each part by its field', () => {
    expect(
      validateTemplate('task_due', { subject: '{{task.title}}', html: '{{{task.notes}}}', text: '{{x}}' }),
    ).toEqual([
      { field: 'html', message: expect.stringMatching(/unescaped/) },
      { field: 'text', message: 'uses {{x}}, which this mail does not provide' },
    ]);
  });
});

describe('the shipped templates', () => {
  const cases = MAIL_TEMPLATE_KEYS.flatMap((key) => LOCALES.map((locale) => [key, locale] as const));

  it.each(cases)('%s (%s) passes its own validation', (key, locale) => {
    expect(validateTemplate(key, shippedTemplate(key, locale))).toEqual([]);
  });

  it.each(cases)('%s (%s) renders its sample data without leftovers', (key, locale) => {
    const variables = sampleVariables(key, locale, 'https://datenlotse.example');
    for (const name of MAIL_TEMPLATE_VARIABLES[key]) {
      const value = name
        .split('.')
        .reduce<unknown>((v, part) => (v as Record<string, unknown>)?.[part], variables);
      expect([name, value]).toEqual([name, expect.anything()]);
    }
    const mail = renderMail(shippedTemplate(key, locale), variables, {
      city: 'Demostadt',
      appUrl: 'https://datenlotse.example',
      locale,
    });
    expect(mail.subject.length).toBeGreaterThan(10);
    for (const part of [mail.subject, mail.html, mail.text])
      expect(part).not.toMatch(/\{\{|\}\}|undefined|\[object/);
    const recipient = (variables['recipient'] as { name: string }).name;
    expect(mail.text).toContain(recipient);
    expect(mail.html).toContain(recipient);
  });
});

describe('a shipped greeting', () => {
  it('leaves out a missing recipient name instead of greeting ", "', () => {
    const layout = { city: 'Demostadt', appUrl: 'https://datenlotse.example', locale: 'de' as const };
    const mail = renderMail(shippedTemplate('delivery_due_soon', 'de'), { recipient: { name: '' } }, layout);
    expect(mail.text).toContain('Guten Tag,');
    const en = renderMail(shippedTemplate('delivery_due_soon', 'en'), {}, { ...layout, locale: 'en' });
    expect(en.text).toContain('Hello,');
  });
});
