/**
 * The SENS rules engine in the browser: the very TypeScript core the server's PHP is generated from
 * (rules-engine/src/core), bundled into this module by build/amd, with the fr/en reason texts.
 *
 * @module local_sens/engine
 */

export {decide} from 'sens-rules/src/core/decide';
export {validateRecord} from 'sens-rules/src/core/validate';
export {displayParams} from 'sens-rules/src/core/format';
export {message} from 'sens-rules/src/messages';
