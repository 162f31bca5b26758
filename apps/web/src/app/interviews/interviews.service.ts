import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  CancelInterviewRequest,
  CreateInterviewRequest,
  InterviewAnalysisDto,
  InterviewAnalysisQuery,
  InterviewAnswerDto,
  InterviewDto,
  InterviewNoteDto,
  InterviewPage,
  InterviewProtocolDto,
  InterviewQuery,
  QuestionnaireTemplateDto,
  SaveInterviewAnswerRequest,
  SaveInterviewNoteRequest,
  SendInterviewInvitationRequest,
  UpdateInterviewRequest,
  interviewPath,
} from '@datenlotse/contracts';
import { Observable } from 'rxjs';
import { queryParams } from '../core/query-params';
import { HANDLED_STATUSES } from '../core/api-error';

/** Interviews: planning, the guided run (per-answer saves), completion, protocol and analysis. */
@Injectable({ providedIn: 'root' })
export class InterviewsService {
  private readonly http = inject(HttpClient);

  list(query: InterviewQuery): Observable<InterviewPage> {
    return this.http.get<InterviewPage>(API_ROUTES.interviews, { params: queryParams(query) });
  }

  /** `handleNotFound`: the caller says itself that the interview does not exist (or is not visible), so a 404 is not toasted. */
  get(id: string, options: { handleNotFound?: boolean } = {}): Observable<InterviewDto> {
    const context = options.handleNotFound ? new HttpContext().set(HANDLED_STATUSES, [404]) : undefined;
    return this.http.get<InterviewDto>(interviewPath(id), { context });
  }

  create(request: CreateInterviewRequest): Observable<InterviewDto> {
    return this.http.post<InterviewDto>(API_ROUTES.interviews, request);
  }

  update(id: string, request: UpdateInterviewRequest): Observable<InterviewDto> {
    return this.http.patch<InterviewDto>(interviewPath(id), request);
  }

  cancel(id: string, request: CancelInterviewRequest): Observable<InterviewDto> {
    return this.http.post<InterviewDto>(interviewPath(id, 'cancel'), request);
  }

  /** Opens the run: a planned interview becomes in_progress and its timer starts (idempotent). */
  start(id: string): Observable<InterviewDto> {
    return this.http.post<InterviewDto>(interviewPath(id, 'start'), {});
  }

  sendInvitation(id: string, request: SendInterviewInvitationRequest): Observable<InterviewDto> {
    return this.http.post<InterviewDto>(interviewPath(id, 'invitation'), request);
  }

  /** One answer; a 409 carries the current answer (InterviewAnswerConflict). */
  saveAnswer(id: string, key: string, request: SaveInterviewAnswerRequest): Observable<InterviewAnswerDto> {
    return this.http.put<InterviewAnswerDto>(interviewPath(id, 'answers', key), request);
  }

  /** One part's notes; a 409 carries the current notes (InterviewNoteConflict). */
  saveNote(id: string, sectionKey: string, request: SaveInterviewNoteRequest): Observable<InterviewNoteDto> {
    return this.http.put<InterviewNoteDto>(interviewPath(id, 'notes', sectionKey), request);
  }

  /** Completes (or completes again); a 400 lists the missing required answers (InterviewIncomplete). */
  complete(id: string, version: number): Observable<InterviewDto> {
    return this.http.post<InterviewDto>(interviewPath(id, 'complete'), { version });
  }

  protocol(id: string): Observable<InterviewProtocolDto> {
    return this.http.get<InterviewProtocolDto>(interviewPath(id, 'protocol'));
  }

  analysis(query: InterviewAnalysisQuery): Observable<InterviewAnalysisDto> {
    return this.http.get<InterviewAnalysisDto>(API_ROUTES.interviewAnalysis, { params: queryParams(query) });
  }

  /** The questionnaires with their versions, for choosing the one an interview is run with. */
  questionnaires(): Observable<QuestionnaireTemplateDto[]> {
    return this.http.get<QuestionnaireTemplateDto[]>(API_ROUTES.questionnaires);
  }
}
