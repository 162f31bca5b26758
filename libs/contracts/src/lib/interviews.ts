import { Page } from './departments';
import { NamedRef } from './interactions';
import { AnswerValue, QuestionnaireDefinition, QuestionType } from './questionnaires';

export const INTERVIEW_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

/** One stored answer; `version` counts its saves, so that two interviewers cannot overwrite each other. */
export interface InterviewAnswerDto {
  questionKey: string;
  value: AnswerValue;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
}

/** The free notes next to a part of the interview. */
export interface InterviewNoteDto {
  sectionKey: string;
  body: string;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
}

/** Records an interview made when it was completed; re-completing updates them. */
export const INTERVIEW_OUTCOME_KINDS = ['dataset', 'objection', 'agreement', 'task', 'interaction'] as const;
export type InterviewOutcomeKind = (typeof INTERVIEW_OUTCOME_KINDS)[number];

export interface InterviewOutcomeDto {
  kind: InterviewOutcomeKind;
  /** The dataset's or objection's row id in the answer, `follow_up`/`release`/`next_steps` for tasks. */
  sourceKey: string;
  entityId: string;
  /** A readable name of the record: the dataset's title, the task's title, … */
  label: string | null;
}

export interface InterviewSummaryDto {
  id: string;
  departmentId: string;
  departmentName: string;
  status: InterviewStatus;
  scheduledAt: string;
  durationMinutes: number;
  location: string | null;
  videoUrl: string | null;
  interviewers: NamedRef[];
  invitees: NamedRef[];
  templateName: string;
  templateVersionNumber: number;
  startedAt: string | null;
  completedAt: string | null;
  version: number;
}

export interface InterviewDto extends InterviewSummaryDto {
  templateVersionId: string;
  /** The questions this interview is run with (its version's, never a newer one). */
  definition: QuestionnaireDefinition;
  answers: InterviewAnswerDto[];
  notes: InterviewNoteDto[];
  invitationSentAt: string | null;
  cancelReason: string | null;
  outcomes: InterviewOutcomeDto[];
  /** How often it was completed: re-completing after edits updates the records. */
  completionCount: number;
}

export interface CreateInterviewRequest {
  departmentId: string;
  /** Omitted: the newest published version of the default questionnaire. */
  templateVersionId?: string;
  scheduledAt: string;
  durationMinutes?: number;
  location?: string | null;
  videoUrl?: string | null;
  interviewerUserIds?: string[];
  inviteeContactIds?: string[];
}

export interface UpdateInterviewRequest extends Partial<Omit<CreateInterviewRequest, 'departmentId'>> {
  version: number;
}

export interface CancelInterviewRequest {
  version: number;
  reason: string;
}

/** Sends (or sends again) the invitation mail with an ICS attachment to the invited contacts. */
export interface SendInterviewInvitationRequest {
  /** A few words of agenda for the mail; the three parts are listed when omitted. */
  agenda?: string | null;
}

/** `PUT /interviews/:id/answers/:key`: `version` is the answer's version the client saw (0 for a new one). */
export interface SaveInterviewAnswerRequest {
  value: AnswerValue;
  version: number;
}

/** The body of a 409 for an answer someone else changed meanwhile: their value, to show beside one's own. */
export interface InterviewAnswerConflict {
  statusCode: 409;
  error: string;
  message: string;
  current: InterviewAnswerDto;
}

export interface SaveInterviewNoteRequest {
  body: string;
  version: number;
}

export interface InterviewNoteConflict {
  statusCode: 409;
  error: string;
  message: string;
  current: InterviewNoteDto;
}

/** The body of a refused completion (400): the required questions without an answer, by key. */
export interface InterviewIncomplete {
  statusCode: 400;
  error: string;
  message: string;
  fields: Record<string, string[]>;
  codes: Record<string, string[]>;
  missing: string[];
}

export interface CompleteInterviewRequest {
  version: number;
}

export interface InterviewQuery {
  departmentId?: string;
  /** Comma-separated statuses. */
  statuses?: string;
  /** ISO dates: scheduled on or after / before. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export type InterviewPage = Page<InterviewSummaryDto>;

/** The protocol: a readable record of the interview, for the screen, print and the mail. */
export interface InterviewProtocolDto {
  interviewId: string;
  municipalityName: string;
  departmentName: string;
  status: InterviewStatus;
  scheduledAt: string;
  completedAt: string | null;
  location: string | null;
  interviewers: string[];
  participants: string[];
  sections: ProtocolSection[];
  datasets: { id: string; title: string; stage: string }[];
  objections: { id: string; category: string; statement: string; status: string }[];
  agreement: {
    datasetTitle: string | null;
    contactName: string | null;
    firstDueAt: string | null;
    method: string | null;
    format: string | null;
  } | null;
  tasks: { id: string; title: string; dueAt: string | null; assigneeName: string | null }[];
}

export interface ProtocolSection {
  key: string;
  title: string;
  notes: string | null;
  /** The shown questions with their answers in words ("Ja", "CSV, XLSX", the contact's name). */
  answers: { key: string; question: string; type: QuestionType; answer: string | null; rows?: string[][] }[];
}

/** `GET /interview-analysis`: answers per question across completed interviews. */
export interface InterviewAnalysisQuery {
  templateId?: string;
  /** A Dezernat (or any unit): interviews of it and its sub-units. */
  dezernatId?: string;
  from?: string;
  to?: string;
}

export interface InterviewAnalysisDto {
  interviewCount: number;
  questions: QuestionAnalysis[];
}

export interface QuestionAnalysis {
  key: string;
  text: { de: string; en: string };
  type: QuestionType;
  sectionKey: string;
  /** Interviews that answered it. */
  answered: number;
  /**
   * How often each value was given, most frequent first: choice, yes_no (`yes`/`no`) and scale questions;
   * for objection_list the categories; for dataset_list the source systems (Fachverfahren), so recurring
   * ones stand out.
   */
  counts?: { value: string; label: { de: string; en: string }; count: number }[];
  /** Open questions: the texts; dataset_list: the candidates' titles (with who asks for them). */
  texts?: { departmentName: string; interviewId: string; text: string }[];
}
