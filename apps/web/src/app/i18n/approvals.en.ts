import { approvalsDe } from './approvals.de';

/** English texts of the approvals; the same keys as `approvalsDe` (checked by the compiler). */
export const approvalsEn: Record<keyof typeof approvalsDe, string> = {
  'approvals.nav': 'Approvals',
  'approvals.title': 'Approvals',
  'approvals.introHead': 'Datasets of your department waiting for your approval, and your earlier decisions.',
  'approvals.introTeam': 'Open approval requests to the department heads, the decided ones below.',
  'approvals.pending': 'Awaiting a decision',
  'approvals.pendingMine': 'Awaiting your decision',
  'approvals.decided': 'Decided',
  'approvals.nonePending': 'No open approval requests.',
  'approvals.noneDecided': 'No decided requests yet.',
  'approvals.requestedBy': 'Requested by {name} on {date}',
  'approvals.requestedAt': 'Requested on {date}',
  'approvals.approver': 'Approval by {name}',
  'approvals.expires': 'valid until {date}',
  'approvals.message': 'Message',
  'approvals.comment': 'Comment of the head',
  'approvals.department': 'Department',

  'approvals.status.pending': 'Open',
  'approvals.status.approved': 'Approved',
  'approvals.status.rejected': 'Rejected',
  'approvals.status.changes_requested': 'Changes requested',
  'approvals.status.expired': 'Expired',
  'approvals.status.withdrawn': 'Withdrawn',

  'approvals.via.app': 'in the app',
  'approvals.via.email_link': 'via the email link',

  'approvals.decision.approved': 'Approve',
  'approvals.decision.rejected': 'Reject',
  'approvals.decision.changes_requested': 'Request changes',
  'approvals.decided.line': '{status} by {name} on {date} {via}',
  'approvals.decided.lineNoName': '{status} on {date}',

  'approvals.decideTitle.approved': 'Approve “{title}”',
  'approvals.decideTitle.rejected': 'Reject “{title}”',
  'approvals.decideTitle.changes_requested': 'Request changes to “{title}”',
  'approvals.decideIntro.approved':
    'With your approval the open data team may publish the dataset. A note is optional.',
  'approvals.decideIntro.rejected':
    'The dataset will not be published. Please give the reason so that the team can understand it.',
  'approvals.decideIntro.changes_requested':
    'The team revises the dataset and asks again. Please describe what should change.',
  'approvals.commentLabel.approved': 'Note (optional)',
  'approvals.commentLabel.rejected': 'Reason for rejecting',
  'approvals.commentLabel.changes_requested': 'Changes wanted',
  'approvals.decided.toast.approved': '“{title}” is approved.',
  'approvals.decided.toast.rejected': '“{title}” is rejected.',
  'approvals.decided.toast.changes_requested': 'Changes to “{title}” are requested.',
  'approvals.alreadyDecided': 'This request has been decided meanwhile or is no longer open.',

  'approvals.withdraw': 'Withdraw',
  'approvals.withdrawRequest': 'Withdraw request',
  'approvals.withdrawTitle': 'Withdraw the request?',
  'approvals.withdrawText':
    'The approval request for “{title}” is withdrawn; the link in the email no longer works.',
  'approvals.withdrawn': 'The request for “{title}” is withdrawn.',

  'approvalBox.title': 'Approval by the department head',
  'approvalBox.none': 'No approval requested yet.',
  'approvalBox.noneReadOnly': 'The open data team has not requested an approval yet.',
  'approvalBox.request': 'Request approval',
  'approvalBox.pendingLine': 'Approval requested from {name} on {date}, valid until {until}.',
  'approvalBox.unknownApprover': 'the department head',
  'approvalBox.yourDecision': 'You are asked for the approval as head of the department.',
  'approvalBox.earlier': 'Requests so far',
  'approvalBox.granted': 'The approval has been given.',

  'approvalRequest.title': 'Request approval',
  'approvalRequest.intro':
    'The department head gets an email with a link to approve “{title}” without signing in.',
  'approvalRequest.approver': 'Approval by',
  'approvalRequest.approverHead': '{name} (head of department)',
  'approvalRequest.noEmail': '{name} (no email address)',
  'approvalRequest.noContacts':
    'This department has no contact person. Add the department head as a contact first.',
  'approvalRequest.message': 'Message to the department head (optional)',
  'approvalRequest.submit': 'Send request',
  'approvalRequest.sent': 'Approval requested from {name}.',

  'approvalRequest.conflict':
    'An approval has already been requested for this dataset, or it no longer awaits approval. Please reload the page.',

  'approvalLink.title': 'Approval of a dataset',
  'approvalLink.greeting': 'Hello {name},',
  'approvalLink.intro':
    'the open data team asks you to approve the following dataset of your department for publication.',
  'approvalLink.introBy':
    '{name} of the open data team asks you to approve the following dataset of your department for publication.',
  'approvalLink.messageFrom': 'Message from the team',
  'approvalLink.validUntil': 'This link is valid until {date}.',
  'approvalLink.metadata': 'About the dataset',
  'approvalLink.department': 'Department',
  'approvalLink.license': 'Licence',
  'approvalLink.attribution': 'Attribution',
  'approvalLink.formats': 'Formats',
  'approvalLink.periodicity': 'Updated',
  'approvalLink.personalData': 'Personal data',
  'approvalLink.personalDataYes': 'Yes',
  'approvalLink.personalDataNo': 'No',
  'approvalLink.notGiven': 'not given',
  'approvalLink.noDescription': 'No description given.',
  'approvalLink.objections': 'Concerns and how they ended',
  'approvalLink.noObjections': 'No concerns were recorded for this dataset.',
  'approvalLink.resolution': 'Outcome',
  'approvalLink.decide': 'Your decision',
  'approvalLink.decideHint': 'Please choose one of the three options.',
  'approvalLink.choice': 'Decision',
  'approvalLink.submit': 'Send decision',
  'approvalLink.chooseFirst': 'Please choose a decision first.',
  'approvalLink.doneTitle.approved': 'Thank you, the dataset is approved',
  'approvalLink.doneTitle.rejected': 'Thank you, your rejection has been received',
  'approvalLink.doneTitle.changes_requested': 'Thank you, your change requests have been received',
  'approvalLink.doneText.approved':
    'The open data team will now publish “{title}”. There is nothing more to do; you may close this page.',
  'approvalLink.doneText.rejected':
    '“{title}” will not be published. The open data team has been told. You may close this page.',
  'approvalLink.doneText.changes_requested':
    'The open data team revises “{title}” and will ask you again. You may close this page.',
  'approvalLink.stateTitle.used': 'This request has already been decided',
  'approvalLink.stateText.used': 'This request has already been decided: {status}. Nothing more is needed.',
  'approvalLink.stateTitle.expired': 'This link has expired',
  'approvalLink.stateText.expired':
    'The link was valid until {date}. If you still want to approve the dataset, the open data team will gladly ask you again.',
  'approvalLink.stateTitle.withdrawn': 'This request was withdrawn',
  'approvalLink.stateText.withdrawn':
    'The open data team withdrew the request, for example because the dataset is still being revised. There is nothing to do.',
  'approvalLink.stateTitle.invalid': 'This link is not valid',
  'approvalLink.stateText.invalid':
    'We could not find an approval request for this link. Perhaps it was copied incompletely.',
  'approvalLink.contactTeam':
    'If you have questions, please contact the open data team of your administration.',
  'approvalLink.datasetLine': 'Dataset: {title}',
};
