// The message contract: schemas (zod, for the background that validates) and the protocol helpers.
export * from './protocol';
export * from './schemas';
