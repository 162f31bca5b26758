import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  CreateQuestionnaireTemplateRequest,
  QuestionnaireExport,
  QuestionnaireTemplateDto,
  QuestionnaireVersionDto,
  UpdateQuestionnaireTemplateRequest,
  UpdateQuestionnaireVersionRequest,
  questionnaireVersionPath,
} from '@datenlotse/contracts';
import { Observable } from 'rxjs';
import { HANDLED_STATUSES } from '../core/api-error';

/** Questionnaire templates and their versions: the editor, publishing, JSON export and import. */
@Injectable({ providedIn: 'root' })
export class QuestionnairesService {
  private readonly http = inject(HttpClient);

  list(): Observable<QuestionnaireTemplateDto[]> {
    return this.http.get<QuestionnaireTemplateDto[]>(API_ROUTES.questionnaires);
  }

  create(request: CreateQuestionnaireTemplateRequest): Observable<QuestionnaireTemplateDto> {
    return this.http.post<QuestionnaireTemplateDto>(API_ROUTES.questionnaires, request);
  }

  update(id: string, request: UpdateQuestionnaireTemplateRequest): Observable<QuestionnaireTemplateDto> {
    return this.http.patch<QuestionnaireTemplateDto>(
      `${API_ROUTES.questionnaires}/${encodeURIComponent(id)}`,
      request,
    );
  }

  /** The template's draft: the one there is, or a new one copying its newest version. */
  draft(templateId: string): Observable<QuestionnaireVersionDto> {
    return this.http.post<QuestionnaireVersionDto>(
      `${API_ROUTES.questionnaires}/${encodeURIComponent(templateId)}/drafts`,
      {},
    );
  }

  version(id: string): Observable<QuestionnaireVersionDto> {
    return this.http.get<QuestionnaireVersionDto>(questionnaireVersionPath(id));
  }

  /** Saves a draft. The editor words a 400 (at the problem) and a 409 (reload) itself. */
  saveVersion(id: string, request: UpdateQuestionnaireVersionRequest): Observable<QuestionnaireVersionDto> {
    return this.http.put<QuestionnaireVersionDto>(questionnaireVersionPath(id), request, {
      context: new HttpContext().set(HANDLED_STATUSES, [409]),
    });
  }

  /** Publishes a draft; from then on it cannot be changed. */
  publish(id: string, version: number): Observable<QuestionnaireVersionDto> {
    return this.http.post<QuestionnaireVersionDto>(
      questionnaireVersionPath(id, 'publish'),
      { version },
      { context: new HttpContext().set(HANDLED_STATUSES, [409]) },
    );
  }

  deleteVersion(id: string): Observable<void> {
    return this.http.delete<void>(questionnaireVersionPath(id));
  }

  /** The address that downloads the version as a JSON file (the session cookie goes along). */
  exportUrl(id: string): string {
    return questionnaireVersionPath(id, 'export');
  }

  /** Imports a template from an export file; a 400 names what is wrong with it (shown on the page). */
  import(file: QuestionnaireExport): Observable<QuestionnaireTemplateDto> {
    return this.http.post<QuestionnaireTemplateDto>(API_ROUTES.questionnaireImport, file, {
      context: new HttpContext().set(HANDLED_STATUSES, [400]),
    });
  }
}
