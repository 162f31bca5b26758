export const SEARCH_HIT_KINDS = ['department', 'contact', 'interaction'] as const;
export type SearchHitKind = (typeof SEARCH_HIT_KINDS)[number];

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  title: string;
  /** A second line: the short name of a department; the department and title of a contact. */
  subtitle: string | null;
  /** The department's kind or the interaction's type (a code: the client words it in its language). */
  category: string | null;
  /** When an interaction took place (ISO date-time). */
  occurredAt: string | null;
  /** Where the hit lives: its department (for interactions the first one). */
  departmentId: string | null;
  rank: number;
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
}
