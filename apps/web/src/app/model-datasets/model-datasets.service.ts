import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  CreateCandidateFromModelRequest,
  DatasetDto,
  ModelDatasetEvidence,
  ModelDatasetGapList,
  ModelDatasetQuery,
  ModelDatasetSuggestion,
} from '@datenlotse/contracts';
import { Observable, shareReplay } from 'rxjs';
import { queryParams } from '../objections/objections.service';

/** The Musterdatenkatalog: the gap list, the publishers of a model dataset, suggestions for a title. */
@Injectable({ providedIn: 'root' })
export class ModelDatasetsService {
  private readonly http = inject(HttpClient);
  /** The catalogue's publication data only changes with a new release: each model dataset is asked once. */
  private readonly evidenceCache = new Map<string, Observable<ModelDatasetEvidence>>();

  gapList(query: ModelDatasetQuery): Observable<ModelDatasetGapList> {
    return this.http.get<ModelDatasetGapList>(API_ROUTES.modelDatasets, { params: queryParams(query) });
  }

  evidence(id: string): Observable<ModelDatasetEvidence> {
    let cached = this.evidenceCache.get(id);
    if (!cached) {
      cached = this.http
        .get<ModelDatasetEvidence>(`${this.path(id)}/evidence`)
        .pipe(shareReplay({ bufferSize: 1, refCount: false }));
      this.evidenceCache.set(id, cached);
      // A failed request is not kept: the next look asks again.
      cached.subscribe({ error: () => this.evidenceCache.delete(id) });
    }
    return cached;
  }

  suggest(title: string): Observable<ModelDatasetSuggestion[]> {
    return this.http.get<ModelDatasetSuggestion[]>(API_ROUTES.modelDatasetSuggest, {
      params: queryParams({ title }),
    });
  }

  /** A new dataset in `identified` for the model dataset. */
  createCandidate(id: string, request: CreateCandidateFromModelRequest): Observable<DatasetDto> {
    return this.http.post<DatasetDto>(`${this.path(id)}/candidate`, request);
  }

  private path(id: string): string {
    return `${API_ROUTES.modelDatasets}/${encodeURIComponent(id)}`;
  }
}
