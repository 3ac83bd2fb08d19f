/**
 * The station-record fields for the contract and the renderer: defined once in the engine's domain
 * (main/engine/domain/record-fields.ts), plain data with no zod, so the renderer can import it without bundling
 * the schemas.
 */
export { RECORD_FIELDS, RECORD_FILE_FIELDS } from '../main/engine/domain/record-fields';
