// The background's database: one Dexie schema and the queries the handlers use.
export { LensDb, DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V6 } from './schema';
export * from './facets';
export * from './records';
export * from './sessions';
export * from './posts';
export * from './authors';
export * from './settings';
export * from './targets';
export * from './health';
export * from './open-guard';
export * from './sync';
export * from './post-filter';
export * from './query';
export * from './bulk';
export * from './labels';
