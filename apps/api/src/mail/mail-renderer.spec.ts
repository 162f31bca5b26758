import { normaliseAddress, oneLine, renderMail } from './mail-renderer';

const layout = { city: 'Demostadt <am> Rhein', appUrl: 'https://datenlotse.example', locale: 'de' as const };

describe('renderMail', () => {
  const template = {
    subject: 'Neu: {{dataset.title}}',
    html: '<p>{{dataset.title}}</p>',
    text: 'Titel: {{dataset.title}}',
  };

  it('escapes a variable in the html part, so a title cannot inject a script', () => {
    const mail = renderMail(template, { dataset: { title: '<script>alert("x")</script>' } }, layout);
    expect(mail.html).toContain('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>');
    expect(mail.html).not.toContain('<script>');
  });

  it('keeps the text part and the subject as plain text, not HTML-escaped', () => {
    const mail = renderMail(template, { dataset: { title: 'Bäume & Sträucher <2026>' } }, layout);
    expect(mail.text).toContain('Titel: Bäume & Sträucher <2026>');
    expect(mail.subject).toBe('Neu: Bäume & Sträucher <2026>');
  });

  it('puts the subject on one line, whatever a variable contains (no header injection)', () => {
    const mail = renderMail(template, { dataset: { title: 'A\r\nBcc: all@example.org\nB' } }, layout);
    expect(mail.subject).toBe('Neu: A Bcc: all@example.org B');
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('wraps both parts in the layout: the city (escaped) above, the footer in the language below', () => {
    const mail = renderMail(template, { dataset: { title: 'Sirenen' } }, layout);
    expect(mail.html).toContain('Demostadt &lt;am&gt; Rhein');
    expect(mail.html).toContain('Diese Nachricht wurde von Datenlotse');
    expect(mail.text.startsWith('Demostadt <am> Rhein\n')).toBe(true);
    const en = renderMail(template, { dataset: { title: 'Sirens' } }, { ...layout, locale: 'en' });
    expect(en.text).toContain('This message was sent by Datenlotse');
    expect(en.html).toContain('lang="en"');
  });

  it('gives every template the city and the app address', () => {
    const mail = renderMail(
      { subject: '{{city}}', html: '<a href="{{appUrl}}">x</a>', text: '{{appUrl}}' },
      {},
      layout,
    );
    expect(mail.subject).toBe('Demostadt <am> Rhein');
    expect(mail.html).toContain('<a href="https://datenlotse.example">x</a>');
  });
});

describe('oneLine', () => {
  it('turns line breaks into single spaces', () => expect(oneLine(' a\r\n\r\nb \u2028 c ')).toBe('a b c'));
});

describe('normaliseAddress', () => {
  it('lower-cases and trims a usable address', () =>
    expect(normaliseAddress(' Anna.Beispiel@Stadt.Example ')).toBe('anna.beispiel@stadt.example'));

  it.each([
    '',
    'no at sign',
    'a@b',
    'a b@stadt.example',
    'x@stadt.example\r\nBcc: y@z.example',
    '<a@b.example>',
  ])('refuses %j', (address) => expect(normaliseAddress(address)).toBeNull());
});
