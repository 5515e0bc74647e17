// Claim annotations: the sidecar format, its parsing/serialization, model operations and anchoring.
export * from './schema';
export * from './sidecar';
export * from './model';
export * from './shift';
export * from './anchoring';
export * from './json-schema';
