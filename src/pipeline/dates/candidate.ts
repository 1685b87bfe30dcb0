import type { DateHow } from '../../core/types.js';

/** A date found by one rule, before ids and surfaces are given. `from`/`to` are offsets in the cleaned text. */
export interface DateCandidate {
  from: number;
  to: number;
  value: string;
  /** Last day of a range ("May 12 and 13"). */
  end?: string;
  how: DateHow;
  rule: string;
  confidence: number;
}
