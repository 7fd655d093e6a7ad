/**
 * The admin API's request and answer shapes, shared by the server that answers and the admin that asks
 * (admin/src/api/client.ts). The public API's shapes are in ../public-api.ts.
 */
export type * from './complaints';
export type * from './letters';
export type * from './privacy';
export type * from './settings';
export type * from './attachments';
export type * from './mail';
export type { Message, Locale } from '../messages';
