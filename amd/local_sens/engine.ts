/**
 * The SENS rules engine in the browser: the very TypeScript core the server's PHP is generated from
 * (rules-engine/src/core), bundled into this module by build/amd. Its texts are the server's (the presenter).
 *
 * @module local_sens/engine
 */

export {decide} from 'sens-rules/src/core/decide';
