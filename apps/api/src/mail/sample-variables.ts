import { Locale, MailTemplateKey } from '@datenlotse/contracts';

/**
 * Realistic values for the preview of each mail, so that an admin sees the mail as a recipient would
 * (the layout adds the real city and app address). Every variable of MAIL_TEMPLATE_VARIABLES is filled.
 */
export function sampleVariables(
  key: MailTemplateKey,
  locale: Locale,
  appUrl: string,
): Record<string, unknown> {
  const de = locale === 'de';
  const dataset = {
    title: de ? 'Standorte der Sirenen' : 'Siren locations',
    description: de
      ? 'Die Standorte aller Warnsirenen im Stadtgebiet mit Typ und Reichweite.'
      : 'The locations of all warning sirens in the city with their type and range.',
    url: `${appUrl}/datasets/3f2a9c1e-5b7d-4e8f-9a01-2c3d4e5f6a7b`,
  };
  const department = { name: de ? 'Feuerwehr und Rettungsdienst' : 'Fire and Rescue Service' };
  const recipient = { name: 'Maria Schneider' };
  const approvalUrl = `${appUrl}/approve/Xk3vQ9pL2mN8rT5w`;
  const expiresAt = de ? '12. Dezember 2026' : '12 December 2026';
  switch (key) {
    case 'delivery_due_soon':
      return {
        recipient,
        dataset,
        department,
        dueDate: de ? '2. Dezember 2026' : '2 December 2026',
        daysLeft: 3,
        method: de ? 'Upload ins Open-Data-Portal' : 'upload to the open data portal',
        format: 'CSV',
      };
    case 'delivery_overdue':
      return {
        recipient,
        dataset,
        department,
        dueDate: de ? '20. November 2026' : '20 November 2026',
        daysOverdue: 9,
        method: de ? 'E-Mail an das Open-Data-Team' : 'email to the open data team',
        format: 'GeoJSON',
        owner: { name: 'Jonas Weber' },
      };
    case 'task_due':
      return {
        recipient: { name: 'Jonas Weber' },
        task: {
          title: de
            ? 'Feuerwehr wegen der Sirenenstandorte anrufen'
            : 'Call the fire service about the siren locations',
          url: `${appUrl}/tasks`,
          notes: de
            ? 'Fragen, ob die Standorte ohne die Notstromversorgung veröffentlicht werden können.'
            : 'Ask whether the locations can be published without the emergency power supply.',
        },
        dueDate: de ? '1. Dezember 2026' : '1 December 2026',
        overdue: false,
      };
    case 'approval_request':
      return {
        recipient,
        requester: { name: 'Jonas Weber' },
        dataset,
        department,
        approvalUrl,
        expiresAt,
        comment: de
          ? 'Die Bedenken zur kritischen Infrastruktur haben wir mit Ihrem Team geklärt.'
          : 'We have settled the concerns about critical infrastructure with your team.',
      };
    case 'approval_decided':
      return {
        recipient: { name: 'Jonas Weber' },
        approver: { name: 'Maria Schneider' },
        dataset,
        decision: de ? 'freigegeben' : 'approved',
        comment: de ? 'Gerne, bitte mit Quellenangabe.' : 'Gladly, please credit the source.',
      };
    case 'approval_reminder':
      return {
        recipient,
        requester: { name: 'Jonas Weber' },
        dataset,
        department,
        approvalUrl,
        expiresAt,
        daysPending: 7,
      };
    case 'interview_invitation':
      return {
        recipient,
        department,
        scheduledAt: de ? 'Dienstag, 8. Dezember 2026, 10:00 Uhr' : 'Tuesday, 8 December 2026, 10:00',
        place: de ? 'Rathaus, Raum 2.14' : 'Town hall, room 2.14',
        interviewers: 'Jonas Weber, Lea Hoffmann',
        agenda: de
          ? 'Welche Daten gibt es? Was kann veröffentlicht werden? Wer liefert wie oft?'
          : 'What data is there? What can be published? Who delivers how often?',
      };
    case 'interview_protocol':
      return {
        recipient,
        department,
        conductedAt: de ? '8. Dezember 2026' : '8 December 2026',
        protocolUrl: `${appUrl}/departments/7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f`,
        summary: de
          ? 'Sirenenstandorte und Hydranten können veröffentlicht werden; die Einsatzstatistik folgt nach Rücksprache.'
          : 'Siren locations and hydrants can be published; the call-out statistics follow after consultation.',
      };
  }
}
