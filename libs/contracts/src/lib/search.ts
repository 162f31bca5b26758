export const SEARCH_HIT_KINDS = ['department', 'contact', 'interaction'] as const;
export type SearchHitKind = (typeof SEARCH_HIT_KINDS)[number];

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  title: string;
  /** A second line: the department of a contact, the date and type of an interaction. */
  subtitle: string | null;
  /** Where the hit lives: its department (for interactions the first one). */
  departmentId: string | null;
  rank: number;
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
}
