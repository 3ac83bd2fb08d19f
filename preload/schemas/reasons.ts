/** Why a key matched a record, as a code with parameters (shared by search and link answers): the domain's. */
export { LinkReason } from '../../main/engine/domain/link';
