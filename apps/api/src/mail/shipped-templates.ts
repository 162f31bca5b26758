import { Locale, MailTemplateKey } from '@datenlotse/contracts';
import { MailTemplateParts } from './mail-renderer';

/*
 * The mails as shipped, in German and English. The variables are display-ready (the caller formats them in
 * the recipient's language): dates as text ("15. März 2026"), `decision` as words ("freigegeben"),
 * `interviewers` as one line of names, `overdue` a boolean; a missing recipient name greets without it.
 * Free text (notes, comment, agenda, summary) may span lines: the html keeps its line breaks with
 * `white-space: pre-line`. The layout adds the city's header and a footer.
 */

const button = (url: string, label: string): string =>
  `<p style="margin:24px 0;"><a href="{{${url}}}" style="display:inline-block;padding:12px 22px;background:#00507a;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold;">${label}</a></p>`;

const SHIPPED: Record<MailTemplateKey, Record<Locale, MailTemplateParts>> = {
  delivery_due_soon: {
    de: {
      subject: 'Datenlieferung bald fällig: {{dataset.title}}',
      html: `<p>Guten Tag{{#if recipient.name}} {{recipient.name}}{{/if}},</p>
<p>die nächste Lieferung des Datensatzes <strong>{{dataset.title}}</strong> ({{department.name}}) ist am <strong>{{dueDate}}</strong> fällig – in {{daysLeft}} Tagen.</p>
<p>Vereinbart ist: {{method}}{{#if format}}, Format {{format}}{{/if}}.</p>
${button('dataset.url', 'Datensatz ansehen')}
<p>Vielen Dank für Ihre Unterstützung!<br>Ihr Open-Data-Team {{city}}</p>`,
      text: `Guten Tag{{#if recipient.name}} {{recipient.name}}{{/if}},

die nächste Lieferung des Datensatzes "{{dataset.title}}" ({{department.name}}) ist am {{dueDate}} fällig – in {{daysLeft}} Tagen.

Vereinbart ist: {{method}}{{#if format}}, Format {{format}}{{/if}}.

Datensatz ansehen: {{dataset.url}}

Vielen Dank für Ihre Unterstützung!
Ihr Open-Data-Team {{city}}`,
    },
    en: {
      subject: 'Data delivery due soon: {{dataset.title}}',
      html: `<p>{{#if recipient.name}}Dear {{recipient.name}}{{else}}Hello{{/if}},</p>
<p>the next delivery of the dataset <strong>{{dataset.title}}</strong> ({{department.name}}) is due on <strong>{{dueDate}}</strong>, in {{daysLeft}} days.</p>
<p>As agreed: {{method}}{{#if format}}, format {{format}}{{/if}}.</p>
${button('dataset.url', 'View the dataset')}
<p>Thank you for your support!<br>The open data team of {{city}}</p>`,
      text: `{{#if recipient.name}}Dear {{recipient.name}}{{else}}Hello{{/if}},

the next delivery of the dataset "{{dataset.title}}" ({{department.name}}) is due on {{dueDate}}, in {{daysLeft}} days.

As agreed: {{method}}{{#if format}}, format {{format}}{{/if}}.

View the dataset: {{dataset.url}}

Thank you for your support!
The open data team of {{city}}`,
    },
  },
  delivery_overdue: {
    de: {
      subject: 'Datenlieferung überfällig: {{dataset.title}}',
      html: `<p>Guten Tag{{#if recipient.name}} {{recipient.name}}{{/if}},</p>
<p>die Lieferung des Datensatzes <strong>{{dataset.title}}</strong> ({{department.name}}) war am <strong>{{dueDate}}</strong> fällig und ist seit {{daysOverdue}} Tagen überfällig.</p>
<p>Vereinbart ist: {{method}}{{#if format}}, Format {{format}}{{/if}}. Falls die Daten schon unterwegs sind, betrachten Sie diese Nachricht bitte als gegenstandslos.</p>
${button('dataset.url', 'Datensatz ansehen')}
<p>Bei Fragen hilft Ihnen {{#if owner.name}}{{owner.name}}{{else}}das Open-Data-Team{{/if}} gerne weiter.</p>
<p>Freundliche Grüße<br>Ihr Open-Data-Team {{city}}</p>`,
      text: `Guten Tag{{#if recipient.name}} {{recipient.name}}{{/if}},

die Lieferung des Datensatzes "{{dataset.title}}" ({{department.name}}) war am {{dueDate}} fällig und ist seit {{daysOverdue}} Tagen überfällig.

Vereinbart ist: {{method}}{{#if format}}, Format {{format}}{{/if}}. Falls die Daten schon unterwegs sind, betrachten Sie diese Nachricht bitte als gegenstandslos.

Datensatz ansehen: {{dataset.url}}

Bei Fragen hilft Ihnen {{#if owner.name}}{{owner.name}}{{else}}das Open-Data-Team{{/if}} gerne weiter.

Freundliche Grüße
Ihr Open-Data-Team {{city}}`,
    },
    en: {
      subject: 'Data delivery overdue: {{dataset.title}}',
      html: `<p>{{#if recipient.name}}Dear {{recipient.name}}{{else}}Hello{{/if}},</p>
<p>the delivery of the dataset <strong>{{dataset.title}}</strong> ({{department.name}}) was due on <strong>{{dueDate}}</strong> and is {{daysOverdue}} days overdue.</p>
<p>As agreed: {{method}}{{#if format}}, format {{format}}{{/if}}. If the data is already on its way, please disregard this message.</p>
${button('dataset.url', 'View the dataset')}
<p>If you have any questions, {{#if owner.name}}{{owner.name}}{{else}}the open data team{{/if}} will be glad to help.</p>
<p>Kind regards<br>The open data team of {{city}}</p>`,
      text: `{{#if recipient.name}}Dear {{recipient.name}}{{else}}Hello{{/if}},

the delivery of the dataset "{{dataset.title}}" ({{department.name}}) was due on {{dueDate}} and is {{daysOverdue}} days overdue.

As agreed: {{method}}{{#if format}}, format {{format}}{{/if}}. If the data is already on its way, please disregard this message.

View the dataset: {{dataset.url}}

If you have any questions, {{#if owner.name}}{{owner.name}}{{else}}the open data team{{/if}} will be glad to help.

Kind regards
The open data team of {{city}}`,
    },
  },
  task_due: {
    de: {
      subject: '{{#if overdue}}Aufgabe überfällig{{else}}Aufgabe fällig{{/if}}: {{task.title}}',
      html: `<p>Hallo{{#if recipient.name}} {{recipient.name}}{{/if}},</p>
<p>{{#if overdue}}die Aufgabe <strong>{{task.title}}</strong> war am {{dueDate}} fällig und ist noch offen.{{else}}die Aufgabe <strong>{{task.title}}</strong> ist am {{dueDate}} fällig.{{/if}}</p>
{{#if task.notes}}<p style="white-space:pre-line;padding:10px 14px;background:#f4f5f7;border-left:3px solid #00507a;">{{task.notes}}</p>{{/if}}
${button('task.url', 'Aufgabe öffnen')}`,
      text: `Hallo{{#if recipient.name}} {{recipient.name}}{{/if}},

{{#if overdue}}die Aufgabe "{{task.title}}" war am {{dueDate}} fällig und ist noch offen.{{else}}die Aufgabe "{{task.title}}" ist am {{dueDate}} fällig.{{/if}}
{{#if task.notes}}
Notizen: {{task.notes}}
{{/if}}
Aufgabe öffnen: {{task.url}}`,
    },
    en: {
      subject: '{{#if overdue}}Task overdue{{else}}Task due{{/if}}: {{task.title}}',
      html: `<p>Hello{{#if recipient.name}} {{recipient.name}}{{/if}},</p>
<p>{{#if overdue}}the task <strong>{{task.title}}</strong> was due on {{dueDate}} and is still open.{{else}}the task <strong>{{task.title}}</strong> is due on {{dueDate}}.{{/if}}</p>
{{#if task.notes}}<p style="white-space:pre-line;padding:10px 14px;background:#f4f5f7;border-left:3px solid #00507a;">{{task.notes}}</p>{{/if}}
${button('task.url', 'Open the task')}`,
      text: `Hello{{#if recipient.name}} {{recipient.name}}{{/if}},

{{#if overdue}}the task "{{task.title}}" was due on {{dueDate}} and is still open.{{else}}the task "{{task.title}}" is due on {{dueDate}}.{{/if}}
{{#if task.notes}}
Notes: {{task.notes}}
{{/if}}
Open the task: {{task.url}}`,
    },
  },
  approval_request: {
    de: {
      subject: 'Bitte um Freigabe: {{dataset.title}}',
      html: `<p>Guten Tag{{#if recipient.name}} {{recipient.name}}{{/if}},</p>
<p>{{requester.name}} bittet Sie, die Veröffentlichung des Datensatzes <strong>{{dataset.title}}</strong> ({{department.name}}) als offene Daten freizugeben.</p>
{{#if dataset.description}}<p style="white-space:pre-line;">{{dataset.description}}</p>{{/if}}
{{#if comment}}<p style="white-space:pre-line;padding:10px 14px;background:#f4f5f7;border-left:3px solid #00507a;">{{comment}}</p>{{/if}}
<p>Über den folgenden Link können Sie freigeben, ablehnen oder Änderungen erbitten – eine Anmeldung ist nicht nötig.</p>
${button('approvalUrl', 'Freigabe prüfen')}
<p style="font-size:13px;color:#5b6470;">Der Link ist bis zum {{expiresAt}} gültig und nur für Sie bestimmt. Bitte leiten Sie diese Nachricht nicht weiter.</p>
<p>Freundliche Grüße<br>Ihr Open-Data-Team {{city}}</p>`,
      text: `Guten Tag{{#if recipient.name}} {{recipient.name}}{{/if}},

{{requester.name}} bittet Sie, die Veröffentlichung des Datensatzes "{{dataset.title}}" ({{department.name}}) als offene Daten freizugeben.
{{#if dataset.description}}
{{dataset.description}}
{{/if}}{{#if comment}}
Nachricht: {{comment}}
{{/if}}
Über diesen Link können Sie freigeben, ablehnen oder Änderungen erbitten – eine Anmeldung ist nicht nötig:
{{approvalUrl}}

Der Link ist bis zum {{expiresAt}} gültig und nur für Sie bestimmt. Bitte leiten Sie diese Nachricht nicht weiter.

Freundliche Grüße
Ihr Open-Data-Team {{city}}`,
    },
    en: {
      subject: 'Approval requested: {{dataset.title}}',
      html: `<p>{{#if recipient.name}}Dear {{recipient.name}}{{else}}Hello{{/if}},</p>
<p>{{requester.name}} asks you to approve the publication of the dataset <strong>{{dataset.title}}</strong> ({{department.name}}) as open data.</p>
{{#if dataset.description}}<p style="white-space:pre-line;">{{dataset.description}}</p>{{/if}}
{{#if comment}}<p style="white-space:pre-line;padding:10px 14px;background:#f4f5f7;border-left:3px solid #00507a;">{{comment}}</p>{{/if}}
<p>With the following link you can approve, reject or ask for changes; no sign-in is needed.</p>
${button('approvalUrl', 'Review the request')}
<p style="font-size:13px;color:#5b6470;">The link works until {{expiresAt}} and is meant for you alone. Please do not forward this message.</p>
<p>Kind regards<br>The open data team of {{city}}</p>`,
      text: `{{#if recipient.name}}Dear {{recipient.name}}{{else}}Hello{{/if}},

{{requester.name}} asks you to approve the publication of the dataset "{{dataset.title}}" ({{department.name}}) as open data.
{{#if dataset.description}}
{{dataset.description}}
{{/if}}{{#if comment}}
Message: {{comment}}
{{/if}}
With this link you can approve, reject or ask for changes; no sign-in is needed:
{{approvalUrl}}

The link works until {{expiresAt}} and is meant for you alone. Please do not forward this message.

Kind regards
The open data team of {{city}}`,
    },
  },
  approval_decided: {
    de: {
      subject: 'Freigabe entschieden: {{dataset.title}} – {{decision}}',
      html: `<p>Hallo{{#if recipient.name}} {{recipient.name}}{{/if}},</p>
<p>{{approver.name}} hat über die Freigabe des Datensatzes <strong>{{dataset.title}}</strong> entschieden: <strong>{{decision}}</strong>.</p>
{{#if comment}}<p style="white-space:pre-line;padding:10px 14px;background:#f4f5f7;border-left:3px solid #00507a;">{{comment}}</p>{{/if}}
${button('dataset.url', 'Datensatz öffnen')}`,
      text: `Hallo{{#if recipient.name}} {{recipient.name}}{{/if}},

{{approver.name}} hat über die Freigabe des Datensatzes "{{dataset.title}}" entschieden: {{decision}}.
{{#if comment}}
Kommentar: {{comment}}
{{/if}}
Datensatz öffnen: {{dataset.url}}`,
    },
    en: {
      subject: 'Approval decided: {{dataset.title}} – {{decision}}',
      html: `<p>Hello{{#if recipient.name}} {{recipient.name}}{{/if}},</p>
<p>{{approver.name}} has decided on the approval of the dataset <strong>{{dataset.title}}</strong>: <strong>{{decision}}</strong>.</p>
{{#if comment}}<p style="white-space:pre-line;padding:10px 14px;background:#f4f5f7;border-left:3px solid #00507a;">{{comment}}</p>{{/if}}
${button('dataset.url', 'Open the dataset')}`,
      text: `Hello{{#if recipient.name}} {{recipient.name}}{{/if}},

{{approver.name}} has decided on the approval of the dataset "{{dataset.title}}": {{decision}}.
{{#if comment}}
Comment: {{comment}}
{{/if}}
Open the dataset: {{dataset.url}}`,
    },
  },
  approval_reminder: {
    de: {
      subject: 'Erinnerung: Freigabe von {{dataset.title}} steht noch aus',
      html: `<p>Guten Tag{{#if recipient.name}} {{recipient.name}}{{/if}},</p>
<p>vor {{daysPending}} Tagen hat {{requester.name}} Sie um die Freigabe des Datensatzes <strong>{{dataset.title}}</strong> ({{department.name}}) gebeten. Ihre Entscheidung steht noch aus.</p>
${button('approvalUrl', 'Freigabe prüfen')}
<p style="font-size:13px;color:#5b6470;">Der Link ist bis zum {{expiresAt}} gültig und nur für Sie bestimmt.</p>
<p>Freundliche Grüße<br>Ihr Open-Data-Team {{city}}</p>`,
      text: `Guten Tag{{#if recipient.name}} {{recipient.name}}{{/if}},

vor {{daysPending}} Tagen hat {{requester.name}} Sie um die Freigabe des Datensatzes "{{dataset.title}}" ({{department.name}}) gebeten. Ihre Entscheidung steht noch aus.

Freigabe prüfen: {{approvalUrl}}

Der Link ist bis zum {{expiresAt}} gültig und nur für Sie bestimmt.

Freundliche Grüße
Ihr Open-Data-Team {{city}}`,
    },
    en: {
      subject: 'Reminder: approval of {{dataset.title}} is still pending',
      html: `<p>{{#if recipient.name}}Dear {{recipient.name}}{{else}}Hello{{/if}},</p>
<p>{{daysPending}} days ago {{requester.name}} asked you to approve the dataset <strong>{{dataset.title}}</strong> ({{department.name}}). Your decision is still pending.</p>
${button('approvalUrl', 'Review the request')}
<p style="font-size:13px;color:#5b6470;">The link works until {{expiresAt}} and is meant for you alone.</p>
<p>Kind regards<br>The open data team of {{city}}</p>`,
      text: `{{#if recipient.name}}Dear {{recipient.name}}{{else}}Hello{{/if}},

{{daysPending}} days ago {{requester.name}} asked you to approve the dataset "{{dataset.title}}" ({{department.name}}). Your decision is still pending.

Review the request: {{approvalUrl}}

The link works until {{expiresAt}} and is meant for you alone.

Kind regards
The open data team of {{city}}`,
    },
  },
  interview_invitation: {
    de: {
      subject: 'Einladung zum Datengespräch: {{department.name}}, {{scheduledAt}}',
      html: `<p>Guten Tag{{#if recipient.name}} {{recipient.name}}{{/if}},</p>
<p>wir laden Sie herzlich zu einem Gespräch über die Daten von <strong>{{department.name}}</strong> ein: Welche Daten gibt es, welche könnten als offene Daten veröffentlicht werden, und was brauchen Sie dafür?</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:12px 0;">
<tr><td style="padding:2px 12px 2px 0;color:#5b6470;">Termin</td><td>{{scheduledAt}}</td></tr>
{{#if place}}<tr><td style="padding:2px 12px 2px 0;color:#5b6470;">Ort</td><td>{{place}}</td></tr>{{/if}}
{{#if interviewers}}<tr><td style="padding:2px 12px 2px 0;color:#5b6470;">Gesprächspartner</td><td>{{interviewers}}</td></tr>{{/if}}
</table>
{{#if agenda}}<p><strong>Themen</strong></p>
<p style="white-space:pre-line;">{{agenda}}</p>{{/if}}
<p>Den Termin finden Sie im Anhang zum Eintragen in Ihren Kalender.</p>
<p>Freundliche Grüße<br>Ihr Open-Data-Team {{city}}</p>`,
      text: `Guten Tag{{#if recipient.name}} {{recipient.name}}{{/if}},

wir laden Sie herzlich zu einem Gespräch über die Daten von {{department.name}} ein: Welche Daten gibt es, welche könnten als offene Daten veröffentlicht werden, und was brauchen Sie dafür?

Termin: {{scheduledAt}}
{{#if place}}Ort: {{place}}
{{/if}}{{#if interviewers}}Gesprächspartner: {{interviewers}}
{{/if}}{{#if agenda}}
Themen:
{{agenda}}
{{/if}}
Den Termin finden Sie im Anhang zum Eintragen in Ihren Kalender.

Freundliche Grüße
Ihr Open-Data-Team {{city}}`,
    },
    en: {
      subject: 'Invitation to a data interview: {{department.name}}, {{scheduledAt}}',
      html: `<p>{{#if recipient.name}}Dear {{recipient.name}}{{else}}Hello{{/if}},</p>
<p>we would like to invite you to a conversation about the data of <strong>{{department.name}}</strong>: what data there is, what could be published as open data, and what you would need for that.</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:12px 0;">
<tr><td style="padding:2px 12px 2px 0;color:#5b6470;">When</td><td>{{scheduledAt}}</td></tr>
{{#if place}}<tr><td style="padding:2px 12px 2px 0;color:#5b6470;">Where</td><td>{{place}}</td></tr>{{/if}}
{{#if interviewers}}<tr><td style="padding:2px 12px 2px 0;color:#5b6470;">With</td><td>{{interviewers}}</td></tr>{{/if}}
</table>
{{#if agenda}}<p><strong>Topics</strong></p>
<p style="white-space:pre-line;">{{agenda}}</p>{{/if}}
<p>The appointment is attached for your calendar.</p>
<p>Kind regards<br>The open data team of {{city}}</p>`,
      text: `{{#if recipient.name}}Dear {{recipient.name}}{{else}}Hello{{/if}},

we would like to invite you to a conversation about the data of {{department.name}}: what data there is, what could be published as open data, and what you would need for that.

When: {{scheduledAt}}
{{#if place}}Where: {{place}}
{{/if}}{{#if interviewers}}With: {{interviewers}}
{{/if}}{{#if agenda}}
Topics:
{{agenda}}
{{/if}}
The appointment is attached for your calendar.

Kind regards
The open data team of {{city}}`,
    },
  },
  interview_protocol: {
    de: {
      subject: 'Protokoll unseres Datengesprächs vom {{conductedAt}}',
      html: `<p>Guten Tag{{#if recipient.name}} {{recipient.name}}{{/if}},</p>
<p>vielen Dank für das Gespräch über die Daten von <strong>{{department.name}}</strong> am {{conductedAt}}.</p>
{{#if summary}}<p><strong>Zusammenfassung</strong></p>
<p style="white-space:pre-line;">{{summary}}</p>{{/if}}
${button('protocolUrl', 'Protokoll lesen')}
<p>Wenn Sie Ergänzungen oder Korrekturen haben, antworten Sie einfach auf diese Nachricht.</p>
<p>Freundliche Grüße<br>Ihr Open-Data-Team {{city}}</p>`,
      text: `Guten Tag{{#if recipient.name}} {{recipient.name}}{{/if}},

vielen Dank für das Gespräch über die Daten von {{department.name}} am {{conductedAt}}.
{{#if summary}}
Zusammenfassung:
{{summary}}
{{/if}}
Protokoll lesen: {{protocolUrl}}

Wenn Sie Ergänzungen oder Korrekturen haben, antworten Sie einfach auf diese Nachricht.

Freundliche Grüße
Ihr Open-Data-Team {{city}}`,
    },
    en: {
      subject: 'Minutes of our data interview on {{conductedAt}}',
      html: `<p>{{#if recipient.name}}Dear {{recipient.name}}{{else}}Hello{{/if}},</p>
<p>thank you for the conversation about the data of <strong>{{department.name}}</strong> on {{conductedAt}}.</p>
{{#if summary}}<p><strong>Summary</strong></p>
<p style="white-space:pre-line;">{{summary}}</p>{{/if}}
${button('protocolUrl', 'Read the minutes')}
<p>If you have additions or corrections, simply reply to this message.</p>
<p>Kind regards<br>The open data team of {{city}}</p>`,
      text: `{{#if recipient.name}}Dear {{recipient.name}}{{else}}Hello{{/if}},

thank you for the conversation about the data of {{department.name}} on {{conductedAt}}.
{{#if summary}}
Summary:
{{summary}}
{{/if}}
Read the minutes: {{protocolUrl}}

If you have additions or corrections, simply reply to this message.

Kind regards
The open data team of {{city}}`,
    },
  },
};

/** The shipped text of a mail in a language. */
export function shippedTemplate(key: MailTemplateKey, locale: Locale): MailTemplateParts {
  return SHIPPED[key][locale];
}
