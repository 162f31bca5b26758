import { ApprovalRequest } from '../app/approvals/approval-request.entity';
import { AuditEvent } from '../app/audit/audit-event.entity';
import { LoginFailure } from '../app/auth/login-attempt.entity';
import { Session } from '../app/auth/session.entity';
import { Contact } from '../app/contacts/contact.entity';
import { Dataset } from '../app/datasets/dataset.entity';
import { DatasetTransition } from '../app/datasets/dataset-transition.entity';
import { CalendarFeed } from '../app/deliveries/calendar-feed.entity';
import { Delivery } from '../app/deliveries/delivery.entity';
import { DeliveryAgreement } from '../app/deliveries/delivery-agreement.entity';
import { Department } from '../app/departments/department.entity';
import { ImportBatch, ImportRecord } from '../app/imports/import.entity';
import {
  Interaction,
  InteractionContact,
  InteractionDepartment,
  InteractionUser,
} from '../app/interactions/interaction.entity';
import { InterviewAnswer, InterviewNote, InterviewOutcome } from '../app/interviews/interview-answer.entity';
import { Interview, InterviewInterviewer, InterviewInvitee } from '../app/interviews/interview.entity';
import { ModelDataset, ModelDatasetPublication } from '../app/model-datasets/model-dataset.entity';
import { Municipality } from '../app/municipalities/municipality.entity';
import { Argument } from '../app/objections/argument.entity';
import { Objection, ObjectionArgument, ObjectionComment } from '../app/objections/objection.entity';
import { QuestionnaireTemplate, QuestionnaireVersion } from '../app/questionnaires/questionnaire-template.entity';
import { Task } from '../app/tasks/task.entity';
import { User } from '../app/users/user.entity';
import { MailTemplate } from '../mail/mail-template.entity';
import { OutboxMail } from '../mail/outbox-mail.entity';

/** Every entity of the schema; the migration drift check compares exactly these with the migrations. */
export const ENTITIES = [
  Municipality,
  Department,
  User,
  Session,
  LoginFailure,
  AuditEvent,
  Contact,
  Interaction,
  InteractionDepartment,
  InteractionContact,
  InteractionUser,
  Task,
  ImportBatch,
  ImportRecord,
  ModelDataset,
  ModelDatasetPublication,
  Dataset,
  DatasetTransition,
  Argument,
  Objection,
  ObjectionArgument,
  ObjectionComment,
  DeliveryAgreement,
  Delivery,
  CalendarFeed,
  OutboxMail,
  MailTemplate,
  ApprovalRequest,
  QuestionnaireTemplate,
  QuestionnaireVersion,
  Interview,
  InterviewInterviewer,
  InterviewInvitee,
  InterviewAnswer,
  InterviewNote,
  InterviewOutcome,
];
