/** A ward officer's decision on one declaration, as the API takes it. */
export interface DeclarationDecisionRequest {
  id: string;
  /** confirm, reject or update-record */
  action: string;
  reason?: string | null;
}
