/** German texts of the approvals: the request on the dataset page, "Freigaben", and the page of the mail link. */
export const approvalsDe = {
  'approvals.nav': 'Freigaben',
  'approvals.title': 'Freigaben',
  'approvals.introHead':
    'Datensätze Ihres Amtes, die auf Ihre Freigabe warten, und Ihre bisherigen Entscheidungen.',
  'approvals.introTeam': 'Offene Freigabeanfragen an die Amtsleitungen und die entschiedenen darunter.',
  'approvals.pending': 'Warten auf Entscheidung',
  'approvals.pendingMine': 'Warten auf Ihre Entscheidung',
  'approvals.decided': 'Entschieden',
  'approvals.nonePending': 'Keine offenen Freigabeanfragen.',
  'approvals.noneDecided': 'Noch keine entschiedenen Anfragen.',
  'approvals.requestedBy': 'Angefragt von {name} am {date}',
  'approvals.requestedAt': 'Angefragt am {date}',
  'approvals.approver': 'Freigabe durch {name}',
  'approvals.expires': 'gültig bis {date}',
  'approvals.message': 'Nachricht',
  'approvals.comment': 'Anmerkung der Amtsleitung',
  'approvals.department': 'Amt',

  'approvals.status.pending': 'Offen',
  'approvals.status.approved': 'Freigegeben',
  'approvals.status.rejected': 'Abgelehnt',
  'approvals.status.changes_requested': 'Änderungen angefordert',
  'approvals.status.expired': 'Abgelaufen',
  'approvals.status.withdrawn': 'Zurückgezogen',

  'approvals.via.app': 'in der App',
  'approvals.via.email_link': 'über den E-Mail-Link',

  'approvals.decision.approved': 'Freigeben',
  'approvals.decision.rejected': 'Ablehnen',
  'approvals.decision.changes_requested': 'Änderungen anfordern',
  'approvals.decided.line': '{status} von {name} am {date} {via}',
  'approvals.decided.lineNoName': '{status} am {date}',

  'approvals.decideTitle.approved': '„{title}“ freigeben',
  'approvals.decideTitle.rejected': '„{title}“ ablehnen',
  'approvals.decideTitle.changes_requested': 'Änderungen an „{title}“ anfordern',
  'approvals.decideIntro.approved':
    'Mit der Freigabe darf das Open-Data-Team den Datensatz veröffentlichen. Eine Anmerkung ist freiwillig.',
  'approvals.decideIntro.rejected':
    'Der Datensatz wird nicht veröffentlicht. Bitte nennen Sie den Grund, damit das Team ihn nachvollziehen kann.',
  'approvals.decideIntro.changes_requested':
    'Das Team überarbeitet den Datensatz und fragt erneut an. Bitte beschreiben Sie, was sich ändern soll.',
  'approvals.commentLabel.approved': 'Anmerkung (freiwillig)',
  'approvals.commentLabel.rejected': 'Grund der Ablehnung',
  'approvals.commentLabel.changes_requested': 'Gewünschte Änderungen',
  'approvals.decided.toast.approved': '„{title}“ ist freigegeben.',
  'approvals.decided.toast.rejected': '„{title}“ ist abgelehnt.',
  'approvals.decided.toast.changes_requested': 'Änderungen an „{title}“ sind angefordert.',
  'approvals.alreadyDecided': 'Diese Anfrage ist inzwischen entschieden oder nicht mehr offen.',

  'approvals.withdraw': 'Zurückziehen',
  'approvals.withdrawRequest': 'Anfrage zurückziehen',
  'approvals.withdrawTitle': 'Anfrage zurückziehen?',
  'approvals.withdrawText':
    'Die Freigabeanfrage für „{title}“ wird zurückgezogen; der Link in der E-Mail gilt dann nicht mehr.',
  'approvals.withdrawn': 'Die Anfrage für „{title}“ ist zurückgezogen.',

  'approvalBox.title': 'Freigabe durch die Amtsleitung',
  'approvalBox.none': 'Noch keine Freigabe angefragt.',
  'approvalBox.noneReadOnly': 'Das Open-Data-Team hat noch keine Freigabe angefragt.',
  'approvalBox.request': 'Freigabe anfordern',
  'approvalBox.pendingLine': 'Freigabe angefragt bei {name} am {date}, gültig bis {until}.',
  'approvalBox.unknownApprover': 'der Amtsleitung',
  'approvalBox.yourDecision': 'Sie sind als Amtsleitung um die Freigabe gebeten.',
  'approvalBox.earlier': 'Bisherige Anfragen',
  'approvalBox.granted': 'Die Freigabe liegt vor.',

  'approvalRequest.title': 'Freigabe anfordern',
  'approvalRequest.intro':
    'Die Amtsleitung erhält eine E-Mail mit einem Link, über den sie „{title}“ ohne Anmeldung freigeben kann.',
  'approvalRequest.approver': 'Freigabe durch',
  'approvalRequest.approverHead': '{name} (Amtsleitung)',
  'approvalRequest.noEmail': '{name} (keine E-Mail-Adresse)',
  'approvalRequest.noContacts':
    'Für dieses Amt ist keine Kontaktperson hinterlegt. Legen Sie die Amtsleitung zuerst als Kontakt an.',
  'approvalRequest.message': 'Nachricht an die Amtsleitung (freiwillig)',
  'approvalRequest.submit': 'Anfrage senden',
  'approvalRequest.sent': 'Die Freigabe ist bei {name} angefragt.',

  'approvalRequest.conflict':
    'Für diesen Datensatz ist schon eine Freigabe angefragt, oder er wartet nicht mehr auf die Freigabe. Bitte laden Sie die Seite neu.',

  'approvalLink.title': 'Freigabe eines Datensatzes',
  'approvalLink.greeting': 'Guten Tag {name},',
  'approvalLink.intro':
    'das Open-Data-Team bittet Sie, den folgenden Datensatz Ihres Amtes für die Veröffentlichung freizugeben.',
  'approvalLink.introBy':
    '{name} vom Open-Data-Team bittet Sie, den folgenden Datensatz Ihres Amtes für die Veröffentlichung freizugeben.',
  'approvalLink.messageFrom': 'Nachricht des Teams',
  'approvalLink.validUntil': 'Dieser Link gilt bis {date}.',
  'approvalLink.metadata': 'Angaben zum Datensatz',
  'approvalLink.department': 'Amt',
  'approvalLink.license': 'Lizenz',
  'approvalLink.attribution': 'Namensnennung',
  'approvalLink.formats': 'Formate',
  'approvalLink.periodicity': 'Aktualisierung',
  'approvalLink.personalData': 'Personenbezogene Daten',
  'approvalLink.personalDataYes': 'Ja',
  'approvalLink.personalDataNo': 'Nein',
  'approvalLink.notGiven': 'nicht angegeben',
  'approvalLink.noDescription': 'Keine Beschreibung hinterlegt.',
  'approvalLink.objections': 'Bedenken und wie sie ausgegangen sind',
  'approvalLink.noObjections': 'Zu diesem Datensatz wurden keine Bedenken erfasst.',
  'approvalLink.resolution': 'Ergebnis',
  'approvalLink.decide': 'Ihre Entscheidung',
  'approvalLink.decideHint': 'Bitte wählen Sie eine der drei Möglichkeiten.',
  'approvalLink.choice': 'Entscheidung',
  'approvalLink.submit': 'Entscheidung absenden',
  'approvalLink.chooseFirst': 'Bitte wählen Sie zuerst eine Entscheidung.',
  'approvalLink.doneTitle.approved': 'Vielen Dank, der Datensatz ist freigegeben',
  'approvalLink.doneTitle.rejected': 'Vielen Dank, Ihre Ablehnung ist eingegangen',
  'approvalLink.doneTitle.changes_requested': 'Vielen Dank, Ihre Änderungswünsche sind eingegangen',
  'approvalLink.doneText.approved':
    'Das Open-Data-Team wird „{title}“ nun veröffentlichen. Sie müssen nichts weiter tun und können diese Seite schließen.',
  'approvalLink.doneText.rejected':
    '„{title}“ wird nicht veröffentlicht. Das Open-Data-Team ist informiert. Sie können diese Seite schließen.',
  'approvalLink.doneText.changes_requested':
    'Das Open-Data-Team überarbeitet „{title}“ und meldet sich erneut bei Ihnen. Sie können diese Seite schließen.',
  'approvalLink.stateTitle.used': 'Diese Anfrage ist bereits entschieden',
  'approvalLink.stateText.used':
    'Über diese Anfrage ist schon entschieden: {status}. Eine weitere Entscheidung ist nicht nötig.',
  'approvalLink.stateTitle.expired': 'Dieser Link ist abgelaufen',
  'approvalLink.stateText.expired':
    'Der Link war bis {date} gültig. Wenn Sie den Datensatz noch freigeben möchten, bittet das Open-Data-Team Sie gern erneut.',
  'approvalLink.stateTitle.withdrawn': 'Diese Anfrage wurde zurückgezogen',
  'approvalLink.stateText.withdrawn':
    'Das Open-Data-Team hat die Anfrage zurückgezogen, zum Beispiel weil der Datensatz noch überarbeitet wird. Sie müssen nichts tun.',
  'approvalLink.stateTitle.invalid': 'Dieser Link ist nicht gültig',
  'approvalLink.stateText.invalid':
    'Wir konnten zu diesem Link keine Freigabeanfrage finden. Vielleicht ist er unvollständig kopiert worden.',
  'approvalLink.contactTeam': 'Bei Fragen wenden Sie sich bitte an das Open-Data-Team Ihrer Verwaltung.',
  'approvalLink.datasetLine': 'Datensatz: {title}',
} as const;
